/**
 * Twilio's default keyword handling on long codes (help.twilio.com, "Twilio support for opt-out keywords"):
 * a keyword counts only as the whole message; Twilio then blocks or unblocks the pair and answers itself.
 */
export type KeywordAction = 'opt_out' | 'opt_in' | 'help';

const KEYWORDS: Record<string, KeywordAction> = {
  STOP: 'opt_out',
  STOPALL: 'opt_out',
  UNSUBSCRIBE: 'opt_out',
  CANCEL: 'opt_out',
  END: 'opt_out',
  QUIT: 'opt_out',
  REVOKE: 'opt_out',
  OPTOUT: 'opt_out',
  START: 'opt_in',
  UNSTOP: 'opt_in',
  YES: 'opt_in',
  HELP: 'help',
  INFO: 'help',
};

/** Twilio's standard auto-replies. */
export const AUTO_REPLIES: Record<KeywordAction, string> = {
  opt_out:
    'You have successfully been unsubscribed. You will not receive any more messages from this number. Reply START to resubscribe.',
  opt_in:
    'You have successfully been re-subscribed to messages from this number. Reply HELP for help. Reply STOP to unsubscribe. Msg&Data Rates May Apply.',
  help: 'Reply STOP to unsubscribe. Msg&Data Rates May Apply.',
};

/** The keyword a message is, ignoring case and surrounding spaces and punctuation; null for anything else. */
export function keywordOf(body: string): { keyword: string; action: KeywordAction } | null {
  const word = body.replace(/^[\s\p{P}\p{S}]+|[\s\p{P}\p{S}]+$/gu, '').toUpperCase();
  const action = KEYWORDS[word];
  return action ? { keyword: word, action } : null;
}
