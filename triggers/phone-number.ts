import { defineTrigger, type PollingTriggerPerform } from 'zapier-platform-core';
import { businessNumber } from '../lib/phone/business-number';
import { twilioClient } from '../lib/twilio/client';

const perform = (async (z, bundle) => {
  const numbers = await twilioClient(z, bundle.authData).listNumbers();
  return numbers.map(businessNumber);
}) satisfies PollingTriggerPerform;

export default defineTrigger({
  key: 'phone_number',
  noun: 'Phone Number',
  display: {
    label: 'New Phone Number',
    description: 'Triggers when a phone number is added to your Twilio account.',
    hidden: true,
  },
  operation: {
    type: 'polling',
    perform,
    outputFields: [
      { key: 'id', label: 'Phone Number (E.164)' },
      { key: 'phone_number', label: 'Phone Number' },
      { key: 'friendly_name', label: 'Friendly Name' },
      { key: 'label', label: 'Label' },
      { key: 'sms_enabled', label: 'SMS Enabled', type: 'boolean' },
      { key: 'voice_enabled', label: 'Voice Enabled', type: 'boolean' },
      { key: 'sid', label: 'Phone Number SID' },
    ],
    sample: {
      id: '+15125550100',
      phone_number: '+15125550100',
      friendly_name: 'Main Line',
      label: 'Main Line (512) 555-0100',
      sms_enabled: true,
      voice_enabled: true,
      sid: 'PN0123456789abcdef0123456789abcdef',
    },
  },
});
