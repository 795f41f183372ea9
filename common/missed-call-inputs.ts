import type { Bundle } from 'zapier-platform-core';
import { readBoolean, readText } from '../lib/inputs';
import type { MissedCallSettings } from '../lib/poll-missed-calls';

/** The inputs every Twilio missed-call trigger shares, read the way Zapier sends them. */
export function readMissedCallSettings(inputData: Record<string, unknown>): MissedCallSettings {
  return {
    businessNumber: readText(inputData.business_number, 'Business Number'),
    countVoicemailAsMissed: readBoolean(inputData.count_voicemail_as_missed, true, 'Count Voicemails as Missed'),
    includeWithheldCallers: readBoolean(inputData.include_withheld_callers, false, 'Include Withheld Callers'),
  };
}

/** The Zap's time zone; `createAppTester` and some callers leave `bundle.meta` out. */
export function zapTimeZone(bundle: Bundle): string | undefined {
  const meta = (bundle as { meta?: { timezone?: unknown } }).meta;
  return typeof meta?.timezone === 'string' ? meta.timezone : undefined;
}

export function isLoadingSample(bundle: Bundle): boolean {
  return Boolean((bundle as { meta?: { isLoadingSample?: unknown } }).meta?.isLoadingSample);
}
