import { trimmedText } from '../json/fields';

/** Reading untrusted webhook JSON without throwing: every helper returns a value or undefined/null. */

export type JsonRecord = Record<string, unknown>;

export function isRecord(value: unknown): value is JsonRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The object at `value`, or an empty one, so chains like `record(record(body).data).id` never throw. */
export function record(value: unknown): JsonRecord {
  return isRecord(value) ? value : {};
}

/** A non-empty trimmed string from a string or number field; null otherwise (the one reading, `lib/json/fields.ts`). */
export const text = trimmedText;

/** The first field of `values` that holds text. */
export function firstText(...values: unknown[]): string | null {
  for (const value of values) {
    const found = text(value);
    if (found) return found;
  }
  return null;
}

/** Lower-cased text, for comparing providers' enum words. */
export function word(value: unknown): string {
  return (text(value) ?? '').toLowerCase();
}

/** True for values a provider uses to say "not yet" (null, missing, empty, zero epoch). */
export function isUnset(value: unknown): boolean {
  return value === null || value === undefined || value === '' || value === 0 || value === '0';
}

/** Seconds between two epoch-millisecond or ISO instants, or null when either is missing. */
export function secondsBetween(start: unknown, end: unknown): number | null {
  const from = instantMs(start);
  const to = instantMs(end);
  return from !== null && to !== null && to >= from ? Math.round((to - from) / 1000) : null;
}

function instantMs(value: unknown): number | null {
  if (typeof value === 'number' && Number.isFinite(value) && value > 0) return value >= 1e12 ? value : value * 1000;
  if (typeof value === 'string' && value.trim()) {
    if (/^\d+(\.\d+)?$/.test(value.trim())) return instantMs(Number(value));
    const parsed = Date.parse(value);
    return Number.isNaN(parsed) ? null : parsed;
  }
  return null;
}
