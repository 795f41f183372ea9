import { lastCallBefore, undeliveredTextBacks } from '../../../lib/delivery/undelivered';
import type { Call, Message } from '../../../lib/twilio/resources';
import { callRecord, messageRecord } from '../../helpers/twilio-records';

const MAIN = '+15125550100';
const OTHER = '+15125550101';
const NOW = new Date('2026-11-29T12:00:00Z');
const WINDOW_START = new Date(NOW.getTime() - 48 * 3_600_000);

const text = (to: string, at: string, extra: Partial<Message> = {}): Message =>
  messageRecord(at, {
    from: MAIN,
    to,
    body: 'Rapid Rooter: sorry we missed you',
    status: 'undelivered',
    error_code: 30034,
    error_message: 'Message from an Unregistered Number',
    ...extra,
  });
const call = (from: string, at: string, extra: Partial<Call> = {}): Call =>
  callRecord(at, { from, to: MAIN, ...extra });
const all = { businessNumbers: [MAIN, OTHER], wholeAccount: true };

test.each<[string, Partial<Message>, boolean]>([
  ['undelivered', {}, true],
  ['failed', { status: 'failed' }, true],
  ['delivered', { status: 'delivered', error_code: null }, false],
  ['sent', { status: 'sent', error_code: null }, false],
  ['an automatic STOP answer', { direction: 'outbound-reply' }, false],
  ["a customer's text", { direction: 'inbound' }, false],
  ['from a number not picked', { from: '+15125550199' }, false],
])('a text-back that is %s: emitted %s', (_, extra, emitted) => {
  const message = text('+15125550160', '2026-11-29T10:00:00Z', extra);
  expect(undeliveredTextBacks([message], [], all, WINDOW_START).length).toBe(emitted ? 1 : 0);
});

test('the 48-hour window, newest first, each SID once (the two queries overlap)', () => {
  const inside = text('+15125550160', '2026-11-27T12:00:01Z');
  const outside = text('+15125550161', '2026-11-27T11:59:59Z');
  const newest = text('+15125550162', '2026-11-29T11:00:00Z');
  const items = undeliveredTextBacks([inside, outside, newest, { ...inside }], [], all, WINDOW_START);
  expect(items.map((item) => item.id)).toEqual([newest.sid, inside.sid]);
});

test('a failed text without date_sent counts from date_created; failed_at is date_updated', () => {
  const message = text('+15125550160', '2026-11-29T10:00:00Z', {
    status: 'failed',
    date_sent: null,
    error_code: 30450,
    date_updated: '2026-11-29T10:00:04Z',
  });
  expect(undeliveredTextBacks([message], [], all, WINDOW_START)[0]).toMatchObject({
    sent_at: '2026-11-29T10:00:00Z',
    failed_at: '2026-11-29T10:00:04Z',
    failure_kind: 'fraud_block',
    status: 'failed',
  });
});

test('the whole shape, with the Messaging Service SID when no number was given', () => {
  const message = text('+15125550160', '2026-11-29T10:00:00Z', {
    from: '',
    messaging_service_sid: `MG${'a'.repeat(32)}`,
  });
  const [item] = undeliveredTextBacks([message], [], all, WINDOW_START);
  expect(item).toEqual({
    id: message.sid,
    message_sid: message.sid,
    to: '+15125550160',
    to_national: '(512) 555-0160',
    from: `MG${'a'.repeat(32)}`,
    body: message.body,
    status: 'undelivered',
    error_code: 30034,
    error_message: 'Message from an Unregistered Number',
    failure_kind: 'not_registered',
    advice: expect.stringContaining('(512) 555-0160'),
    fix_needed: true,
    call_instead: true,
    sent_at: '2026-11-29T10:00:00Z',
    failed_at: '2026-11-29T10:00:00Z',
    last_call_at: null,
    last_call_id: null,
  });
  expect(undeliveredTextBacks([message], [], { businessNumbers: [MAIN], wholeAccount: false }, WINDOW_START)).toEqual(
    [],
  );
});

test("a customer abroad: to_national is their number in national format, like the missed call's caller_number_national", () => {
  const [item] = undeliveredTextBacks(
    [text('+442079460018', '2026-11-29T10:00:00Z', { error_code: 30006 })],
    [],
    all,
    WINDOW_START,
  );
  expect(item).toMatchObject({
    to_national: '020 7946 0018',
    failure_kind: 'landline',
    advice: expect.stringContaining('020 7946 0018'),
  });
});

describe("the customer's latest call before the text, within 72 hours", () => {
  const CUSTOMER = '+15125550160';
  const AT = '2026-11-29T10:00:00Z';
  test.each<[string, Call[], number | null]>([
    [
      'the latest inbound call before the text',
      [call(CUSTOMER, '2026-11-29T09:00:00Z'), call(CUSTOMER, '2026-11-29T09:58:00Z')],
      1,
    ],
    ['not a call after the text', [call(CUSTOMER, '2026-11-29T10:05:00Z')], null],
    ['not a call older than 72 hours', [call(CUSTOMER, '2026-11-26T09:59:00Z')], null],
    ['a call just inside 72 hours', [call(CUSTOMER, '2026-11-26T10:00:00Z')], 0],
    ['not the business calling out', [call(CUSTOMER, '2026-11-29T09:00:00Z', { direction: 'outbound-api' })], null],
    [
      'not a forwarded leg',
      [call(CUSTOMER, '2026-11-29T09:00:00Z', { parent_call_sid: 'CA1', direction: 'inbound' })],
      null,
    ],
    ['not another caller', [call('+15125550161', '2026-11-29T09:00:00Z')], null],
  ])('%s', (_, calls, index) => {
    expect(lastCallBefore(calls, CUSTOMER, AT)).toBe(index === null ? null : calls[index]);
    const [item] = undeliveredTextBacks([text(CUSTOMER, AT)], calls, all, WINDOW_START);
    expect(item.last_call_id).toBe(index === null ? null : calls[index].sid);
  });
});
