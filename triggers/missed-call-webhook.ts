import { defineTrigger, type WebhookTriggerPerform, type WebhookTriggerPerformList } from 'zapier-platform-core';
import { parseDelivery } from '../lib/providers/delivery';
import { missedCallsInDelivery } from '../lib/providers/read-delivery';
import { sampleMissedCall } from '../lib/providers/samples';
import type { WebhookMissedCall } from '../lib/providers/types';
import { zapTimeZone } from '../zapier/bundle';
import { missedCallOutputFields, missedCallSample } from '../zapier/fields';
import { guard } from '../zapier/guard';
import { readProvider, readWebhookOptions, webhookInputFields } from '../zapier/webhook-inputs';

const inputFields = webhookInputFields;

const perform = guard(async (z, bundle) => {
  // The raw content when Zapier kept it (signatures are over its bytes); otherwise the body Zapier parsed, with the
  // raw request's headers and query string still read.
  const raw = bundle.rawRequest;
  const delivery = parseDelivery(raw?.content ? raw : { ...raw, body: bundle.cleanedRequest });
  const options = readWebhookOptions(bundle.inputData, zapTimeZone(bundle));
  const { items, rejected } = missedCallsInDelivery(delivery, options);
  if (rejected) z.console.log(rejected);
  return items;
}) satisfies WebhookTriggerPerform<typeof inputFields, WebhookMissedCall>;

const performList = guard(async (_z, bundle) => [
  sampleMissedCall(readProvider(bundle.inputData.provider)),
]) satisfies WebhookTriggerPerformList<typeof inputFields, WebhookMissedCall>;

const sample = {
  ...missedCallSample,
  id: 'aircall:1843219572',
  call_id: '1843219572',
  provider: 'aircall',
} satisfies WebhookMissedCall;

export default defineTrigger({
  key: 'missed_call_webhook',
  noun: 'Missed Call',
  display: {
    label: 'New Missed Call from Another Phone System',
    description:
      'Triggers when your phone system (RingCentral, Aircall, OpenPhone, Dialpad, Zoom, Telnyx, Vonage, Plivo, CallRail, JustCall or any PBX) reports a missed call.',
    directions:
      "Copy the webhook URL shown below and paste it into your phone system's webhook settings for call events (e.g. Aircall: Integrations > Webhooks, event call.ended; RingCentral: a telephony session or call log subscription; CallRail: Settings > Integrations > Webhooks, Post-Call). Then make a test call and let it ring out.",
  },
  operation: {
    type: 'hook',
    inputFields,
    perform,
    performList,
    outputFields: [...missedCallOutputFields],
    sample,
  },
});
