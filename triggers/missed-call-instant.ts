import {
  type Bundle,
  defineInputFields,
  defineTrigger,
  type WebhookTriggerPerform,
  type WebhookTriggerPerformList,
  type WebhookTriggerPerformSubscribe,
  type WebhookTriggerPerformUnsubscribe,
} from 'zapier-platform-core';
import type { MissedCall } from '../lib/missed-calls/item';
import { pollMissedCalls } from '../lib/missed-calls/poll';
import {
  type HookSubscription,
  missedCallFromCallback,
  subscribeNumber,
  unsubscribeNumber,
} from '../lib/missed-calls/status-callback';
import { parsePhone } from '../lib/phone/parse';
import { parseDelivery } from '../lib/providers/delivery';
import { isRecord } from '../lib/providers/payload-fields';
import { twilioClient } from '../lib/twilio/client';
import { verifiedTwilioParams } from '../lib/twilio/signature';
import {
  businessNumberField,
  countVoicemailField,
  includeWithheldField,
  missedCallOutputFields,
  missedCallSample,
} from '../zapier/fields';
import { guard } from '../zapier/guard';
import { readBoolean } from '../zapier/inputs';
import { readMissedCallSettings } from '../zapier/missed-call-inputs';
import { readSubscription } from '../zapier/subscription';

const inputFields = defineInputFields([
  businessNumberField(true, 'The Twilio number whose missed calls start this Zap the moment the call ends.'),
  countVoicemailField,
  includeWithheldField,
  {
    key: 'replace_existing_callback',
    label: 'Replace Existing Callback',
    type: 'boolean',
    default: 'false',
    required: false,
    helpText:
      'If the number already sends call notifications to another app, yes lets this Zap take them over (they are restored when the Zap is turned off). Leave no to be told instead.',
  },
]);

/**
 * The callback as signed: Twilio signs its parameters, not its bytes, so when the raw request kept no content the
 * parameters Zapier parsed (`cleanedRequest`) are put back into a form for the check.
 */
function signedRequest(bundle: Pick<Bundle, 'rawRequest' | 'cleanedRequest'>) {
  const raw = bundle.rawRequest;
  if (!raw || raw.content || !isRecord(bundle.cleanedRequest)) return raw && parseDelivery(raw);
  const fields = Object.entries(bundle.cleanedRequest).filter(([, value]) => typeof value === 'string');
  return parseDelivery({ ...raw, content: new URLSearchParams(fields as [string, string][]).toString() });
}

/** What subscribe stored, as perform and unsubscribe get it back. */
const subscription = (bundle: Pick<Bundle, 'subscribeData'>) => readSubscription(bundle.subscribeData);

const performSubscribe = guard(async (z, bundle) =>
  subscribeNumber(
    twilioClient(z, bundle.authData),
    String(bundle.inputData.business_number ?? ''),
    String(bundle.targetUrl ?? ''),
    readBoolean(bundle.inputData.replace_existing_callback, false, 'Replace Existing Callback'),
  ),
) satisfies WebhookTriggerPerformSubscribe<typeof inputFields, HookSubscription>;

const performUnsubscribe = guard(async (z, bundle) => {
  const saved = subscription(bundle);
  if (saved?.numberSid) await unsubscribeNumber(twilioClient(z, bundle.authData), saved);
  return {};
}) satisfies WebhookTriggerPerformUnsubscribe<typeof inputFields, Record<string, never>>;

const perform = guard(async (z, bundle) => {
  const twilio = twilioClient(z, bundle.authData);
  const params = verifiedTwilioParams(signedRequest(bundle), subscription(bundle)?.targetUrl, twilio.connection.secret);
  if (!params) {
    z.console.log('Ignored a call notification without a valid X-Twilio-Signature (forged, altered or unsigned).');
    return [];
  }
  const settings = readMissedCallSettings(bundle.inputData);
  const business = parsePhone(subscription(bundle)?.phoneNumber || settings.businessNumber);
  const item = await missedCallFromCallback(twilio, params.CallSid ?? '', {
    businessNumbers: business ? [business.e164] : [],
    countVoicemailAsMissed: settings.countVoicemailAsMissed,
    includeWithheldCallers: settings.includeWithheldCallers,
  });
  return item ? [item] : [];
}) satisfies WebhookTriggerPerform<typeof inputFields, MissedCall>;

const performList = guard(async (z, bundle) =>
  (await pollMissedCalls(twilioClient(z, bundle.authData), readMissedCallSettings(bundle.inputData))).slice(0, 3),
) satisfies WebhookTriggerPerformList<typeof inputFields, MissedCall>;

const sample = missedCallSample satisfies MissedCall;

export default defineTrigger({
  key: 'missed_call_instant',
  noun: 'Missed Call',
  display: {
    label: 'New Missed Call (Instant)',
    description:
      'Triggers when a call to your Twilio number ends unanswered, the moment it ends (no waiting for the next check).',
  },
  operation: {
    type: 'hook',
    inputFields,
    performSubscribe,
    performUnsubscribe,
    perform,
    performList,
    outputFields: [...missedCallOutputFields],
    sample,
  },
});
