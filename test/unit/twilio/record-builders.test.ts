import { type Call, type Message, toCall, toMessage } from '../../../lib/twilio/resources';
import { rfc2822OrNull } from '../../../sandbox/format';
import { OPENAPI_AVAILABLE, validateResponse } from '../../helpers/openapi';
import { callRecord, inboundMessageRecord, messageRecord } from '../../helpers/twilio-records';

/**
 * The tests' Call and Message builders build what the app would read from a Twilio answer: each record, written
 * back as Twilio's JSON, fits Twilio's OpenAPI and is read by the app's own parser into the same record.
 */
const contract = OPENAPI_AVAILABLE ? describe : describe.skip;
const ACCOUNT = `AC${'a'.repeat(32)}`;
const AT = '2026-11-30T16:55:00Z';
const date = (iso: string | null) => rfc2822OrNull(iso === null ? null : new Date(iso));

/** The JSON Twilio sends for a record (RFC 2822 dates, counts as strings, `duration` instead of seconds). */
const callJson = ({ duration_seconds, ...call }: Call) => ({
  ...call,
  account_sid: ACCOUNT,
  start_time: date(call.start_time),
  end_time: date(call.end_time),
  duration: duration_seconds === null ? null : String(duration_seconds),
});
const messageJson = (message: Message) => ({
  ...message,
  account_sid: ACCOUNT,
  date_sent: date(message.date_sent),
  date_created: date(message.date_created),
  date_updated: date(message.date_updated),
  num_segments: message.num_segments === null ? null : String(message.num_segments),
});

const calls: [string, Call][] = [
  ['an unanswered call', callRecord(AT)],
  [
    'an answered forwarded leg',
    callRecord(AT, { direction: 'outbound-dial', status: 'completed', duration_seconds: 42 }),
  ],
];
const messages: [string, Message][] = [
  ['a delivered text-back', messageRecord(AT)],
  ['a reply', inboundMessageRecord(AT, 'YES')],
  [
    'an undelivered text',
    messageRecord(AT, { status: 'undelivered', error_code: 30034, error_message: 'Unregistered' }),
  ],
];

contract("the records fit Twilio's JSON", () => {
  test.each(calls)('%s', (_what, call) => {
    expect(
      validateResponse('GET', `/2010-04-01/Accounts/${ACCOUNT}/Calls/${call.sid}.json`, 200, callJson(call)).errors,
    ).toEqual([]);
  });
  test.each(messages)('%s', (_what, message) => {
    const path = `/2010-04-01/Accounts/${ACCOUNT}/Messages/${message.sid}.json`;
    expect(validateResponse('GET', path, 200, messageJson(message)).errors).toEqual([]);
  });
  test('a record Twilio could not send is caught (the check can fail)', () => {
    const path = `/2010-04-01/Accounts/${ACCOUNT}/Messages/SM1.json`;
    const bad = messageJson(messageRecord(AT, { sid: 'SM1', status: 'sent-ish' }));
    expect(validateResponse('GET', path, 200, bad).errors).not.toEqual([]);
  });
});

describe("the app's parser reads them back unchanged", () => {
  test.each(calls)('%s', (_what, call) => {
    expect(toCall(callJson(call))).toEqual(call);
  });
  test.each(messages)('%s', (_what, message) => {
    expect(toMessage(messageJson(message))).toEqual(message);
  });
});

test('each record gets a SID of its own', () => {
  const sids = [callRecord(AT).sid, callRecord(AT).sid, messageRecord(AT).sid, messageRecord(AT).sid];
  expect(new Set(sids).size).toBe(4);
});
