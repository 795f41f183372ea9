import { countryOf, type ParsedPhone, parsePhone } from '../phone/parse';
import type { TwilioClient } from '../twilio/client';
import type { IncomingNumber } from '../twilio/resources';

/**
 * A typed customer number, read against the country of the account's first number (else US).
 * International input needs no lookup; a national one (`020 7946 0018`) first learns the account's country.
 */
export async function resolveCustomerNumber(
  twilio: TwilioClient,
  typed: string,
): Promise<{ phone: ParsedPhone | null; accountNumbers?: IncomingNumber[] }> {
  if (typed.trim().startsWith('+')) return { phone: parsePhone(typed) };
  const accountNumbers = await twilio.listNumbers();
  return { phone: parsePhone(typed, countryOf(accountNumbers[0]?.phone_number) ?? 'US'), accountNumbers };
}
