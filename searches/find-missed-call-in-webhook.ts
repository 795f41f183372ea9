import { type Bundle, defineInputFields, defineSearch, type SearchPerform, type ZObject } from 'zapier-platform-core';
import { parseDelivery } from '../lib/providers/delivery';
import { headersFromText } from '../lib/providers/header-text';
import { isRecord } from '../lib/providers/payload-fields';
import { missedCallsInDelivery } from '../lib/providers/read-delivery';
import { PROVIDER_REGISTRY, providerRow } from '../lib/providers/registry';
import { sampleMissedCall } from '../lib/providers/samples';
import type { WebhookMissedCall } from '../lib/providers/types';
import { zapTimeZone } from '../zapier/bundle';
import { missedCallOutputFields } from '../zapier/fields';
import { guard } from '../zapier/guard';
import { readText } from '../zapier/inputs';
import { providerField, readWebhookOptions, webhookSettingFields } from '../zapier/webhook-inputs';

/**
 * For public listings, where Zapier allows no static hooks: the Zap starts with Webhooks by Zapier's Catch Raw Hook
 * and maps its raw body and headers here. The same normalizers, rules and signature checks as the static hook.
 */
const CATCH_RAW_HOOK_STEPS = [
  '**Set up:** 1. Start the Zap with **Webhooks by Zapier › Catch Raw Hook** and copy its URL.',
  "2. Paste that URL into your phone system's webhook settings (pick your Phone System below to see where).",
  '3. Make a test call, let it ring out, and test the Catch Raw Hook step.',
  '4. Add this search: map **Raw Body** and **Headers** from Catch Raw Hook, and pick your Phone System.',
  '5. Turn on "Should this step be considered a success when nothing is found?" so deliveries that are not missed',
  "calls end the run quietly, or add a Filter on this step's ID.",
].join(' ');

/** A system's setup up to its first clause's end: where the URL goes, short enough for all of them in one field. */
const whereOnly = (setup: string) => setup.split(/; |\. |, /)[0];

/** Where the chosen phone system takes the Catch Raw Hook URL; every system in turn while it is Detect Automatically. */
const providerSetup = (_z: ZObject, bundle: Bundle) => {
  const row = providerRow(String(bundle.inputData.provider ?? ''));
  const text = row
    ? row.setup
    : `Pick your Phone System above for the full steps. In short: ${PROVIDER_REGISTRY.map((each) => whereOnly(each.setup)).join(' · ')}.`;
  return [
    { key: 'provider_setup', label: 'Where to Paste the URL', type: 'copy' as const, helpText: text.slice(0, 1000) },
  ];
};

/** The query string as mapped: `a=1&b=2` text, or the fields Catch Raw Hook shows as an object. */
const queryOf = (value: unknown): string | Record<string, unknown> =>
  isRecord(value) ? value : (readText(value, 'Query String') ?? '');

const inputFields = defineInputFields([
  { key: 'setup_steps', label: 'How It Works', type: 'copy', helpText: CATCH_RAW_HOOK_STEPS },
  {
    key: 'raw_body',
    label: 'Raw Body',
    type: 'text',
    required: true,
    helpText:
      'Map **Raw Body** from the Catch Raw Hook step: the webhook exactly as your phone system sent it ' +
      '(signatures are checked over it).',
  },
  {
    key: 'headers',
    label: 'Headers',
    type: 'text',
    required: false,
    helpText:
      'Map the **Headers** from the Catch Raw Hook step: a JSON object, or one `Name: value` per line. Names ' +
      "in any case, with or without Zapier's `Http-` prefix. Needed for signed webhooks.",
  },
  {
    key: 'querystring',
    label: 'Query String',
    type: 'text',
    required: false,
    helpText:
      'Optional. Map **Querystring** from the Catch Raw Hook step when your phone system puts call details in ' +
      'the URL (Vonage voicemail recordings do).',
  },
  { ...providerField, altersDynamicFields: true },
  ...webhookSettingFields,
  providerSetup,
]);

const perform = guard(async (z, bundle) => {
  const input = bundle.inputData;
  const headers = headersFromText(input.headers);
  const querystring = queryOf(input.querystring);
  // The body exactly as sent (not trimmed): signatures are computed over its bytes. A body mapped as a JSON object
  // (Zapier already parsed it) is read as the body, as the static hook reads Zapier's parsed request.
  const delivery = isRecord(input.raw_body)
    ? parseDelivery({ body: input.raw_body, headers, querystring })
    : parseDelivery({
        content: typeof input.raw_body === 'string' ? input.raw_body : (readText(input.raw_body, 'Raw Body') ?? ''),
        headers,
        querystring,
      });
  const { items, rejected } = missedCallsInDelivery(delivery, readWebhookOptions(input, zapTimeZone(bundle)));
  if (rejected) z.console.log(rejected);
  return items;
}) satisfies SearchPerform<typeof inputFields, WebhookMissedCall>;

const sample = { ...sampleMissedCall('aircall'), after_hours: false } satisfies WebhookMissedCall;

export default defineSearch({
  key: 'find_missed_call_in_webhook',
  noun: 'Missed Call',
  display: {
    label: 'Find Missed Call in Webhook',
    description:
      'Finds the missed call in a webhook your phone system sent to Catch Raw Hook (RingCentral, Aircall, ' +
      'OpenPhone, Dialpad, Zoom, Telnyx, Vonage, Plivo, CallRail, JustCall or any PBX).',
  },
  operation: {
    inputFields,
    perform,
    outputFields: [...missedCallOutputFields],
    sample,
  },
});
