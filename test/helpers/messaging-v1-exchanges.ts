import { type SandboxAnswer, sandboxClient } from '../../sandbox/client';
import { FRAUD_BLOCKED_PHONE, TOLL_FREE_LINE, WEEKEND_LINE } from '../../sandbox/delivery-seed';
import type { Sandbox } from '../../sandbox/server';

/** The Messaging v1 operations the sandbox serves, as Twilio's spec names them. */
export const MESSAGING_V1_SERVED: Array<[file: string, method: string, template: string]> = [
  ['twilio_messaging_v1.json', 'get', '/v1/Services'],
  ['twilio_messaging_v1.json', 'get', '/v1/Services/{ServiceSid}/PhoneNumbers'],
  ['twilio_messaging_v1.json', 'get', '/v1/Services/{MessagingServiceSid}/Compliance/Usa2p'],
  ['twilio_messaging_v1.json', 'get', '/v1/Tollfree/Verifications'],
];

/**
 * Exchanges for the delivery side: Messaging v1 reads (every campaign state, paging, an unknown service) and the
 * 2010 messages that ended undelivered or failed (with `error_code`, `error_message`, `date_updated`).
 */
export function messagingV1Exchanges(sandbox: Sandbox): Array<[string, () => Promise<SandboxAnswer>]> {
  const client = sandboxClient(sandbox, { username: sandbox.accountSid, password: sandbox.authToken });
  const v1 = (path: string, query: Record<string, string> = {}) =>
    sandboxClient(
      { url: `${sandbox.url}`, accountSid: sandbox.accountSid },
      { username: sandbox.accountSid, password: sandbox.authToken },
    ).follow(`${path}${Object.keys(query).length ? `?${new URLSearchParams(query).toString()}` : ''}`);
  const services = sandbox.state.messagingServices;
  const tollFree = sandbox.state.numbers.find((number) => number.phoneNumber === TOLL_FREE_LINE)!;
  const undelivered = sandbox.state.messages.find(
    (message) => message.from === WEEKEND_LINE && message.status === 'undelivered',
  )!;
  const failed = sandbox.state.messages.find(
    (message) => message.to === FRAUD_BLOCKED_PHONE && message.status === 'failed',
  )!;
  return [
    ['services', () => v1('/v1/Services', { PageSize: '1000' })],
    ['services paged', () => v1('/v1/Services', { PageSize: '2', Page: '1', PageToken: 'PT1' })],
    ...services.map((service): [string, () => Promise<SandboxAnswer>] => [
      `sender pool of ${service.friendlyName}`,
      () => v1(`/v1/Services/${service.sid}/PhoneNumbers`, { PageSize: '1000' }),
    ]),
    ...services.map((service): [string, () => Promise<SandboxAnswer>] => [
      `campaigns of ${service.friendlyName}`,
      () => v1(`/v1/Services/${service.sid}/Compliance/Usa2p`, { PageSize: '1000' }),
    ]),
    ['campaigns of an unknown service', () => v1(`/v1/Services/MG${'0'.repeat(32)}/Compliance/Usa2p`)],
    ['toll-free verifications', () => v1('/v1/Tollfree/Verifications', { PageSize: '1000' })],
    [
      'toll-free verification of a number',
      () => v1('/v1/Tollfree/Verifications', { TollfreePhoneNumberSid: tollFree.sid, Status: 'IN_REVIEW' }),
    ],
    ['an undelivered text', () => client.get(`/Messages/${undelivered.sid}.json`)],
    ['a failed text without date_sent', () => client.get(`/Messages/${failed.sid}.json`)],
    ['messages from the weekend line', () => client.get('/Messages.json', { From: WEEKEND_LINE, PageSize: '1000' })],
  ];
}
