import { defineTrigger, type PollingTriggerPerform } from 'zapier-platform-core';
import { type BusinessNumber, businessNumber } from '../lib/phone/business-number';
import { twilioClient } from '../lib/twilio/client';
import { guard } from '../zapier/guard';
import { phoneNumberOutputFields, phoneNumberSample } from '../zapier/phone-number-fields';

/** Powers Send Text-Back's From dropdown: a number that cannot text would only fail at the first send (21606). */
const perform = guard(async (z, bundle) => {
  const numbers = await twilioClient(z, bundle.authData).listNumbers();
  return numbers.filter((number) => number.sms_enabled).map(businessNumber);
}) satisfies PollingTriggerPerform<[], BusinessNumber>;

const sample = phoneNumberSample satisfies BusinessNumber;

export default defineTrigger({
  key: 'sms_phone_number',
  noun: 'Phone Number',
  display: {
    label: 'New SMS-Capable Phone Number',
    description: 'Triggers when a phone number that can send texts is added to your Twilio account.',
    hidden: true,
  },
  operation: {
    type: 'polling',
    perform,
    outputFields: [...phoneNumberOutputFields],
    sample,
  },
});
