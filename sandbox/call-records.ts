import type { CallSpec, LegSpec, RecordingSpec } from './scenario-types';
import type { CallRecord, RecordingRecord, TranscriptionRecord } from './types';

/** How long a phone rings before Twilio gives up on a `<Dial>` (its default `timeout`). */
const RING_SECONDS = 20;
const FINAL_STATUSES = new Set(['completed', 'busy', 'failed', 'no-answer', 'canceled']);

/** A leg's end and duration by its status: an answered leg lasts its talk time, an unanswered one rings. */
function timing(status: string, start: Date, talkSeconds = 30): { end: Date | null; durationSeconds: number | null } {
  if (!FINAL_STATUSES.has(status)) return { end: null, durationSeconds: null };
  const answered = status === 'completed';
  return {
    end: new Date(start.getTime() + (answered ? talkSeconds : RING_SECONDS) * 1000),
    durationSeconds: answered ? talkSeconds : 0,
  };
}

/** The caller's own leg, as Twilio logs it. */
export function callerLeg(spec: CallSpec, start: Date, sid: string, phoneNumberSid: string | null): CallRecord {
  const { end, durationSeconds } = timing(spec.status, start, spec.durationSeconds);
  return {
    sid,
    parentCallSid: null,
    direction: spec.direction ?? 'inbound',
    from: spec.from,
    to: spec.to,
    status: spec.status,
    startTime: spec.status === 'queued' ? null : start,
    endTime: end,
    durationSeconds,
    answeredBy: spec.answeredBy ?? null,
    callerName: spec.callerName ?? null,
    forwardedFrom: spec.forwardedFrom ?? null,
    phoneNumberSid,
    dateCreated: start,
    dateUpdated: end ?? start,
  };
}

/** A forwarded (`outbound-dial`) leg: it starts after the greeting, and all legs ring together. */
export function forwardedLeg(leg: LegSpec, index: number, parent: CallRecord, start: Date, sid: string): CallRecord {
  const legStart = new Date(start.getTime() + 6000 + index * 100);
  const { end, durationSeconds } = timing(leg.status, legStart, leg.durationSeconds);
  return {
    sid,
    parentCallSid: parent.sid,
    direction: 'outbound-dial',
    from: leg.callerId ?? parent.from,
    to: leg.to,
    status: leg.status,
    startTime: legStart,
    endTime: end,
    durationSeconds,
    answeredBy: leg.answeredBy ?? null,
    callerName: null,
    forwardedFrom: null,
    phoneNumberSid: null,
    dateCreated: legStart,
    dateUpdated: end ?? legStart,
  };
}

/** A recording that ends when the caller's leg does. */
export function recordingOf(spec: RecordingSpec, call: CallRecord, sid: string): RecordingRecord {
  const recordingStart = new Date((call.endTime ?? call.dateCreated).getTime() - spec.durationSeconds * 1000);
  return {
    sid,
    callSid: call.sid,
    source: spec.source,
    status: spec.status,
    durationSeconds: spec.durationSeconds,
    dateCreated: recordingStart,
    startTime: recordingStart,
  };
}

/** How long the sandbox's transcriptions take once the voicemail ends. */
export const TRANSCRIPTION_SECONDS = 45;

/** A transcription Twilio starts when the recording ends; it is done (or failed) a little later. */
export function transcriptionOf(
  spec: NonNullable<RecordingSpec['transcription']>,
  recording: RecordingRecord,
  call: CallRecord,
  sid: string,
): TranscriptionRecord {
  const created = call.endTime ?? recording.dateCreated;
  const done = spec.status === 'in-progress' ? created : new Date(created.getTime() + TRANSCRIPTION_SECONDS * 1000);
  return {
    sid,
    recordingSid: recording.sid,
    status: spec.status,
    text: spec.status === 'completed' ? (spec.text ?? null) : null,
    durationSeconds: recording.durationSeconds,
    dateCreated: created,
    dateUpdated: done,
  };
}
