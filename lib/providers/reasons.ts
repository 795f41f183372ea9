import type { MissedReason } from '../missed-call';

/**
 * Providers' words for how a call ended, mapped to `missed_reason` (the contract's table).
 * Keys are lower-case with spaces, dashes and dots turned into underscores.
 */
const REASON_WORDS: Record<string, MissedReason> = {
  no_answer: 'no_answer', noanswer: 'no_answer', timeout: 'no_answer', unanswered: 'no_answer', missed: 'no_answer',
  not_answered: 'no_answer', no_user_response: 'no_answer', ring_timeout: 'no_answer', after_hours: 'no_answer',
  out_of_opening_hours: 'no_answer', nobody_available: 'no_answer', no_available_agent: 'no_answer',
  busy: 'busy', user_busy: 'busy', agents_did_not_answer: 'no_answer',
  hung_up: 'hung_up', hangup: 'hung_up', caller_hung_up: 'hung_up', cancel: 'hung_up', canceled: 'hung_up',
  cancelled: 'hung_up', originator_cancel: 'hung_up', abandoned: 'hung_up', short_abandoned: 'hung_up',
  abandoned_in_ivr: 'hung_up', hung_up_in_ivr: 'hung_up', normal_clearing: 'hung_up',
  rejected: 'rejected', declined: 'rejected', call_rejected: 'rejected', blocked: 'rejected',
  voicemail: 'voicemail', voice_mail: 'voicemail', voicemail_left: 'voicemail',
  failed: 'failed', failure: 'failed', error: 'failed', unallocated_number: 'failed', network_out_of_order: 'failed',
};

export function reasonKey(word: unknown): string {
  return String(word ?? '').trim().toLowerCase().replace(/[\s.\-/]+/g, '_');
}

/** The `missed_reason` for a provider's word; after-hours or unexplained endings are `no_answer`. */
export function missedReasonFor(word: unknown, fallback: MissedReason = 'no_answer'): MissedReason {
  return REASON_WORDS[reasonKey(word)] ?? fallback;
}
