import { twilioMeaning } from '../twilio/error-table';

/**
 * What a failed or undelivered text means, by Twilio's `error_code` (contract: `text_back_undelivered`).
 * One row per kind: the codes that mean it, whether the business must fix its own setup (`fixNeeded`),
 * whether the customer should be called instead (`callInstead`), and what the owner does now (`action`, where
 * `{customer}` is the customer's number in national format). What a code means is said once, in Twilio's error
 * table (`lib/twilio/error-table.ts`): the advice is that explanation, then the action.
 *
 * Sources (Twilio's error dictionary, https://www.twilio.com/docs/api/errors/<code>):
 * 30003 Unreachable destination handset; 30004 Message blocked; 30005 Unknown destination handset;
 * 30006 Landline or unreachable carrier; 30007 Message filtered (carrier); 30022 US A2P 10DLC rate limits exceeded;
 * 30024 Numeric sender ID not provisioned on carrier (registration still pending); 30027 US A2P 10DLC T-Mobile daily
 * message limit reached; 30032 Toll-free number has not been verified; 30034 Message from an unregistered number
 * (US A2P 10DLC, enforced by carriers since September 2023); 30035 Message from an unregistered number (A2P 10DLC,
 * sole proprietor / low-volume registration missing); 30450 Message delivery blocked (SMS pumping / fraud
 * protection); 21610 Attempt to send to unsubscribed recipient (the customer texted STOP).
 */
export type FailureKind =
  | 'not_registered'
  | 'registration_pending'
  | 'toll_free_unverified'
  | 'unreachable'
  | 'blocked'
  | 'unknown_number'
  | 'landline'
  | 'carrier_filtered'
  | 'rate_limited'
  | 'fraud_block'
  | 'opted_out'
  | 'other';

export interface FailureKindRow {
  codes: readonly number[];
  fixNeeded: boolean;
  callInstead: boolean;
  action: string;
}

export const FAILURE_KINDS: Readonly<Record<FailureKind, FailureKindRow>> = {
  not_registered: {
    codes: [30034, 30035],
    fixNeeded: true,
    callInstead: true,
    action:
      "Call {customer} now, and register the number in the Twilio Console (Messaging > Regulatory Compliance), then add it to your campaign's Messaging Service.",
  },
  registration_pending: {
    codes: [30024],
    fixNeeded: true,
    callInstead: true,
    action: 'Call {customer} now; texts will go through once Twilio shows the campaign as verified.',
  },
  toll_free_unverified: {
    codes: [30032],
    fixNeeded: true,
    callInstead: true,
    action:
      'Call {customer} now, and finish the toll-free verification in the Twilio Console (Messaging > Regulatory Compliance).',
  },
  unreachable: {
    codes: [30003],
    fixNeeded: false,
    callInstead: true,
    action: 'Call {customer} instead.',
  },
  blocked: {
    codes: [30004],
    fixNeeded: false,
    callInstead: true,
    action: 'Call {customer} instead.',
  },
  unknown_number: {
    codes: [30005],
    fixNeeded: false,
    callInstead: true,
    action: 'Call {customer} back on the number they called from to check it.',
  },
  landline: {
    codes: [30006],
    fixNeeded: false,
    callInstead: true,
    action: 'Call {customer} instead.',
  },
  carrier_filtered: {
    codes: [30007],
    fixNeeded: true,
    callInstead: true,
    action:
      'Call {customer} now, and make your text more personal (name the business, avoid links and capitals); a registered number is filtered less.',
  },
  rate_limited: {
    codes: [30022, 30027],
    fixNeeded: true,
    callInstead: true,
    action: 'Call {customer} now, and ask Twilio about a higher A2P 10DLC throughput for your campaign.',
  },
  fraud_block: {
    codes: [30450],
    fixNeeded: false,
    callInstead: true,
    action:
      'Call {customer} instead; if they are a real customer, review the SMS pumping protection settings in the Twilio Console.',
  },
  opted_out: {
    codes: [21610],
    fixNeeded: false,
    callInstead: false,
    action: 'Twilio did not deliver your text to {customer}; do not text them again unless they reply START.',
  },
  other: {
    codes: [],
    fixNeeded: false,
    callInstead: true,
    action: "Call {customer} instead, and check the message in the Twilio Console's Messaging Logs for the reason.",
  },
};

/** Error code → kind, built once from the table; a Map, so a hostile value matches nothing it does not hold. */
const KIND_BY_CODE = new Map<number, FailureKind>(
  (Object.keys(FAILURE_KINDS) as FailureKind[]).flatMap((kind) =>
    FAILURE_KINDS[kind].codes.map((code): [number, FailureKind] => [code, kind]),
  ),
);

/** Twilio's `error_code` decides the kind; an unknown or missing code is `other`. */
export function failureKind(errorCode: number | null | undefined): FailureKind {
  return (typeof errorCode === 'number' && KIND_BY_CODE.get(errorCode)) || 'other';
}

/** Said of a text whose code Twilio's error table does not explain (or that has none). */
const NOT_DELIVERED = 'Your text was not delivered.';

/**
 * The owner's advice for an undelivered text: what Twilio's code means (the error table's one explanation), then
 * what to do, naming the customer's number as they would dial it.
 */
export function failureAdvice(errorCode: number | null | undefined, customerNational: string): string {
  const action = FAILURE_KINDS[failureKind(errorCode)].action.replace('{customer}', customerNational);
  return `${twilioMeaning(errorCode) ?? NOT_DELIVERED} ${action}`;
}
