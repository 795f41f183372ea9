import { InputError } from '../errors/input-error';

export const DEFAULT_OPT_OUT_TEXT = 'Reply STOP to opt out.';

/**
 * "Reply STOP", "Text STOP to unsubscribe", "send the word STOP": an instruction verb and the keyword in
 * the same sentence. The keyword must be in capitals here: a lower-case "stop" in free text ("we won't stop
 * until it's fixed") is too often not an instruction, and a missed footer is worse than a repeated one.
 */
const INSTRUCTION_BEFORE_KEYWORD = /\b(reply|text|send)\b[^.!?\n]*$/i;
const KEYWORD = /\bSTOP\b/g;

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

/** True when the text already tells the reader how to opt out. */
export function carriesOptOutWording(text: string, footer: string): boolean {
  if (text.toLowerCase().includes(footer.toLowerCase())) return true;
  for (const match of text.matchAll(KEYWORD)) {
    if (INSTRUCTION_BEFORE_KEYWORD.test(text.slice(0, match.index))) return true;
  }
  return false;
}

/** Appends the footer once, on its own line when the text is laid out in lines. */
export function appendFooter(text: string, footer: string): { text: string; footer_added: boolean } {
  if (carriesOptOutWording(text, footer)) return { text, footer_added: false };
  const separator = /[\r\n]/.test(text) ? '\n' : ' ';
  return { text: `${text}${separator}${footer}`, footer_added: true };
}
