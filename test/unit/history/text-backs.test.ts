import { isTextBack, latestTextBack } from '../../../lib/history/text-backs';
import type { Message } from '../../../lib/twilio/resources';

const message = (sid: string, direction: string, from: string, at: string, extra: Partial<Message> = {}): Message => ({
  sid,
  direction,
  from,
  to: '+15125550142',
  body: 'Rapid Rooter Plumbing: sorry we missed you',
  status: 'delivered',
  date_sent: at,
  date_created: at,
  date_updated: at,
  error_code: null,
  error_message: null,
  num_segments: 1,
  messaging_service_sid: null,
  ...extra,
});

describe('one definition of a text-back', () => {
  test.each([
    ['from a number the account owns', message('SM1', 'outbound-api', '+15125550100', '2026-11-29T10:00:00Z'), true],
    [
      'from a number the account has since released',
      message('SM2', 'outbound-api', '+15125550177', '2026-11-29T10:00:00Z'),
      true,
    ],
    [
      'through a Messaging Service',
      message('SM3', 'outbound-api', '+15125550101', '2026-11-29T10:00:00Z', { messaging_service_sid: 'MG1' }),
      true,
    ],
    ["Twilio's automatic STOP answer", message('SM4', 'outbound-reply', '+15125550100', '2026-11-29T10:00:00Z'), false],
    [
      'an outbound call leg mislabelled as a message',
      message('SM5', 'outbound-dial', '+15125550100', '2026-11-29T10:00:00Z'),
      false,
    ],
    ["the customer's own text", message('SM6', 'inbound', '+15125550142', '2026-11-29T10:00:00Z'), false],
  ])('%s: %s', (_name, candidate, expected) => {
    expect(isTextBack(candidate)).toBe(expected);
  });

  test('the latest text-back before a time, from any number the account has or had', () => {
    const messages = [
      message('SM1', 'outbound-api', '+15125550100', '2026-11-29T10:00:00Z'),
      message('SM2', 'outbound-api', '+15125550177', '2026-11-29T11:00:00Z'),
      message('SM3', 'outbound-reply', '+15125550100', '2026-11-29T11:30:00Z'),
      message('SM4', 'outbound-api', '+15125550100', '2026-11-29T13:00:00Z'),
    ];
    expect(latestTextBack(messages)?.sid).toBe('SM4');
    expect(latestTextBack(messages, '2026-11-29T12:00:00Z')?.sid).toBe('SM2');
    expect(latestTextBack(messages, '2026-11-29T09:00:00Z')).toBeNull();
  });
});
