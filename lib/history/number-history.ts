import { since, type TwilioClient } from '../twilio/client';
import type { Call, IncomingNumber, Message } from '../twilio/resources';

/** Everything the account's own records say about one customer's number, fetched in one round trip. */
export interface NumberHistory {
  accountNumbers: IncomingNumber[];
  /**
   * Texts the customer sent to the account (all time: a STOP from last year still counts), also to numbers the
   * account has since released: the log is the account's, and an opt-out does not expire with a number.
   */
  inboundMessages: Message[];
  /** Texts the account sent to the customer. */
  outboundMessages: Message[];
  /** Calls: the account's whole window (callers' legs, forwarded legs, callbacks), or all of the customer's calls. */
  calls: Call[];
}

/**
 * `window`: every call of the account since `windowStart`, because telling whether a later call was answered
 * needs its forwarded legs, which carry the business's numbers rather than the customer's.
 * `customer`: every call the customer ever made to the account (to tell an expired consent from none).
 */
export type CallScope = { scope: 'window'; windowStart: Date } | { scope: 'customer' };

/** Independent queries run concurrently, so checks cost one round trip whatever their number. */
export async function fetchNumberHistory(
  twilio: TwilioClient,
  customer: string,
  calls: CallScope,
  knownNumbers?: IncomingNumber[],
): Promise<NumberHistory> {
  const [accountNumbers, fromCustomer, toCustomer, callList] = await Promise.all([
    knownNumbers ?? twilio.listNumbers(),
    twilio.listMessages({ From: customer }),
    twilio.listMessages({ To: customer }),
    calls.scope === 'window'
      ? twilio.listCalls(since('StartTime', calls.windowStart))
      : twilio.listCalls({ From: customer }),
  ]);
  return {
    accountNumbers,
    inboundMessages: fromCustomer.filter((message) => message.direction === 'inbound'),
    outboundMessages: toCustomer.filter((message) => message.direction.startsWith('outbound')),
    calls: callList,
  };
}
