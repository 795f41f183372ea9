import { defineTrigger, type PollingTriggerPerform } from 'zapier-platform-core';
import { type BusinessNumber, businessNumber } from '../lib/phone/business-number';
import { twilioClient } from '../lib/twilio/client';
import { guard } from '../zapier/guard';
import { phoneNumberOutputFields, phoneNumberSample } from '../zapier/phone-number-fields';

const perform = guard(async (z, bundle) => {
  const numbers = await twilioClient(z, bundle.authData).listNumbers();
  return numbers.map(businessNumber);
}) satisfies PollingTriggerPerform<[], BusinessNumber>;

const sample = phoneNumberSample satisfies BusinessNumber;

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
    outputFields: [...phoneNumberOutputFields],
    sample,
  },
});
