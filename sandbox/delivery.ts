import type { DeliverySeed, DeliveryState } from './delivery-types';
import { stableSid } from './format';
import { readE164 } from './phone';
import type { MessageRecord, MessageStatus, SandboxState } from './types';

/**
 * The life of a text after Twilio accepts it: `queued` (the answer), `sent` (right after), then, once the carrier
 * answers a few seconds later, `delivered`, or `undelivered` / `failed` with an error code and `date_updated`.
 * The carrier's verdict follows the rules US carriers apply (Twilio's error dictionary,
 * https://www.twilio.com/docs/api/errors): the sender's registration first, then the recipient.
 */

/** How long after sending the carrier answers. */
export const CARRIER_SECONDS = 4;

/** Per error code: the status Twilio ends with, whether the text left Twilio (`date_sent`), and Twilio's words. */
const CARRIER_ERRORS = new Map<
  number,
  { status: Extract<MessageStatus, 'failed' | 'undelivered'>; sent: boolean; message: string }
>([
  [21610, { status: 'failed', sent: false, message: 'Attempt to send to unsubscribed recipient' }],
  [30003, { status: 'undelivered', sent: true, message: 'Unreachable destination handset' }],
  [30004, { status: 'undelivered', sent: true, message: 'Message blocked' }],
  [30005, { status: 'undelivered', sent: true, message: 'Unknown destination handset' }],
  [30006, { status: 'undelivered', sent: true, message: 'Landline or unreachable carrier' }],
  [30007, { status: 'undelivered', sent: true, message: 'Message filtered' }],
  [30022, { status: 'undelivered', sent: true, message: 'US A2P 10DLC - Rate Limits Exceeded' }],
  [30024, { status: 'undelivered', sent: true, message: 'Numeric Sender ID Not Provisioned on Carrier' }],
  [30027, { status: 'undelivered', sent: true, message: 'US A2P 10DLC - T-Mobile Daily Message Limit Reached' }],
  [30032, { status: 'undelivered', sent: true, message: 'Toll-Free Number Has Not Been Verified' }],
  [30034, { status: 'undelivered', sent: true, message: 'Message from an Unregistered Number' }],
  [30035, { status: 'undelivered', sent: true, message: 'Message from an Unregistered Number (Sole Proprietor)' }],
  // Twilio's SMS pumping protection stops the text before it leaves: `failed`, no `date_sent`.
  [30450, { status: 'failed', sent: false, message: 'Message delivery blocked by SMS Pumping Protection' }],
]);

const A2P_COUNTRIES = new Set(['US', 'PR', 'VI', 'GU', 'AS']);
const PENDING_CAMPAIGNS = new Set(['PENDING', 'IN_PROGRESS']);

/** Twilio's `error_message` for a code (null when there is no error). */
export function carrierErrorMessage(code: number | null): string | null {
  return code === null ? null : (CARRIER_ERRORS.get(code)?.message ?? null);
}

export function createDeliveryState(
  seed: DeliverySeed | undefined,
  scenarioName: string,
  created: Date,
): DeliveryState {
  const registrations = new Map(
    Object.entries(seed?.registrations ?? {}).map(([friendlyName, seeded]) => [
      friendlyName,
      {
        usAppToPersonRegistered: seeded.usAppToPersonRegistered,
        campaigns: seeded.campaigns.map((campaignStatus, index) => ({
          sid: stableSid('QE', `${scenarioName}:${friendlyName}:campaign:${index}`),
          brandRegistrationSid: stableSid('BN', `${scenarioName}:brand`),
          campaignStatus,
          campaignId: `C${stableSid('', `${scenarioName}:${friendlyName}:${index}`).slice(0, 6).toUpperCase()}`,
          dateCreated: created,
          dateUpdated: created,
        })),
      },
    ]),
  );
  const tollFreeVerifications = (seed?.tollFreeVerifications ?? []).map((verification) => ({
    sid: stableSid('HH', `${scenarioName}:${verification.phoneNumber}:verification`),
    phoneNumber: verification.phoneNumber,
    status: verification.status,
    rejectionReason: verification.rejectionReason ?? null,
    errorCode: verification.status === 'TWILIO_REJECTED' ? 30509 : null,
    dateCreated: created,
    dateUpdated: created,
  }));
  return {
    registrations,
    tollFreeVerifications,
    carrierVerdicts: new Map(Object.entries(seed?.carrierVerdicts ?? {})),
  };
}

/** The sender's side: whether carriers take texts from this number at all (null: they do). */
function senderError(state: SandboxState, from: string): number | null {
  const parsed = readE164(from);
  if (!parsed) return null;
  if (parsed.type === 'TOLL_FREE') {
    const approved = state.delivery.tollFreeVerifications.some(
      (v) => v.phoneNumber === from && v.status === 'TWILIO_APPROVED',
    );
    return approved ? null : 30032;
  }
  if (!A2P_COUNTRIES.has(parsed.country ?? '')) return null;
  const service = state.messagingServices.find((candidate) => candidate.numbers.includes(from));
  const registration = service ? state.delivery.registrations.get(service.friendlyName) : undefined;
  if (!registration?.usAppToPersonRegistered) return 30034;
  if (registration.campaigns.some((campaign) => campaign.campaignStatus === 'VERIFIED')) return null;
  return registration.campaigns.some((campaign) => PENDING_CAMPAIGNS.has(campaign.campaignStatus)) ? 30024 : 30034;
}

/** The carrier's verdict on one text: null for delivered, else the error code. */
export function carrierVerdict(state: SandboxState, message: MessageRecord): number | null {
  const sender = senderError(state, message.from);
  if (sender !== null) return sender;
  const known = state.delivery.carrierVerdicts.get(message.to);
  if (known !== undefined) return known;
  return state.lookups.get(message.to)?.type === 'landline' ? 30006 : null;
}

/** Ends a text the way its carrier answers. */
export function settleMessage(state: SandboxState, message: MessageRecord): void {
  const code = carrierVerdict(state, message);
  const answeredAt = new Date(message.dateCreated.getTime() + CARRIER_SECONDS * 1000);
  message.dateUpdated = answeredAt;
  if (code === null) {
    message.status = 'delivered';
    return;
  }
  const error = CARRIER_ERRORS.get(code);
  message.status = error?.status ?? 'undelivered';
  message.errorCode = code;
  if (error && !error.sent) message.dateSent = null;
}

/** Moves every text the carrier has answered by `now` on from `queued`/`sent`; reads call this first. */
export function settleMessages(state: SandboxState, now: Date): void {
  for (const message of state.messages) {
    if (
      (message.status === 'sent' || message.status === 'queued') &&
      message.direction.startsWith('outbound') &&
      now.getTime() - message.dateCreated.getTime() >= CARRIER_SECONDS * 1000
    ) {
      settleMessage(state, message);
    }
  }
}
