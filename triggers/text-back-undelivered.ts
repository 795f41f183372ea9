import { defineInputFields, defineTrigger, type PollingTriggerPerform } from 'zapier-platform-core';
import type { UndeliveredTextBack } from '../lib/delivery/undelivered';
import { businessNumberField } from '../zapier/fields';
import { guard } from '../zapier/guard';
import { pollByBusinessNumber } from '../zapier/polling';

const inputFields = defineInputFields([
  businessNumberField(
    false,
    'Which of your Twilio numbers to watch for texts that did not arrive. Leave blank to watch all of them.',
  ),
]);

const perform = guard(async (z, bundle) => {
  const { pollUndeliveredTextBacks } = await import('../lib/delivery/poll');
  return pollByBusinessNumber(z, bundle, pollUndeliveredTextBacks);
}) satisfies PollingTriggerPerform<typeof inputFields, UndeliveredTextBack>;

const sample = {
  id: 'SM3c5e7a9c1e3b5d7f9a1c3e5b7d9f1a3c',
  message_sid: 'SM3c5e7a9c1e3b5d7f9a1c3e5b7d9f1a3c',
  to: '+15125550160',
  to_national: '(512) 555-0160',
  from: '+15125550105',
  body: 'Hi, this is Rapid Rooter Plumbing. Sorry we missed your call! We will call you back within 5 minutes. Reply STOP to opt out.',
  status: 'undelivered',
  error_code: 30034,
  error_message: 'Message from an Unregistered Number',
  failure_kind: 'not_registered',
  advice:
    "US carriers block texts from this number because it is not registered for A2P 10DLC. Call (512) 555-0160 now, and register the number in the Twilio Console (Messaging > Regulatory Compliance), then add it to your campaign's Messaging Service.",
  fix_needed: true,
  call_instead: true,
  sent_at: '2026-11-29T14:03:41Z',
  failed_at: '2026-11-29T14:03:46Z',
  last_call_at: '2026-11-29T14:03:00Z',
  last_call_id: 'CA2f0c3a1e5b7d9f1a3c5e7b9d1f3a5c7e',
} satisfies UndeliveredTextBack;

export default defineTrigger({
  key: 'text_back_undelivered',
  noun: 'Undelivered Text-Back',
  display: {
    label: 'New Undelivered Text-Back',
    description:
      "Triggers when a text-back from your Twilio number fails or is not delivered, so you can call that customer instead or fix the number's registration.",
  },
  operation: {
    type: 'polling',
    inputFields,
    perform,
    outputFields: [
      { key: 'id', label: 'Message SID' },
      { key: 'message_sid', label: 'Message SID' },
      { key: 'to', label: 'Customer Number' },
      { key: 'to_national', label: 'Customer Number (National Format)' },
      { key: 'from', label: 'Business Number' },
      { key: 'body', label: 'Text' },
      { key: 'status', label: 'Status' },
      { key: 'error_code', label: 'Twilio Error Code', type: 'integer' },
      { key: 'error_message', label: 'Twilio Error Message' },
      { key: 'failure_kind', label: 'Failure Kind' },
      { key: 'advice', label: 'Advice' },
      { key: 'fix_needed', label: 'Fix Needed', type: 'boolean' },
      { key: 'call_instead', label: 'Call Instead', type: 'boolean' },
      { key: 'sent_at', label: 'Sent At', type: 'datetime' },
      { key: 'failed_at', label: 'Failed At', type: 'datetime' },
      { key: 'last_call_at', label: 'Last Call At', type: 'datetime' },
      { key: 'last_call_id', label: 'Last Call ID' },
    ],
    sample,
  },
});
