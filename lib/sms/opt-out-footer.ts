import { InputError } from '../errors/input-error';

export const DEFAULT_OPT_OUT_TEXT = 'Reply STOP to opt out.';

/**
 * Opt-out wording (contract, "Opt-outs, fail closed for real"): the owner's opt-out text anywhere, in any case, or
 * an instruction, one of these verbs followed within two words by STOP: "Reply STOP", "Text the word STOP".
 * STOP must be in capitals here: a lower-case "stop" in free text ("we won't stop until it's fixed") is too often
 * not an instruction, and a missed footer is worse than a repeated one.
 */
const INSTRUCTION_VERBS = new Set(['reply', 'text', 'send', 'respond']);
const WORDS_BETWEEN = 2;
/** Words (letters, digits, apostrophes) and sentence ends; an instruction does not run across a sentence end. */
const TOKEN = /[\p{L}\p{N}']+|[.!?\n]/gu;

/** The owner's opt-out text, or the default. It must name STOP (in any case): that is the word Twilio obeys. */
export function optOutText(written: string | undefined): string {
  const text = written?.trim();
  if (!text) return DEFAULT_OPT_OUT_TEXT;
  if (!/\bstop\b/i.test(text)) {
    throw new InputError(
      `The Opt-Out Text "${text}" does not contain the word STOP. ` +
        `Change it in the Send Text-Back step, for example to "${DEFAULT_OPT_OUT_TEXT}", or leave it empty.`,
    );
  }
  return text;
}

/** True when the text already tells the reader how to opt out: the owner's footer, or an instruction verb then STOP. */
export function carriesOptOutWording(text: string, footer: string): boolean {
  const owners = footer.trim().toLowerCase();
  if (owners && text.toLowerCase().includes(owners)) return true;
  const tokens = [...text.matchAll(TOKEN)].map((match) => ({ word: match[0] }));
  return tokens.some(({ word }, verb) => {
    if (!INSTRUCTION_VERBS.has(word.toLowerCase())) return false;
    for (let next = verb; next <= verb + WORDS_BETWEEN + 1 && next < tokens.length; next++) {
      const token = tokens[next];
      if (/^[.!?\n]$/.test(token.word)) return false;
      if (next > verb && token.word === 'STOP') return true;
    }
    return false;
  });
}

/**
 * Appends the footer once, on its own line when the text is laid out in lines. `judged` is the text to look for
 * opt-out wording in: the text before caller-supplied values (the caller's name) were filled in, so a caller ID
 * name such as "Text STOP" cannot stand in for the footer.
 */
export function appendFooter(text: string, footer: string, judged = text): { text: string; footerAdded: boolean } {
  if (carriesOptOutWording(judged, footer)) return { text, footerAdded: false };
  const separator = /[\r\n]/.test(text) ? '\n' : ' ';
  return { text: `${text}${separator}${footer}`, footerAdded: true };
}
