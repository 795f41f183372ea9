import type { Bundle } from 'zapier-platform-core';
import { markAfterHours } from '../lib/missed-calls/after-hours';
import type { MissedCallSettings } from '../lib/missed-calls/poll';
import { zapTimeZone } from './bundle';
import { readBoolean, readText } from './inputs';
import { pollAnswer } from './polling';

/** The inputs every Twilio missed-call trigger shares, read the way Zapier sends them. */
export function readMissedCallSettings(inputData: Record<string, unknown>): MissedCallSettings {
  return {
    businessNumber: readText(inputData.business_number, 'Business Number'),
    countVoicemailAsMissed: readBoolean(inputData.count_voicemail_as_missed, true, 'Count Voicemails as Missed'),
    includeWithheldCallers: readBoolean(inputData.include_withheld_callers, false, 'Include Withheld Callers'),
  };
}

/** A missed-call trigger's answer: `after_hours` filled from the step's Business Hours and Time Zone fields. */
export function missedCallAnswer<Item extends Parameters<typeof markAfterHours>[0][number]>(
  bundle: Bundle,
  items: Item[],
): Item[] {
  const marked = markAfterHours(
    items,
    readText(bundle.inputData.business_hours, 'Business Hours'),
    readText(bundle.inputData.timezone, 'Time Zone'),
    zapTimeZone(bundle),
  );
  return pollAnswer(bundle, marked);
}
