/**
 * What a failed or undelivered text means, by Twilio's `error_code` (contract: `text_back_undelivered`).
 * One row per kind: the codes that mean it, whether the business must fix its own setup (`fixNeeded`),
 * whether the customer should be called instead (`callInstead`), and the advice an owner reads
 * (`{customer}` is the customer's number in national format).
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
  advice: string;
}

export const FAILURE_KINDS: Readonly<Record<FailureKind, FailureKindRow>> = {
  not_registered: {
    codes: [30034, 30035],
    fixNeeded: true,
    callInstead: true,
    advice:
      "Carriers blocked your text to {customer} because your number is not registered for A2P 10DLC. Call them now, and register the number in the Twilio Console (Messaging > Regulatory Compliance), then add it to your campaign's Messaging Service.",
  },
  registration_pending: {
    codes: [30024],
    fixNeeded: true,
    callInstead: true,
    advice:
      "Your text to {customer} was not delivered because your number's A2P 10DLC registration is still pending with the carriers. Call them now; texts will go through once Twilio shows the campaign as verified.",
  },
  toll_free_unverified: {
    codes: [30032],
    fixNeeded: true,
    callInstead: true,
    advice:
      'Carriers blocked your text to {customer} because your toll-free number is not verified. Call them now, and finish the toll-free verification in the Twilio Console (Messaging > Regulatory Compliance).',
  },
  unreachable: {
    codes: [30003],
    fixNeeded: false,
    callInstead: true,
    advice:
      'The phone at {customer} was switched off or out of reach, so your text was not delivered. Call them instead.',
  },
  blocked: {
    codes: [30004],
    fixNeeded: false,
    callInstead: true,
    advice: "The customer's phone or carrier at {customer} blocked your text. Call them instead.",
  },
  unknown_number: {
    codes: [30005],
    fixNeeded: false,
    callInstead: true,
    advice:
      '{customer} does not exist or is no longer in service, so your text was not delivered. Call them back on the number they called from to check it.',
  },
  landline: {
    codes: [30006],
    fixNeeded: false,
    callInstead: true,
    advice: '{customer} is a landline or cannot receive texts. Call them instead.',
  },
  carrier_filtered: {
    codes: [30007],
    fixNeeded: true,
    callInstead: true,
    advice:
      'The carrier filtered your text to {customer} as possible spam. Call them now, and make your text more personal (name the business, avoid links and capitals); a registered number is filtered less.',
  },
  rate_limited: {
    codes: [30022, 30027],
    fixNeeded: true,
    callInstead: true,
    advice:
      'Your text to {customer} was held back because your number went over its carrier sending limit. Call them now, and ask Twilio about a higher A2P 10DLC throughput for your campaign.',
  },
  fraud_block: {
    codes: [30450],
    fixNeeded: false,
    callInstead: true,
    advice:
      "Twilio's fraud protection blocked your text to {customer}. Call them instead; if they are a real customer, review the SMS pumping protection settings in the Twilio Console.",
  },
  opted_out: {
    codes: [21610],
    fixNeeded: false,
    callInstead: false,
    advice:
      '{customer} has opted out of your texts (they replied STOP), so Twilio did not deliver it. Do not text them again unless they reply START.',
  },
  other: {
    codes: [],
    fixNeeded: false,
    callInstead: true,
    advice:
      "Your text to {customer} was not delivered. Call them instead, and check the message in the Twilio Console's Messaging Logs for the reason.",
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

/** The owner's advice for a kind, naming the customer's number as they would dial it. */
export function failureAdvice(kind: FailureKind, customerNational: string): string {
  return FAILURE_KINDS[kind].advice.replace('{customer}', customerNational);
}
