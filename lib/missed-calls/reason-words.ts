import type { MissedReason } from './item';

/** What happened on a missed call, by `missed_reason`: the team alert says it, and so does the main job's report. */
const WHAT_HAPPENED: Readonly<Record<MissedReason, string>> = {
  no_answer: 'nobody answered',
  busy: 'the line was busy',
  hung_up: 'hung up before anyone answered',
  voicemail: 'left a voicemail',
  rejected: 'the call was declined',
  failed: 'the call did not connect',
  unknown: 'the call was missed',
};

/** The words for a reason; anything else (a mapped field can hold anything) reads as an unknown reason. */
export function whatHappened(reason: unknown): string {
  return typeof reason === 'string' && Object.hasOwn(WHAT_HAPPENED, reason)
    ? WHAT_HAPPENED[reason as MissedReason]
    : WHAT_HAPPENED.unknown;
}
