import { businessNumber } from '../phone/business-number';
import { displayNumber } from '../phone/parse';
import type { IncomingNumber } from '../twilio/resources';

/**
 * Why the From number cannot send this text, in the owner's words, or null when it can: it must be a number of
 * this account with SMS turned on. Twilio would only say so at the first real send (21606), so a dry run checks it
 * against the account's numbers, which the history round trip already fetched.
 */
export function fromNumberProblem(from: string | undefined, accountNumbers: readonly IncomingNumber[]): string | null {
  if (!from) return null; // sending through a Messaging Service: Twilio picks the number
  const number = accountNumbers.find((candidate) => candidate.phone_number === from);
  if (!number) {
    return `The From number ${displayNumber(from)} is not one of the numbers in this Twilio account, so texts cannot be sent from it. Pick one of your Twilio numbers in From.`;
  }
  if (!number.sms_enabled) {
    return `The From number ${businessNumber(number).label} cannot send texts: SMS is not turned on for it in Twilio. Pick a number that can text in From.`;
  }
  return null;
}
