import type { MissedCallSettings } from '../lib/missed-calls/poll';
import { readBoolean, readText } from './inputs';

/** The inputs every Twilio missed-call trigger shares, read the way Zapier sends them. */
export function readMissedCallSettings(inputData: Record<string, unknown>): MissedCallSettings {
  return {
    businessNumber: readText(inputData.business_number, 'Business Number'),
    countVoicemailAsMissed: readBoolean(inputData.count_voicemail_as_missed, true, 'Count Voicemails as Missed'),
    includeWithheldCallers: readBoolean(inputData.include_withheld_callers, false, 'Include Withheld Callers'),
  };
}
