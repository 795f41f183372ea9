import { isTeamAlert, isTextBack, latestTextBack, TEAM_ALERT_MARKER } from '../../../lib/history/text-backs';
import type { Message } from '../../../lib/twilio/resources';
import { messageRecord } from '../../helpers/twilio-records';

const message = (sid: string, direction: string, from: string, at: string, extra: Partial<Message> = {}): Message =>
  messageRecord(at, {
    sid,
    direction,
    from,
    to: '+15125550142',
    body: 'Rapid Rooter Plumbing: sorry we missed you',
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
    [
      'an alert to the team (Alert Team by Text), even to a number that once called',
      message('SM7', 'outbound-api', '+15125550100', '2026-11-29T10:00:00Z', {
        body: `${TEAM_ALERT_MARKER} missed call from (303) 555-0100`,
      }),
      false,
    ],
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

describe('a team alert is told apart by its first words, which no text-back begins with', () => {
  test.each([
    [`${TEAM_ALERT_MARKER} missed call from Dana`, true],
    [`${TEAM_ALERT_MARKER.toLowerCase()} missed call from Dana`, false],
    [`Hi! ${TEAM_ALERT_MARKER} is not at the start`, false],
    ['Team alert - missed call', false],
  ])('%s', (body, expected) => {
    expect(isTeamAlert(message('SM8', 'outbound-api', '+15125550100', '2026-11-29T10:00:00Z', { body }))).toBe(
      expected,
    );
  });

  test('an inbound text that starts with the marker is no alert', () => {
    const inbound = message('SM9', 'inbound', '+15125550142', '2026-11-29T10:00:00Z', { body: TEAM_ALERT_MARKER });
    expect(isTeamAlert(inbound)).toBe(false);
  });
});
