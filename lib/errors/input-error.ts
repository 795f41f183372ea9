/**
 * Errors the core raises for the owner to read. The Zapier shell turns them into Zapier errors;
 * the core itself never imports Zapier.
 */

/** Something the owner typed or mapped is wrong; the message says what to change. Retrying will not help. */
export class InputError extends Error {
  override name = 'InputError';
}
