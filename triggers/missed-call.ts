import { defineInputFields, defineTrigger, type PollingTriggerPerform } from 'zapier-platform-core';
import type { MissedCall } from '../lib/missed-calls/item';
import { pollMissedCalls } from '../lib/missed-calls/poll';
import { twilioClient } from '../lib/twilio/client';
import {
  businessHoursField,
  countVoicemailField,
  includeWithheldField,
  missedCallOutputFields,
  missedCallSample,
  timezoneField,
  watchedCallsField,
} from '../zapier/fields';
import { guard } from '../zapier/guard';
import { missedCallAnswer, readMissedCallSettings } from '../zapier/missed-call-inputs';

const inputFields = defineInputFields([
  watchedCallsField,
  countVoicemailField,
  includeWithheldField,
  businessHoursField,
  timezoneField,
]);

const perform = guard(async (z, bundle) => {
  const items = await pollMissedCalls(twilioClient(z, bundle.authData), readMissedCallSettings(bundle.inputData));
  return missedCallAnswer(bundle, items);
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
