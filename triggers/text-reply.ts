import { defineInputFields, defineTrigger, type PollingTriggerPerform } from 'zapier-platform-core';
import type { TextReply } from '../lib/replies/poll';
import { businessNumberField } from '../zapier/fields';
import { guard } from '../zapier/guard';
import { pollByBusinessNumber } from '../zapier/polling';

const inputFields = defineInputFields([
  businessNumberField(false, 'Which of your Twilio numbers to watch for replies. Leave blank to watch all of them.'),
]);

const perform = guard(async (z, bundle) => {
  const { pollTextReplies } = await import('../lib/replies/poll');
  return pollByBusinessNumber(z, bundle, pollTextReplies);
}) satisfies PollingTriggerPerform<typeof inputFields, TextReply>;

const sample = {
  id: 'SM8e2a4c6e8a0c2e4a6c8e0a2c4e6a8c0e',
  from_number: '+15125550123',
  business_number: '+15125550100',
  body: 'Yes please call me, the kitchen sink is leaking',
  received_at: '2026-11-29T14:09:12Z',
  intent: 'callback_request',
  is_opt_out: false,
  last_text_back_sid: 'SM5b1d3f5a7c9e1b3d5f7a9c1e3b5d7f9a',
  last_text_back_at: '2026-11-29T14:03:41Z',
  minutes_since_text_back: 6,
  evidence_record:
    '2026-11-29T14:09:12Z +15125550123 replied "Yes please call me, the kitchen sink is leaking" to +15125550100 (SM8e2a4c6e8a0c2e4a6c8e0a2c4e6a8c0e): reply, asks for a call.',
  evidence_kind: 'reply',
} satisfies TextReply;

export default defineTrigger({
  key: 'text_reply',
  noun: 'Text Reply',
  display: {
    label: 'New Text Reply',
    description:
      'Triggers when a customer texts your Twilio number, for example to answer a text-back, ask for a call or opt out.',
  },
  operation: {
    type: 'polling',
    inputFields,
    perform,
    outputFields: [
      { key: 'id', label: 'Message SID' },
      { key: 'from_number', label: 'From Number' },
      { key: 'business_number', label: 'Business Number' },
      { key: 'body', label: 'Message' },
      { key: 'received_at', label: 'Received At', type: 'datetime' },
      { key: 'intent', label: 'Intent' },
      { key: 'is_opt_out', label: 'Is Opt-Out', type: 'boolean' },
      { key: 'last_text_back_sid', label: 'Last Text-Back SID' },
      { key: 'last_text_back_at', label: 'Last Text-Back At', type: 'datetime' },
      { key: 'minutes_since_text_back', label: 'Minutes Since Text-Back', type: 'integer' },
      { key: 'evidence_record', label: 'Evidence Record' },
      { key: 'evidence_kind', label: 'Evidence Kind' },
    ],
    sample,
  },
});
