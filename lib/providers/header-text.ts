import { isRecord } from './payload-fields';

/**
 * Catch Raw Hook's headers can reach a search field as a JSON object, JSON text, one `Name: value` per line, or a
 * list of such lines (a mapped line item).
 */
const MAX_HEADER_LINES = 200;

type HeaderValues = Record<string, string | string[]>;

function fromObject(value: Record<string, unknown>): HeaderValues {
  const headers: HeaderValues = {};
  for (const [name, field] of Object.entries(value)) {
    if (typeof field === 'string' || typeof field === 'number' || typeof field === 'boolean')
      headers[name] = String(field);
    else if (Array.isArray(field)) headers[name] = field.map(String);
  }
  return headers;
}

/** A name on several lines keeps every value: `cleanHeaders` then decides what two values mean. */
function fromLines(lines: unknown[]): HeaderValues {
  const headers = new Map<string, string[]>();
  for (const line of lines.slice(0, MAX_HEADER_LINES)) {
    if (typeof line !== 'string') continue;
    const colon = line.indexOf(':');
    const name = colon > 0 ? line.slice(0, colon).trim() : '';
    if (name) headers.set(name, [...(headers.get(name) ?? []), line.slice(colon + 1).trim()]);
  }
  return Object.fromEntries(headers);
}

/**
 * Headers as the owner mapped them, with their names as given: `cleanHeaders` (lib/providers/delivery.ts) then
 * lower-cases them and drops Zapier's `Http-` prefix, as for the static hook. Lines without a colon are skipped;
 * reading is a split and an `indexOf` per line, so hostile text cannot make it slow.
 */
export function headersFromText(value: unknown): HeaderValues {
  if (isRecord(value)) return fromObject(value);
  if (Array.isArray(value)) return fromLines(value);
  if (typeof value !== 'string') return {};
  const text = value.trim();
  if (text.startsWith('{') || text.startsWith('[')) {
    try {
      const parsed: unknown = JSON.parse(text);
      if (isRecord(parsed)) return fromObject(parsed);
      if (Array.isArray(parsed)) return fromLines(parsed);
    } catch {
      // Not JSON after all: read it as lines.
    }
  }
  return fromLines(text.split(/\r?\n/, MAX_HEADER_LINES));
}
