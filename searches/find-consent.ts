import { defineInputFields, defineSearch, type SearchPerform } from 'zapier-platform-core';
import type { ConsentRecord } from '../lib/consent/consent-record';
import { DEFAULT_CONSENT_WINDOW_HOURS } from '../lib/consent/window';
import { twilioClient } from '../lib/twilio/client';
import { zapTimeZone } from '../zapier/bundle';
import { guard } from '../zapier/guard';
import { readText, readWholeNumber } from '../zapier/inputs';
import { optedOutElsewhereField } from '../zapier/text-back-fields';

const inputFields = defineInputFields([
  {
    key: 'phone_number',
    label: 'Phone Number',
    required: true,
    helpText: "The customer's number, in any format, e.g. (512) 555-0123.",
  },
  {
    key: 'consent_window_hours',
    label: 'Consent Window (Hours)',
    type: 'integer',
    required: false,
    default: String(DEFAULT_CONSENT_WINDOW_HOURS),
    helpText: 'A call from the number within this many hours counts as consent to text it back.',
  },
  optedOutElsewhereField,
]);

const perform = guard(async (z, bundle) => {
  const { findConsentRecord } = await import('../lib/consent/consent-record');
  const { optedOutElsewhere } = await import('../lib/consent/opted-out-elsewhere');
  const typed = readText(bundle.inputData.phone_number, 'Phone Number');
  if (!typed) return [];
  const hours = readWholeNumber(
    bundle.inputData.consent_window_hours,
    DEFAULT_CONSENT_WINDOW_HOURS,
    'Consent Window (Hours)',
  );
  const record = await findConsentRecord(twilioClient(z, bundle.authData), typed, hours, {
    zapTimeZone: zapTimeZone(bundle),
    optedOutElsewhere: optedOutElsewhere(bundle.inputData.opted_out_elsewhere),
  });
  return record ? [record] : [];
}) satisfies SearchPerform<typeof inputFields, ConsentRecord>;

const sample = {
  id: '+15125550123',
  phone_number: '+15125550123',
  can_text: true,
  consent_status: 'implied_by_call',
  reason:
    "Called (512) 555-0100 on Nov 28 at 2:03 PM; no opt-out since. This rests only on Twilio's log, which keeps texts and calls for 13 months by default (less if your account is set so): an older opt-out, or one made elsewhere, is not seen unless you map it into Opted Out Elsewhere.",
  last_call_at: '2026-11-28T20:03:00Z',
  last_call_id: 'CA2f0c3a1e5b7d9f1a3c5e7b9d1f3a5c7e',
  opted_out_at: null,
  opt_out_message: null,
  opted_in_at: null,
  last_text_back_at: '2026-11-28T20:03:41Z',
  last_text_back_sid: 'SM5b1d3f5a7c9e1b3d5f7a9c1e3b5d7f9a',
  evidence_source: 'twilio_log',
} satisfies ConsentRecord;

export default defineSearch({
  key: 'find_consent',
  noun: 'Consent Record',
  display: {
    label: 'Find Consent Record',
    description:
      'Finds whether a phone number may be texted, with the evidence: its last call, any opt-out, and your last text.',
  },
  operation: {
    inputFields,
    perform,
    outputFields: [
      { key: 'id', label: 'ID' },
      { key: 'phone_number', label: 'Phone Number' },
      { key: 'can_text', label: 'Can Text', type: 'boolean' },
      { key: 'consent_status', label: 'Consent Status' },
      { key: 'reason', label: 'Reason' },
      { key: 'last_call_at', label: 'Last Call At', type: 'datetime' },
      { key: 'last_call_id', label: 'Last Call ID' },
      { key: 'opted_out_at', label: 'Opted Out At', type: 'datetime' },
      { key: 'opt_out_message', label: 'Opt-Out Message' },
      { key: 'opted_in_at', label: 'Opted In At', type: 'datetime' },
      { key: 'last_text_back_at', label: 'Last Text-Back At', type: 'datetime' },
      { key: 'last_text_back_sid', label: 'Last Text-Back SID' },
      { key: 'evidence_source', label: 'Evidence Source' },
    ],
    sample,
  },
});
