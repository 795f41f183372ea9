import type { MissedReason } from '../missed-calls/item';

/**
 * Providers' words for how a call ended, mapped to `missed_reason` (the contract's table).
 * Keys are lower-case with spaces, dashes and dots turned into underscores. Read through a Map built from this
 * list, so payload words that are JavaScript property names (`constructor`, `__proto__`) match nothing.
 */
const REASON_LIST: Record<string, MissedReason> = {
  no_answer: 'no_answer',
  noanswer: 'no_answer',
  timeout: 'no_answer',
  unanswered: 'no_answer',
  missed: 'no_answer',
  not_answered: 'no_answer',
  no_user_response: 'no_answer',
  ring_timeout: 'no_answer',
  after_hours: 'no_answer',
  out_of_opening_hours: 'no_answer',
  nobody_available: 'no_answer',
  no_available_agent: 'no_answer',
  busy: 'busy',
  user_busy: 'busy',
  agents_did_not_answer: 'no_answer',
  busy_line: 'busy',
  ring_timeout_reached: 'no_answer', // Plivo's hangup cause names
  hung_up: 'hung_up',
  hangup: 'hung_up',
  caller_hung_up: 'hung_up',
  cancel: 'hung_up',
  canceled: 'hung_up',
  cancelled: 'hung_up',
  originator_cancel: 'hung_up',
  abandoned: 'hung_up',
  short_abandoned: 'hung_up',
  abandoned_in_ivr: 'hung_up',
  hung_up_in_ivr: 'hung_up',
  normal_clearing: 'hung_up',
  // Aircall's classic-IVR abandon, RingCentral call-log "Hang Up", Zoom's handup_result "Call Canceled".
  abandoned_in_classic: 'hung_up',
  hang_up: 'hung_up',
  call_cancel: 'hung_up',
  call_canceled: 'hung_up',
  call_cancelled: 'hung_up',
  rejected: 'rejected',
  declined: 'rejected',
  call_rejected: 'rejected',
  blocked: 'rejected',
  voicemail: 'voicemail',
  voice_mail: 'voicemail',
  voicemail_left: 'voicemail',
  failed: 'failed',
  failure: 'failed',
  error: 'failed',
  unallocated_number: 'failed',
  network_out_of_order: 'failed',
  // RingCentral: call-log results ("Call Failed", "Internal Error") and session reasons ("TargetBusy", "InternalError").
  call_failed: 'failed',
  call_failure: 'failed',
  internal_error: 'failed',
  internalerror: 'failed',
  targetbusy: 'busy',
  target_busy: 'busy',
};
const REASON_WORDS = new Map<string, MissedReason>(Object.entries(REASON_LIST));

export function reasonKey(word: unknown): string {
  return String(word ?? '')
    .trim()
    .toLowerCase()
    .replace(/[\s.\-/]+/g, '_');
}

/** The `missed_reason` for a word in the table, or null for words it does not know (e.g. `ringing`, `answered`). */
export function knownMissedReason(word: unknown): MissedReason | null {
  return REASON_WORDS.get(reasonKey(word)) ?? null;
}

/** The `missed_reason` for a provider's word; after-hours or unexplained endings are `no_answer`. */
export function missedReasonFor(word: unknown, fallback: MissedReason = 'no_answer'): MissedReason {
  return REASON_WORDS.get(reasonKey(word)) ?? fallback;
}
