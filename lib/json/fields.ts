/**
 * The one reading of a text field in JSON someone else wrote (Twilio's answers, webhook bodies, Zapier's stored
 * subscriptions): a string as given, a finite number as its digits (some APIs send IDs and counts as numbers);
 * anything else (null, booleans, objects, arrays) is no text, never "[object Object]".
 */
export function text(value: unknown): string | null {
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : null;
  return typeof value === 'string' && value !== '' ? value : null;
}

/** `text` without the spaces around it, null when nothing is left: for values people typed into another system. */
export function trimmedText(value: unknown): string | null {
  return text(value)?.trim() || null;
}
