import { defineInputFields, defineTrigger, type PollingTriggerPerform } from 'zapier-platform-core';
import { markAfterHours } from '../lib/missed-calls/after-hours';
import type { MissedCall } from '../lib/missed-calls/item';
import { pollMissedCalls } from '../lib/missed-calls/poll';
import { twilioClient } from '../lib/twilio/client';
import { isLoadingSample, zapTimeZone } from '../zapier/bundle';
import {
  businessHoursField,
  businessNumberField,
  countVoicemailField,
  includeWithheldField,
  missedCallOutputFields,
  missedCallSample,
  timezoneField,
} from '../zapier/fields';
import { guard } from '../zapier/guard';
import { readText } from '../zapier/inputs';
import { readMissedCallSettings } from '../zapier/missed-call-inputs';

const inputFields = defineInputFields([
  businessNumberField(false, 'Which of your Twilio numbers to watch. Leave blank to watch all of them.'),
  countVoicemailField,
  includeWithheldField,
  businessHoursField,
  timezoneField,
]);

const perform = guard(async (z, bundle) => {
  const items = await pollMissedCalls(twilioClient(z, bundle.authData), readMissedCallSettings(bundle.inputData));
  const marked = markAfterHours(
    items,
    readText(bundle.inputData.business_hours, 'Business Hours'),
    readText(bundle.inputData.timezone, 'Time Zone'),
    zapTimeZone(bundle),
  );
  return isLoadingSample(bundle) ? marked.slice(0, 3) : marked;
}) satisfies PollingTriggerPerform<typeof inputFields, MissedCall>;

const sample = missedCallSample satisfies MissedCall;

export default defineTrigger({
  key: 'missed_call',
  noun: 'Missed Call',
  display: {
    label: 'New Missed Call',
    description: 'Triggers when a call to your Twilio number goes unanswered (no answer, busy, hung up or voicemail).',
  },
  operation: {
    type: 'polling',
    inputFields,
    perform,
    outputFields: [...missedCallOutputFields],
    sample,
  },
});
