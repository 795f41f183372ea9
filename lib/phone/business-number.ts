import { clip } from '../errors/clip';
import { InputError } from '../errors/input-error';
import type { IncomingNumber } from '../twilio/resources';
import { countryOf, displayNumber, parsePhone } from './parse';

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

/**
 * The account's number the owner picked in Business Number (or typed, in any format): read in the country of the
 * account's first number, and refused in plain words when it is not a number of this account.
 */
export function pickAccountNumber(picked: string, accountNumbers: IncomingNumber[]): IncomingNumber {
  const parsed = parsePhone(picked, countryOf(accountNumbers[0]?.phone_number) ?? 'US');
  if (!parsed)
    throw new InputError(
      `"${clip(picked)}" is not a phone number. Pick one of your Twilio numbers in Business Number.`,
    );
  const number = accountNumbers.find((candidate) => candidate.phone_number === parsed.e164);
  if (!number) {
    throw new InputError(
      `${displayNumber(parsed.e164)} is not a number in this Twilio account. Pick one of your Twilio numbers in Business Number.`,
    );
  }
  return number;
}
