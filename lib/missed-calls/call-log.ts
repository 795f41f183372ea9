import { countryOf, parsePhone } from '../phone/parse';
import { type Call, isCallerLeg, type Recording } from '../twilio/resources';
import { classifyCall, voicemailRecording } from './classify';
import { type MissedCall, missedCall } from './item';
import { NO_TRANSCRIPT, type Transcript } from './transcript';

export interface MissedCallOptions {
  /** E.164 numbers whose calls count; the caller's leg must be to one of them. */
  businessNumbers: string[];
  countVoicemailAsMissed: boolean;
  includeWithheldCallers: boolean;
}

/** Indexes a window of Twilio calls: callers' legs, and forwarded legs by their parent. */
export function groupCalls(calls: Call[]): { callerLegs: Call[]; legsByParent: Map<string, Call[]> } {
  const legsByParent = new Map<string, Call[]>();
  const callerLegs: Call[] = [];
  for (const call of calls) {
    if (call.parent_call_sid) {
      const legs = legsByParent.get(call.parent_call_sid) ?? [];
      legs.push(call);
      legsByParent.set(call.parent_call_sid, legs);
    } else if (isCallerLeg(call)) {
      callerLegs.push(call);
    }
  }
  return { callerLegs, legsByParent };
}

/** The missed-call item for one caller's leg, or null when it was answered, is still going, or is filtered out. */
export function missedCallFromTwilio(
  call: Call,
  legs: Call[],
  recordings: Recording[],
  options: MissedCallOptions,
  transcripts: ReadonlyMap<string, Transcript> = new Map(),
): MissedCall | null {
  const business = parsePhone(call.to);
  if (!business || !options.businessNumbers.includes(business.e164)) return null;
  const verdict = classifyCall(call, legs, recordings);
  if (verdict.verdict !== 'missed') return null;
  if (verdict.voicemail && !options.countVoicemailAsMissed) return null;
  const recording = verdict.voicemailUrl ? voicemailRecording(call, legs, recordings) : undefined;
  const transcript = (recording && transcripts.get(recording.sid)) || NO_TRANSCRIPT;
  const item = missedCall({
    id: call.sid,
    callId: call.sid,
    provider: 'twilio',
    caller: call.from,
    callerName: call.caller_name,
    businessNumber: business.e164,
    missedReason: verdict.missedReason,
    voicemail: verdict.voicemail,
    voicemailUrl: verdict.voicemailUrl,
    transcript: transcript.text,
    transcriptStatus: transcript.status,
    calledAt: call.start_time,
    durationSeconds: call.duration_seconds,
    defaultCountry: countryOf(business.e164) ?? 'US',
  });
  return item.caller_id_withheld && !options.includeWithheldCallers ? null : item;
}

/** Every missed call in one window of calls and recordings, newest first; transcripts by recording SID. */
export function missedCallsInWindow(
  calls: Call[],
  recordings: Recording[],
  options: MissedCallOptions,
  transcripts: ReadonlyMap<string, Transcript> = new Map(),
): MissedCall[] {
  const { callerLegs, legsByParent } = groupCalls(calls);
  const recordingsByCall = new Map<string, Recording[]>();
  for (const recording of recordings) {
    recordingsByCall.set(recording.call_sid, [...(recordingsByCall.get(recording.call_sid) ?? []), recording]);
  }
  return callerLegs
    .map((call) => {
      const legs = legsByParent.get(call.sid) ?? [];
      const ownRecordings = [call, ...legs].flatMap((leg) => recordingsByCall.get(leg.sid) ?? []);
      return missedCallFromTwilio(call, legs, ownRecordings, options, transcripts);
    })
    .filter((item): item is MissedCall => item !== null)
    .sort((a, b) => b.called_at.localeCompare(a.called_at));
}
