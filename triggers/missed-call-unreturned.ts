import { defineInputFields, defineTrigger, type PollingTriggerPerform } from 'zapier-platform-core';
import { InputError } from '../lib/errors/input-error';
import { twilioClient } from '../lib/twilio/client';
import { DEFAULT_WAIT_MINUTES, MAX_WAIT_MINUTES, type UnreturnedCall } from '../lib/unreturned/poll';
import {
  businessHoursField,
  countVoicemailField,
  missedCallOutputFields,
  missedCallSample,
  timezoneField,
  watchedCallsField,
} from '../zapier/fields';
import { guard } from '../zapier/guard';
import { readWholeNumber } from '../zapier/inputs';
import { missedCallAnswer, readMissedCallSettings } from '../zapier/missed-call-inputs';

const inputFields = defineInputFields([
  watchedCallsField,
  {
    key: 'wait_minutes',
    label: 'Wait (Minutes)',
    type: 'integer',
    required: false,
    default: String(DEFAULT_WAIT_MINUTES),
    helpText:
      'How long after a missed call nobody may have spoken with the caller before this triggers, from 1 to 1440 (24 hours). Zapier checks every 1 to 15 minutes, depending on your plan.',
  },
  countVoicemailField,
  businessHoursField,
  timezoneField,
]);

function readWaitMinutes(value: unknown): number {
  const minutes = readWholeNumber(value, DEFAULT_WAIT_MINUTES, 'Wait (Minutes)', MAX_WAIT_MINUTES);
  if (minutes < 1) throw new InputError(`Wait (Minutes) should be at least 1 (you entered ${minutes}).`);
  return minutes;
}

const perform = guard(async (z, bundle) => {
  const { pollUnreturnedCalls } = await import('../lib/unreturned/poll');
  const settings = readMissedCallSettings(bundle.inputData);
  const waitMinutes = readWaitMinutes(bundle.inputData.wait_minutes);
  const items = await pollUnreturnedCalls(twilioClient(z, bundle.authData), { ...settings, waitMinutes });
  return missedCallAnswer(bundle, items);
}) satisfies PollingTriggerPerform<typeof inputFields, UnreturnedCall>;

const sample = {
  ...missedCallSample,
  id: `${missedCallSample.id}:unreturned`,
  minutes_waiting: 18,
  texted_back: true,
  replied: false,
  last_reply: null,
} satisfies UnreturnedCall;

export default defineTrigger({
  key: 'missed_call_unreturned',
  noun: 'Missed Call',
  display: {
    label: 'New Missed Call Not Returned',
    description:
      'Triggers when nobody has spoken with a missed caller a set number of minutes after the call, for a second alert or a task.',
  },
  operation: {
    type: 'polling',
    inputFields,
    perform,
    outputFields: [
      ...missedCallOutputFields,
      { key: 'minutes_waiting', label: 'Minutes Waiting', type: 'integer' },
      { key: 'texted_back', label: 'Texted Back', type: 'boolean' },
      { key: 'replied', label: 'Replied', type: 'boolean' },
      { key: 'last_reply', label: 'Last Reply' },
    ],
    sample,
  },
});
