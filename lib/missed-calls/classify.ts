import { type Call, isCallerLeg, type Recording } from '../twilio/resources';
import type { MissedReason } from './item';

/** What a person would say happened to a call to the business (contract: Twilio classification). */
export type CallVerdict =
  | { verdict: 'not_a_caller_leg' }
  | { verdict: 'pending' }
  | { verdict: 'answered' }
  | { verdict: 'missed'; missedReason: MissedReason; voicemail: boolean; voicemailUrl: string | null };

const NOT_FINAL = new Set(['queued', 'ringing', 'in-progress', 'initiated']);

/**
 * Twilio's final statuses of a leg nobody answered, for the caller's own leg (it never reached the TwiML) and for
 * forwarded legs alike; `canceled` means the caller hung up while it rang. A Map, so status words that are
 * JavaScript property names (`constructor`, `__proto__`) match nothing.
 */
const UNANSWERED_STATUS_REASONS = new Map<string, MissedReason>([
  ['no-answer', 'no_answer'],
  ['busy', 'busy'],
  ['failed', 'failed'],
  ['canceled', 'hung_up'],
]);

/** The `missed_reason` of a Twilio call status that means nobody answered; null for any other status. */
export function unansweredReason(status: string): MissedReason | null {
  return UNANSWERED_STATUS_REASONS.get(status) ?? null;
}
/** When several phones rang (simultaneous ringing), the most telling reason wins. */
const REASON_PREFERENCE: MissedReason[] = ['no_answer', 'busy', 'failed', 'hung_up'];

/** "Answered by a person": Twilio's answering-machine detection says human, unknown, or did not run. */
export const answeredByPerson = (leg: Call) => leg.answered_by === null || /^(human|unknown)$/i.test(leg.answered_by);
const answeredByMachine = (leg: Call) => leg.answered_by !== null && /^(machine|fax)/i.test(leg.answered_by);
const isVoicemail = (recording: Recording) =>
  recording.source === 'RecordVerb' && (recording.status === 'completed' || recording.status === 'processing');

/** The caller's voicemail among a call's recordings (its own leg's or a forwarded leg's), if any. */
export function voicemailRecording(call: Call, forwardedLegs: Call[], recordings: Recording[]): Recording | undefined {
  const sids = new Set([
    call.sid,
    ...forwardedLegs.filter((leg) => leg.parent_call_sid === call.sid).map((leg) => leg.sid),
  ]);
  return recordings.find((recording) => isVoicemail(recording) && sids.has(recording.call_sid));
}

/**
 * Classifies the caller's leg from its forwarded (`outbound-dial`) legs and recordings. Twilio often reports a
 * forwarded call nobody picked up as `completed` on the caller's leg: the forwarded legs tell the truth.
 * Rules apply in the contract's order; the first that matches decides.
 */
export function classifyCall(call: Call, forwardedLegs: Call[], recordings: Recording[]): CallVerdict {
  if (!isCallerLeg(call)) return { verdict: 'not_a_caller_leg' };
  if (NOT_FINAL.has(call.status)) return { verdict: 'pending' };
  const callerLegReason = unansweredReason(call.status);
  if (callerLegReason) return missed(callerLegReason);
  if (call.status !== 'completed') return missed('unknown');

  const legs = forwardedLegs.filter((leg) => leg.parent_call_sid === call.sid && leg.direction === 'outbound-dial');
  if (legs.some((leg) => leg.status === 'completed' && answeredByPerson(leg))) return { verdict: 'answered' };

  const voicemail = voicemailRecording(call, legs, recordings);
  if (voicemail) return missed('voicemail', voicemail.media_url);
  // The forwarded phone's own voicemail picked up: the message sits there, not in Twilio.
  if (legs.some((leg) => leg.status === 'completed' && answeredByMachine(leg))) return missed('voicemail', null);

  const legReasons = legs.map((leg) => unansweredReason(leg.status)).filter(Boolean);
  const reason = REASON_PREFERENCE.find((candidate) => legReasons.includes(candidate));
  return missed(reason ?? 'no_answer');
}

function missed(missedReason: MissedReason, voicemailUrl: string | null = null): CallVerdict {
  const voicemail = missedReason === 'voicemail';
  return { verdict: 'missed', missedReason, voicemail, voicemailUrl: voicemail ? voicemailUrl : null };
}
