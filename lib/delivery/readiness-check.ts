import { clip } from '../errors/clip';
import { InputError } from '../errors/input-error';
import { displayNumber, parsePhone } from '../phone/parse';
import { isoString } from '../time/dates';
import type { TwilioClient } from '../twilio/client';
import { orNullWhenNotFound } from '../twilio/error-table';
import type { Campaign, MessagingService } from '../twilio/messaging';
import { MESSAGING_SERVICE_SID } from '../twilio/sids';
import { judgeReadiness, type TextingReadiness } from './readiness';

/** Failures older than this no longer say anything about the number (contract: `recent_failures`). */
export const RECENT_FAILURE_DAYS = 7;

/**
 * Checks one business number in at most two round trips (contract: Texting readiness):
 * 1. the number, the account's Messaging Services, the number's texts of the last 7 days and, for a toll-free
 *    number, the toll-free verifications, together;
 * 2. each candidate service's numbers and campaigns, together (the named service only, when one is given).
 */
export async function checkTextingReadiness(
  twilio: TwilioClient,
  typedNumber: string,
  serviceSid: string | undefined,
  now = new Date(),
): Promise<TextingReadiness> {
  const parsed = parsePhone(typedNumber, 'US');
  if (!parsed)
    throw new InputError(
      `"${clip(typedNumber)}" is not a phone number. Pick one of your Twilio numbers in Business Number.`,
    );
  if (serviceSid !== undefined && !MESSAGING_SERVICE_SID.test(serviceSid)) {
    throw new InputError(
      `The Messaging Service SID should start with MG followed by 32 letters and digits, or be left blank (you entered "${clip(serviceSid)}").`,
    );
  }
  const tollFree = parsed.type === 'TOLL_FREE';
  const weekAgo = new Date(now.getTime() - RECENT_FAILURE_DAYS * 86_400_000);
  const [numbers, services, recentMessages, verifications] = await Promise.all([
    twilio.listNumbers({ PhoneNumber: parsed.e164 }),
    // A Twilio-compatible host without Messaging v1 (SignalWire's LaML API) answers 404: nothing to see there.
    orNullWhenNotFound(twilio.listMessagingServices()),
    twilio.listRecentMessages(weekAgo, { From: parsed.e164 }),
    tollFree ? orNullWhenNotFound(twilio.listTollFreeVerifications()) : Promise.resolve([]),
  ]);
  const number = numbers.find((candidate) => candidate.phone_number === parsed.e164);
  if (!number) {
    throw new InputError(
      `${displayNumber(parsed.e164, parsed.country)} is not a number in this Twilio account. Pick one of your Twilio numbers in Business Number.`,
    );
  }
  const given =
    serviceSid && services
      ? services.find((service) => service.sid.toLowerCase() === serviceSid.toLowerCase())
      : undefined;
  if (serviceSid && services && !given)
    throw new InputError(
      `${serviceSid} is not a Messaging Service in this Twilio account. Copy its SID from the Twilio Console (Messaging > Services), or leave it blank.`,
    );
  const candidates = given ? [given] : (services ?? []);
  const pools = await Promise.all(
    candidates.map(async (service) => {
      const [members, campaigns] = await Promise.all([
        twilio.listServiceNumbers(service.sid),
        twilio.listCampaigns(service.sid),
      ]);
      return { service, holds: members.some((member) => member.phone_number === parsed.e164), campaigns };
    }),
  );
  const holding: { service: MessagingService; campaigns: Campaign[] } | undefined = pools.find((pool) => pool.holds);
  const windowStart = isoString(weekAgo);
  return judgeReadiness({
    e164: parsed.e164,
    country: parsed.country,
    libType: parsed.type ?? 'UNKNOWN',
    smsCapable: number.sms_enabled,
    service: holding?.service ?? null,
    givenServiceSid: given && !holding ? given.sid : null,
    campaigns: holding?.campaigns ?? [],
    registrationUnseen: services === null || verifications === null,
    tollFreeVerification:
      (verifications ?? [])
        .filter(
          (verification) =>
            verification.tollfree_phone_number === parsed.e164 || verification.tollfree_phone_number_sid === number.sid,
        )
        .sort((a, b) => (b.date_updated ?? '').localeCompare(a.date_updated ?? ''))[0] ?? null,
    recentMessages: recentMessages.filter(
      (message) => (message.date_sent ?? message.date_created ?? '') >= windowStart,
    ),
    checkedAt: isoString(now),
  });
}
