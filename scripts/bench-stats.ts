/** Small number helpers for the benchmark's table. */

export function median(values: number[]): number {
  if (values.length === 0) throw new Error('median of no values');
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

export const ms = (value: number): string =>
  `${value < 10 ? value.toFixed(1) : Math.round(value).toLocaleString('en-US')} ms`;

export const bytes = (value: number): string =>
  `${value.toLocaleString('en-US')} bytes (${(value / 1_000_000).toFixed(2)} MB)`;

export const count = (value: number): string => value.toLocaleString('en-US');

export const plural = (value: number, noun: string): string => `${count(value)} ${noun}${value === 1 ? '' : 's'}`;
