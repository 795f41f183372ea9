/** Small helpers to print the main job's report as plain, aligned text. */

export function heading(title: string): string {
  return `\n${title}\n${'='.repeat(title.length)}`;
}

export function table(rows: string[][]): string {
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length)));
  return rows
    .map((row) =>
      row
        .map((cell, column) => cell.padEnd(widths[column]))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

/** A horizontal bar chart: one row per label, bars scaled to the largest value. */
export function barChart(rows: Array<[string, number]>, width = 40): string {
  const max = Math.max(1, ...rows.map(([, value]) => value));
  const labelWidth = Math.max(...rows.map(([label]) => label.length));
  return rows
    .map(
      ([label, value]) =>
        `${label.padEnd(labelWidth)}  ${'#'.repeat(Math.round((value / max) * width)).padEnd(width)}  ${value}`,
    )
    .join('\n');
}

export function clock(iso: unknown, timeZone: string): string {
  if (typeof iso !== 'string') return '';
  return new Intl.DateTimeFormat('en-US', { hour: 'numeric', minute: '2-digit', timeZone }).format(new Date(iso));
}

/** The first line of an error, without Zapier's "What happened" context. */
export function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  try {
    const parsed = JSON.parse(message) as { message?: string };
    if (parsed.message) return parsed.message;
  } catch {
    // Not Zapier's JSON-wrapped error: the text itself.
  }
  return message.split('\n')[0];
}
