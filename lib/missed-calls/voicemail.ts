import { InputError } from '../errors/input-error';
import type { TwilioClient } from '../twilio/client';
import { orNullWhenNotFound } from '../twilio/error-table';
import { isCallSid } from '../twilio/sids';
import { classifyCall, voicemailRecording } from './classify';
import { NO_TRANSCRIPT, type Transcript, twilioTranscript } from './transcript';

/** A missed call's voicemail, as Find Voicemail reads it once a Zap has waited for the transcript. */
export interface Voicemail {
  callId: string;
  /** Null when the message sits on a forwarded phone's own voicemail, not in Twilio. */
  voicemailUrl: string | null;
  durationSeconds: number | null;
  transcript: Transcript;
  recordedAt: string | null;
}

/**
 * The Call SID in a missed-call item's `id` or `call_id`: the native triggers' ids are the SID, and derived items
 * add a `:` suffix (`CA...:unreturned`). Another phone system's id (`aircall:123`) names no Twilio call.
 */
export function callSidOf(input: string): string {
  if (!input.trim())
    throw new InputError('Call ID is empty. Map the ID or Call ID of a missed call from an earlier step.');
  const candidate = input.trim().split(':')[0];
  if (isCallSid(candidate)) return candidate;
  throw new InputError(
    `Call ID "${input.trim().slice(0, 60)}" is not a Twilio Call SID (CA followed by 32 letters and digits). Map the ` +
      "Call ID of a Twilio missed call; another phone system's voicemail comes with its missed-call item.",
  );
}

/**
 * The call's voicemail, or null when it has none: its record, forwarded legs and recordings in one round trip,
 * then that recording's own transcriptions (an old call's may be long gone from the account's newest page).
 */
export async function findVoicemail(twilio: TwilioClient, callIdInput: string): Promise<Voicemail | null> {
  const callSid = callSidOf(callIdInput);
  const [call, legs, recordings] = await Promise.all([
    orNullWhenNotFound(twilio.fetchCall(callSid)),
    twilio.listCalls({ ParentCallSid: callSid }),
    twilio.listRecordings({ CallSid: callSid }),
  ]);
  if (!call) {
    throw new InputError(
      `There is no call ${callSid} in this Twilio account. Check that the Zap maps the Call ID from the same account.`,
    );
  }
  const verdict = classifyCall(call, legs, recordings);
  if (verdict.verdict !== 'missed' || !verdict.voicemail) return null;
  const recording = voicemailRecording(call, legs, recordings);
  if (!recording) {
    return { callId: callSid, voicemailUrl: null, durationSeconds: null, transcript: NO_TRANSCRIPT, recordedAt: null };
  }
  const transcriptions = await twilio.listRecordingTranscriptions(recording.sid);
  return {
    callId: callSid,
    voicemailUrl: recording.media_url,
    durationSeconds: recording.duration_seconds,
    transcript: twilioTranscript(transcriptions),
    recordedAt: recording.date_created,
  };
}
