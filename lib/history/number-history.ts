import { since, type TwilioClient } from '../twilio/client';
import { type Call, type IncomingNumber, type Message, uniqueBySid } from '../twilio/resources';

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
  /**
   * Calls, newest first: the customer's in the window (from them with their forwarded legs, and to them), or every
   * call the customer ever made.
   */
  calls: Call[];
}

/**
 * `window`: the customer's calls since `windowStart`, from them and to them, with the forwarded legs of the calls
 * they made (telling whether a later call was answered needs them): never the account's other calls.
 * `customer`: every call the customer ever made to the account (to tell an expired consent from none).
 */
export type CallScope = { scope: 'window'; windowStart: Date } | { scope: 'customer' };

/**
 * Independent queries run concurrently, each filtered to the customer by Twilio (`From` / `To`, exact E.164), so
 * the history costs the same requests however busy the account is.
 */
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
      ? customerWindowCalls(twilio, customer, calls.windowStart)
      : twilio.listCalls({ From: customer }),
  ]);
  return {
    accountNumbers,
    inboundMessages: fromCustomer.filter((message) => message.direction === 'inbound'),
    outboundMessages: toCustomer.filter((message) => message.direction.startsWith('outbound')),
    calls: callList,
  };
}

/**
 * The customer's calls in the window. Twilio gives a forwarded leg the caller's number by default, so `From` finds
 * it with its caller's leg; a leg dialled with another caller ID is asked for by its parent (`ParentCallSid`), only
 * for the customer's own calls whose legs did not come back.
 */
async function customerWindowCalls(twilio: TwilioClient, customer: string, windowStart: Date): Promise<Call[]> {
  const window = since('StartTime', windowStart);
  const [fromCustomer, toCustomer] = await Promise.all([
    twilio.listCalls({ From: customer, ...window }),
    twilio.listCalls({ To: customer, ...window }),
  ]);
  const withLegs = new Set(fromCustomer.map((call) => call.parent_call_sid));
  const legless = fromCustomer.filter((call) => call.parent_call_sid === null && !withLegs.has(call.sid));
  const legs = await Promise.all(legless.map((call) => twilio.listCalls({ ParentCallSid: call.sid })));
  return uniqueBySid([...fromCustomer, ...toCustomer, ...legs.flat()]).sort(newestFirst);
}

/** Twilio's order for call lists: the latest first (a SID breaks a tie, so the order is stable). */
const newestFirst = (a: Call, b: Call): number =>
  (b.start_time ?? '').localeCompare(a.start_time ?? '') || a.sid.localeCompare(b.sid);
