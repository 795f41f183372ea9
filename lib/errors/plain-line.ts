/**
 * What a caller or a webhook wrote, as one plain line: compatibility forms folded (NFKC: full-width letters,
 * ligatures), control and invisible format characters dropped (a reversed-text mark would garble the line it is
 * quoted in, even a callback number after it), those that are white space made a space, runs of white space one
 * space, the ends trimmed. Every step is linear.
 */
export function plainLine(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\p{Cc}\p{Cf}]/gu, (mark) => (/\s/.test(mark) ? ' ' : ''))
    .replace(/\s+/g, ' ')
    .trim();
}
