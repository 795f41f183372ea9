import { defineInputFields, defineTrigger, type Bundle, type ZObject } from 'zapier-platform-core';
import {
  businessHoursField, countVoicemailField, missedCallOutputFields, missedCallSample, timezoneField,
} from '../zapier/fields';
import { guard } from '../zapier/guard';
import { zapTimeZone } from '../zapier/bundle';
import { markAfterHours } from '../lib/missed-calls/after-hours';
import { readBoolean, readText } from '../zapier/inputs';
import { PROVIDERS } from '../lib/missed-calls/item';
import { normalizeWebhook, parseDelivery, type ProviderKey, type RawWebhookRequest } from '../lib/providers';
import { sampleMissedCall } from '../lib/providers/samples';
import { isTimeZone } from '../lib/time/dates';
import { InputError } from '../lib/errors/input-error';

const PROVIDER_LABELS: Record<string, string> = {
  auto: 'Detect Automatically', aircall: 'Aircall', callrail: 'CallRail', dialpad: 'Dialpad', justcall: 'JustCall',
  openphone: 'OpenPhone (Quo)', plivo: 'Plivo', ringcentral: 'RingCentral', telnyx: 'Telnyx', twilio: 'Twilio-Style Callback',
  vonage: 'Vonage', zoom: 'Zoom Phone', generic: 'Other Phone System (Generic JSON)',
};

const inputFields = defineInputFields([
  {
    key: 'provider', label: 'Phone System', required: false, default: 'auto',
    choices: ['auto', ...PROVIDERS].map((value) => ({ value, label: PROVIDER_LABELS[value], sample: value })),
    helpText: 'Which phone system sends the webhook. Detect Automatically works for all of them.',
  },
  {
    key: 'webhook_secret', label: 'Webhook Secret', type: 'password', required: false,
    helpText: 'Optional but recommended. The signing secret (or verification token) your phone system shows for this webhook; deliveries without a valid signature are then ignored. For Telnyx, paste your public key.',
  },
  {
    key: 'webhook_url', label: 'Webhook URL', required: false,
    helpText: 'Optional. Paste this trigger\'s URL here too when your phone system signs over the URL (Plivo and Twilio-style callbacks).',
  },
  {
    key: 'business_number', label: 'Business Number', required: false,
    helpText: 'Optional. Your business number, used only when the phone system does not say which number was called.',
  },
  countVoicemailField,
  businessHoursField,
  timezoneField,
]);

function readProvider(value: unknown): ProviderKey | 'auto' {
  const provider = readText(value, 'Phone System')?.toLowerCase() ?? 'auto';
  if (provider in PROVIDER_LABELS) return provider as ProviderKey | 'auto';
  throw new InputError(`Phone System "${provider}" is not one this trigger knows. Pick one from the list, or Detect Automatically.`);
}

const perform = guard(async (z: ZObject, bundle: Bundle) => {
  const input = bundle.inputData;
  const typedZone = readText(input.timezone, 'Time Zone');
  const request = (bundle.rawRequest ?? { body: bundle.cleanedRequest }) as RawWebhookRequest;
  const { item, rejected } = normalizeWebhook(parseDelivery(request), {
    webhookSecret: readText(input.webhook_secret, 'Webhook Secret'),
    webhookUrl: readText(input.webhook_url, 'Webhook URL'),
    businessNumber: readText(input.business_number, 'Business Number'),
    timeZone: typedZone && isTimeZone(typedZone) ? typedZone : 'UTC',
  }, readProvider(input.provider));
  if (rejected) z.console.log(rejected);
  if (!item) return [];
  if (item.voicemail && !readBoolean(input.count_voicemail_as_missed, true, 'Count Voicemails as Missed')) return [];
  return markAfterHours([item], readText(input.business_hours, 'Business Hours'), typedZone, zapTimeZone(bundle));
});

const performList = guard(async (z: ZObject, bundle: Bundle) => [sampleMissedCall(readProvider(bundle.inputData.provider))]);

export default defineTrigger({
  key: 'missed_call_webhook',
  noun: 'Missed Call',
  display: {
    label: 'New Missed Call from Another Phone System',
    description: 'Triggers when your phone system (RingCentral, Aircall, OpenPhone, Dialpad, Zoom, Telnyx, Vonage, Plivo, CallRail, JustCall or any PBX) reports a missed call.',
    directions:
      'Copy the webhook URL shown below and paste it into your phone system\'s webhook settings for call events (e.g. Aircall: Integrations > Webhooks, event call.ended; RingCentral: a telephony session or call log subscription; CallRail: Settings > Integrations > Webhooks, Post-Call). Then make a test call and let it ring out.',
  },
  operation: {
    type: 'hook',
    inputFields,
    perform,
    performList,
    outputFields: [...missedCallOutputFields],
    sample: { ...missedCallSample, id: 'aircall:1843219572', call_id: '1843219572', provider: 'aircall' },
  },
});
