/**
 * A value read from something a person typed or a server sent: either the value, or the one sentence that says
 * what is wrong with it. The caller raises the problem its own way (a Zapier error, a skip), never by telling a
 * value from a sentence by its text.
 */
export type Checked<T> = { ok: true; value: T } | { ok: false; problem: string };

export const accepted = <T>(value: T): Checked<T> => ({ ok: true, value });
export const refused = <T = never>(problem: string): Checked<T> => ({ ok: false, problem });
