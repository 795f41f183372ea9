import { defineInputFields, defineSearch, type SearchPerform } from 'zapier-platform-core';
import type { TextingReadiness } from '../lib/delivery/readiness';
import { InputError } from '../lib/errors/input-error';
import { businessNumberField } from '../zapier/fields';
import { findOne } from '../zapier/find-one';
import { guard } from '../zapier/guard';
import { readText } from '../zapier/inputs';

const inputFields = defineInputFields([
  businessNumberField(true, 'The Twilio number you text customers from.'),
  {
    key: 'messaging_service_sid',
    label: 'Messaging Service SID',
    required: false,
    helpText:
      'Optional. Starts with MG. The Messaging Service you send through; leave blank to find the one that holds the number.',
  },
]);

const perform = guard(async (z, bundle) => {
  const { checkTextingReadiness } = await import('../lib/delivery/readiness-check');
  const number = readText(bundle.inputData.business_number, 'Business Number');
  if (!number) throw new InputError('Pick the Business Number to check.');
  const serviceSid = readText(bundle.inputData.messaging_service_sid, 'Messaging Service SID');
  return findOne(z, bundle, (twilio) => checkTextingReadiness(twilio, number, serviceSid));
}) satisfies SearchPerform<typeof inputFields, TextingReadiness>;

const sample = {
  id: '+15125550105',
  business_number: '+15125550105',
  country: 'US',
  number_type: 'local',
  sms_capable: true,
  messaging_service_sid: null,
  a2p_registered: false,
  campaign_status: null,
  toll_free_verification_status: null,
  recent_failures: 3,
  last_failure_code: 30034,
  ready: 'no',
  problems:
    "Carriers blocked 3 texts from (512) 555-0105 in the last 7 days (error 30034). US carriers block texts from this number because it is not registered for A2P 10DLC. Register the number for A2P 10DLC in the Twilio Console (Messaging > Regulatory Compliance) and add it to your campaign's Messaging Service.",
  checked_at: '2026-11-29T14:00:00Z',
} satisfies TextingReadiness;

export default defineSearch({
  key: 'find_texting_readiness',
  noun: 'Texting Readiness',
  display: {
    label: 'Check Texting Readiness',
    description:
      'Finds whether one of your Twilio numbers can text customers (A2P 10DLC registration, toll-free verification, recent carrier blocks), and how to fix it.',
  },
  operation: {
    inputFields,
    perform,
    outputFields: [
      { key: 'id', label: 'ID' },
      { key: 'business_number', label: 'Business Number' },
      { key: 'country', label: 'Country' },
      { key: 'number_type', label: 'Number Type' },
      { key: 'sms_capable', label: 'SMS Capable', type: 'boolean' },
      { key: 'messaging_service_sid', label: 'Messaging Service SID' },
      { key: 'a2p_registered', label: 'A2P 10DLC Registered', type: 'boolean' },
      { key: 'campaign_status', label: 'Campaign Status' },
      { key: 'toll_free_verification_status', label: 'Toll-Free Verification Status' },
      { key: 'recent_failures', label: 'Failed Texts (Last 7 Days)', type: 'integer' },
      { key: 'last_failure_code', label: 'Last Failure Code', type: 'integer' },
      { key: 'ready', label: 'Ready to Text' },
      { key: 'problems', label: 'Problems' },
      { key: 'checked_at', label: 'Checked At', type: 'datetime' },
    ],
    sample,
  },
});
