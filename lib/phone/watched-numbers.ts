import type { TwilioClient } from '../twilio/client';
import { pickAccountNumber } from './business-number';
import { parsePhone } from './parse';

/**
 * The business numbers an operation watches, fetched concurrently with its data: a picked number written in
 * international form (or valid in the US) needs no lookup; a blank one means every number of the account;
 * a national number from abroad (`020 7946 0018`) is read in the country of the account's first number.
 */
export async function watchedNumbers(
  twilio: Pick<TwilioClient, 'listNumbers'>,
  picked: string | undefined,
): Promise<string[]> {
  const direct = picked ? parsePhone(picked, 'US') : null;
  if (direct && (picked!.trim().startsWith('+') || direct.country === 'US')) return [direct.e164];
  const accountNumbers = await twilio.listNumbers();
  if (!picked) return accountNumbers.map((number) => number.phone_number);
  return [pickAccountNumber(picked, accountNumbers).phone_number];
}
