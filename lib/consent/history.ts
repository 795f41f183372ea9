import { since, type TwilioClient } from '../twilio/client';
import type { Call, IncomingNumber, Message } from '../twilio/resources';

/** Everything the account's own records say about one customer's number, fetched in one round trip. */
export interface NumberHistory {
  accountNumbers: IncomingNumber[];
  /** Texts the customer sent to any account number (all time: a STOP from last year still counts). */
  inboundMessages: Message[];
  /** Texts the account sent to the customer. */
  outboundMessages: Message[];
  /** Every call of the account in the window: callers' legs, forwarded legs and callbacks together. */
  calls: Call[];
  windowStart: Date;
}

/**
 * Four independent queries run concurrently, so checks cost one round trip whatever their number.
 * Calls come as one windowed query (not one per call) because telling whether a later call was answered
 * needs its forwarded legs, which carry the business's numbers rather than the customer's.
 */
export async function fetchNumberHistory(twilio: TwilioClient, customer: string, windowStart: Date): Promise<NumberHistory> {
  const [accountNumbers, fromCustomer, toCustomer, calls] = await Promise.all([
    twilio.listNumbers(),
    twilio.listMessages({ From: customer }),
    twilio.listMessages({ To: customer }),
    twilio.listCalls(since('StartTime', windowStart)),
  ]);
  const owned = new Set(accountNumbers.map((number) => number.phone_number));
  return {
    accountNumbers,
    inboundMessages: fromCustomer.filter((message) => message.direction === 'inbound' && (owned.size === 0 || owned.has(message.to))),
    outboundMessages: toCustomer.filter((message) => message.direction.startsWith('outbound')),
    calls,
    windowStart,
  };
}
