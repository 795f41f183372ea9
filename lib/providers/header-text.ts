import { isRecord } from './payload-fields';

/** Catch Raw Hook's headers can reach a search field as a JSON object, JSON text, or one `Name: value` per line. */
const MAX_HEADER_LINES = 200;

function fromObject(value: Record<string, unknown>): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, field] of Object.entries(value)) {
    if (typeof field === 'string' || typeof field === 'number' || typeof field === 'boolean')
      headers[name] = String(field);
    else if (Array.isArray(field)) headers[name] = field.map(String).join(',');
  }
  return headers;
}

/**
 * Headers as the owner mapped them, with their names as given: `cleanHeaders` (lib/providers/delivery.ts) then
 * lower-cases them and drops Zapier's `Http-` prefix, as for the static hook. Lines without a colon are skipped;
 * reading is a split and an `indexOf` per line, so hostile text cannot make it slow.
 */
export function headersFromText(value: unknown): Record<string, string> {
  if (isRecord(value)) return fromObject(value);
  if (typeof value !== 'string') return {};
  const text = value.trim();
  if (text.startsWith('{')) {
    try {
      const parsed: unknown = JSON.parse(text);
      return isRecord(parsed) ? fromObject(parsed) : {};
    } catch {
      // Not JSON after all: read it as lines.
    }
  }
  const headers: Record<string, string> = {};
  for (const line of text.split(/\r?\n/, MAX_HEADER_LINES)) {
    const colon = line.indexOf(':');
    const name = colon > 0 ? line.slice(0, colon).trim() : '';
    if (name) headers[name] = line.slice(colon + 1).trim();
  }
  return headers;
}
