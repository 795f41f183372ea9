/** Checks that what an owner reads when a step fails is one plain sentence, not a crash or a leaked value. */

/** Errors an owner may see: Zapier's own kinds, each carrying a sentence. */
export const OWNER_ERRORS = ['AppError', 'ThrottledError', 'HaltedError', 'ExpiredAuthError'];
/** Words that mean the owner is reading a crash or a leaked value, not a sentence. */
export const NOT_PLAIN = /TypeError|ReferenceError|Cannot read propert|is not a function|\[object Object\]|\n\s+at\s/;

/** What the owner reads: Zapier's JSON-wrapped errors carry it in `message`; halts before Zapier's added context. */
export function ownerMessage(error: unknown): string {
  const raw = String((error as Error)?.message ?? '');
  try {
    const parsed = JSON.parse(raw) as { message?: unknown };
    if (typeof parsed?.message === 'string') return parsed.message;
  } catch {
    // Not JSON: the sentence itself.
  }
  return raw.split('\nWhat happened')[0];
}

export function expectPlainError(error: unknown): void {
  expect(OWNER_ERRORS).toContain((error as Error)?.name);
  const message = ownerMessage(error);
  expect(message.trim().length).toBeGreaterThan(0);
  expect(message).not.toMatch(NOT_PLAIN);
  // "undefined" is a leak unless it quotes what the owner typed.
  expect(message.replace(/"[^"]*"/g, '""')).not.toMatch(/\bundefined\b/);
  // A sentence, not an echo of a 5,000-character input.
  expect(message.length).toBeLessThanOrEqual(600);
}
