import { displayNumber, countryOf } from './parse';
import type { IncomingNumber } from '../twilio/resources';

/** One business number as dropdowns and outputs show it (contract: `phone_number`). */
export interface BusinessNumber {
  id: string;
  phone_number: string;
  friendly_name: string;
  label: string;
  sms_enabled: boolean;
  voice_enabled: boolean;
  sid: string;
}

export function businessNumber(number: IncomingNumber): BusinessNumber {
  const national = displayNumber(number.phone_number, countryOf(number.phone_number));
  // Twilio's default friendly name is the number itself; don't say it twice.
  const name = number.friendly_name && !/^[+\d\s().-]+$/.test(number.friendly_name) ? number.friendly_name : '';
  return {
    id: number.phone_number,
    phone_number: number.phone_number,
    friendly_name: number.friendly_name,
    label: name ? `${name} ${national}` : national,
    sms_enabled: number.sms_enabled,
    voice_enabled: number.voice_enabled,
    sid: number.sid,
  };
}
