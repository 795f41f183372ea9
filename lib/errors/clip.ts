/** A sentence quotes at most this many characters of what the owner typed, which can be anything. */
const QUOTED_CHARACTERS = 40;

/**
 * What someone else wrote, clipped to `limit` characters with "..." marking the cut. Counted in code points, so a
 * cut never leaves half of an emoji (a lone surrogate) in a sentence, a log line or a Zapier field.
 */
export function clip(text: string, limit = QUOTED_CHARACTERS): string {
  if (text.length <= limit) return text;
  const characters = Array.from(text);
  return characters.length > limit ? `${characters.slice(0, limit - 3).join('')}...` : text;
}
