import { InputError } from '../lib/errors/input-error';

/**
 * Zapier sends inputs as the owner typed or mapped them: `"true"`, `"24"`, `""`. These read them
 * the way the contract says, and refuse nonsense with a sentence naming the field.
 */
/** How to name a value in a message without dumping it: objects and lists are described, long text is cut. */
export function describeValue(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (value !== null && typeof value === 'object') return 'a group of fields';
  const text = String(value);
  return `"${text.length > 40 ? `${text.slice(0, 37)}...` : text}"`;
}

/** Zapier maps line items and objects too; a field that takes one value refuses them in plain words. */
function refuseStructured(value: unknown, label: string): void {
  if (value !== null && typeof value === 'object') {
    throw new InputError(
      `${label} should be a single value, not ${describeValue(value)}. Map one field from the earlier step.`,
    );
  }
}

const TRUE_WORDS = new Set(['true', 'yes', '1', 'on', 'y']);
const FALSE_WORDS = new Set(['false', 'no', '0', 'off', 'n']);

export function readBoolean(value: unknown, fallback: boolean, label: string): boolean {
  if (typeof value === 'boolean') return value;
  if (value === null || value === undefined) return fallback;
  refuseStructured(value, label);
  const word = String(value).trim().toLowerCase();
  if (word === '') return fallback;
  if (TRUE_WORDS.has(word)) return true;
  if (FALSE_WORDS.has(word)) return false;
  throw new InputError(`${label} should be true or false (or yes / no), not ${describeValue(value)}.`);
}

export function readWholeNumber(value: unknown, fallback: number, label: string, max = 100000): number {
  if (value === null || value === undefined || (typeof value === 'string' && value.trim() === '')) return fallback;
  refuseStructured(value, label);
  const text = String(value).trim();
  // Digits only (with an optional sign), so "0x10" or "1e3" are not read as numbers nobody meant.
  const n = typeof value === 'number' ? value : /^[+-]?\d+(\.\d+)?$/.test(text) ? Number(text) : Number.NaN;
  if (!Number.isFinite(n) || !Number.isInteger(n)) {
    throw new InputError(`${label} should be a whole number, such as ${fallback}, not ${describeValue(value)}.`);
  }
  if (n < 0) throw new InputError(`${label} cannot be negative (you entered ${n}).`);
  if (n > max) throw new InputError(`${label} can be at most ${max} (you entered ${n}).`);
  return n;
}

/** Trimmed text, or undefined when blank; `label` names the field when a list or object was mapped into it. */
export function readText(value: unknown, label = 'This field'): string | undefined {
  if (value === null || value === undefined) return undefined;
  refuseStructured(value, label);
  const text = String(value).trim();
  return text === '' ? undefined : text;
}
