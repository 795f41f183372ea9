import { defineInputFields } from 'zapier-platform-core';
import { InputError } from '../lib/errors/input-error';
import type { WebhookOptions } from '../lib/providers/read-delivery';
import { isProviderKey, PROVIDER_REGISTRY, type ProviderKey } from '../lib/providers/registry';
import { isTimeZone } from '../lib/time/dates';
import { businessHoursField, countVoicemailField, timezoneField } from './fields';
import { readBoolean, readText } from './inputs';

/** The Phone System dropdown: Detect Automatically, then one choice per registry row. */
const providerChoices = [
  { value: 'auto', label: 'Detect Automatically', sample: 'auto' },
  ...PROVIDER_REGISTRY.map((row) => ({ value: row.key, label: row.label, sample: row.key })),
];

export const providerField = {
  key: 'provider',
  label: 'Phone System',
  required: false,
  default: 'auto',
  choices: providerChoices,
  helpText:
    'Which phone system sends the webhook. Detect Automatically works for all of them, but not together with ' +
    'a Webhook Secret: then pick yours.',
} as const;

/** The inputs after Phone System that the webhook trigger and the Catch Raw Hook search share. */
export const webhookSettingFields = defineInputFields([
  {
    key: 'webhook_secret',
    label: 'Webhook Secret',
    type: 'password',
    required: false,
    helpText:
      'Optional but recommended. The signing secret (or verification token) your phone system shows for this ' +
      'webhook; deliveries without a valid signature are then ignored. For Telnyx, paste your public key. Needs ' +
      'Phone System set to yours.',
  },
  {
    key: 'webhook_url',
    label: 'Webhook URL',
    required: false,
    helpText:
      'Optional. Paste the webhook URL here too when your phone system signs over the URL (Plivo and Twilio-style callbacks).',
  },
  {
    key: 'business_number',
    label: 'Business Number',
    required: false,
    helpText: 'Optional. Your business number, used only when the phone system does not say which number was called.',
  },
  countVoicemailField,
  businessHoursField,
  {
    ...timezoneField,
    // Contract: zone-less provider timestamps are read as UTC when Time Zone is blank.
    helpText: `${timezoneField.helpText} Times your phone system sends without a zone are read in this zone, or as UTC when it is blank.`,
  },
]);

/** The webhook trigger's inputs (contract: `missed_call_webhook`). */
export const webhookInputFields = defineInputFields([providerField, ...webhookSettingFields]);

export function readProvider(value: unknown): ProviderKey | 'auto' {
  const provider = readText(value, 'Phone System')?.toLowerCase() ?? 'auto';
  if (provider === 'auto' || isProviderKey(provider)) return provider;
  throw new InputError(
    `Phone System "${provider}" is not one this trigger knows. Pick one from the list, or Detect Automatically.`,
  );
}

/** The owner's webhook inputs, read the way the contract says (`zapZone`: the Zap's own time zone). */
export function readWebhookOptions(input: Record<string, unknown>, zapZone: string | undefined): WebhookOptions {
  const typedZone = readText(input.timezone, 'Time Zone');
  return {
    provider: readProvider(input.provider),
    settings: {
      webhookSecret: readText(input.webhook_secret, 'Webhook Secret'),
      webhookUrl: readText(input.webhook_url, 'Webhook URL'),
      businessNumber: readText(input.business_number, 'Business Number'),
      timeZone: typedZone && isTimeZone(typedZone) ? typedZone : 'UTC',
    },
    countVoicemailAsMissed: readBoolean(input.count_voicemail_as_missed, true, 'Count Voicemails as Missed'),
    businessHours: readText(input.business_hours, 'Business Hours'),
    typedZone,
    zapZone,
  };
}
