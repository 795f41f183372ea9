import { FAILURE_KINDS, type FailureKind } from '../../lib/delivery/failure-kinds';
import {
  FRAUD_BLOCKED_PHONE,
  ROUND_ROCK_CALLER,
  SWITCHED_OFF_PHONE,
  WEEKEND_CALLERS,
  WEEKEND_LINE,
} from '../../sandbox/delivery-seed';
import { MAIN_LINE } from '../../sandbox/scenario';
import { sendMessage } from '../../sandbox/state';
import { perform, run, useSandbox } from '../helpers/app';

const sandbox = useSandbox();

type Item = Record<string, unknown>;
const poll = async (inputData: Record<string, unknown> = {}) =>
  (await run(sandbox(), perform('triggers', 'text_back_undelivered'), { inputData })) as Item[];
const minutesAgo = (minutes: number) => new Date(sandbox().clock().getTime() - minutes * 60_000);
let next = 100;
const freshCustomer = () => `+1630555${String(next++).padStart(4, '0')}`;

/** A missed call from a new customer and, a minute later, a text-back the carrier answers with `code`. */
function textBackEndingWith(code: number | null, options: { from?: string; minutes?: number } = {}): string {
  const customer = freshCustomer();
  const minutes = options.minutes ?? 30;
  sandbox().addMissedCall({ from: customer, to: MAIN_LINE, minutesAgo: minutes + 1 });
  if (code !== null) sandbox().state.delivery.carrierVerdicts.set(customer, code);
  const message = sendMessage(
    sandbox().state,
    {
      To: customer,
      From: options.from ?? MAIN_LINE,
      Body: 'Rapid Rooter Plumbing: sorry we missed you. Reply STOP to opt out.',
    },
    minutesAgo(minutes),
  );
  // A failure without any code (Twilio sometimes leaves it empty).
  if (code === null) Object.assign(message, { status: 'failed', dateUpdated: minutesAgo(minutes - 1) });
  return customer;
}

describe('New Undelivered Text-Back over the sandbox day', () => {
  test("the unregistered weekend line's blocked text-backs surface with advice and the call they answered", async () => {
    const items = await poll();
    const weekend = items.filter((item) => item.from === WEEKEND_LINE);
    expect(weekend.map((item) => item.to).sort()).toEqual([...WEEKEND_CALLERS].sort());
    for (const item of weekend) {
      const call = sandbox()
        .scenarioCalls()
        .find((entry) => entry.from === item.to)!;
      expect(item).toMatchObject({
        status: 'undelivered',
        error_code: 30034,
        error_message: 'Message from an Unregistered Number',
        failure_kind: 'not_registered',
        fix_needed: true,
        call_instead: true,
        last_call_id: call.sid,
        to_national: expect.stringMatching(/^\(512\) 555-016\d$/),
      });
      expect(item.advice).toContain(String(item.to_national));
      expect(item.advice).toMatch(/A2P 10DLC/);
      expect(Date.parse(String(item.last_call_at))).toBeLessThan(Date.parse(String(item.sent_at)));
      expect(Date.parse(String(item.failed_at))).toBeGreaterThan(Date.parse(String(item.sent_at)));
    }
  });

  test("the day's other failures: a switched-off phone, a campaign under review, and a text stopped before it was sent", async () => {
    const byCustomer = new Map((await poll()).map((item) => [item.to, item]));
    expect(byCustomer.get(SWITCHED_OFF_PHONE)).toMatchObject({
      failure_kind: 'unreachable',
      fix_needed: false,
      call_instead: true,
      from: MAIN_LINE,
    });
    expect(byCustomer.get(ROUND_ROCK_CALLER)).toMatchObject({
      failure_kind: 'registration_pending',
      error_code: 30024,
      fix_needed: true,
    });
    // Failed before sending: no date_sent, so only the undated query finds it; sent_at falls back to date_created.
    const blocked = sandbox().state.messages.find(
      (message) => message.to === FRAUD_BLOCKED_PHONE && message.direction === 'outbound-api',
    )!;
    expect(blocked.dateSent).toBeNull();
    expect(byCustomer.get(FRAUD_BLOCKED_PHONE)).toMatchObject({
      failure_kind: 'fraud_block',
      status: 'failed',
      sent_at: blocked.dateCreated.toISOString().replace(/\.\d{3}Z$/, 'Z'),
    });
  });

  test("delivered texts, replies and Twilio's STOP answers never trigger; items are newest first", async () => {
    const items = await poll();
    const sids = new Set(items.map((item) => item.id));
    const others = sandbox().state.messages.filter(
      (message) => message.direction !== 'outbound-api' || message.status === 'delivered',
    );
    expect(others.some((message) => sids.has(message.sid))).toBe(false);
    const times = items.map((item) => String(item.sent_at));
    expect(times).toEqual([...times].sort().reverse());
    expect(new Set(items.map((item) => item.id)).size).toBe(items.length);
  });

  const KINDS = (Object.keys(FAILURE_KINDS) as FailureKind[]).flatMap((kind) =>
    (FAILURE_KINDS[kind].codes.length ? FAILURE_KINDS[kind].codes : [30999, null]).map(
      (code): [FailureKind, number | null] => [kind, code],
    ),
  );
  test.each(KINDS)('failure_kind %s from error %p, with its advice and flags', async (kind, code) => {
    const customer = textBackEndingWith(code);
    const item = (await poll()).find((candidate) => candidate.to === customer);
    const row = FAILURE_KINDS[kind];
    expect(item).toMatchObject({
      failure_kind: kind,
      error_code: code,
      fix_needed: row.fixNeeded,
      call_instead: row.callInstead,
      last_call_id: expect.stringMatching(/^CA/),
    });
    expect(item!.advice).toContain(String(item!.to_national));
    expect(item!.advice).not.toMatch(/[{}]/);
  });

  test("the window is 48 hours; the customer's call counts only within 72 hours before the text", async () => {
    const old = textBackEndingWith(30003, { minutes: 49 * 60 });
    const recent = textBackEndingWith(30003, { minutes: 47 * 60 });
    const items = await poll();
    expect(items.some((item) => item.to === old)).toBe(false);
    expect(items.find((item) => item.to === recent)).toMatchObject({ failure_kind: 'unreachable' });
    const customer = freshCustomer();
    sandbox().addMissedCall({ from: customer, to: MAIN_LINE, minutesAgo: 73 * 60 + 10 });
    sandbox().state.delivery.carrierVerdicts.set(customer, 30006);
    sendMessage(
      sandbox().state,
      { To: customer, From: MAIN_LINE, Body: 'Rapid Rooter Plumbing here. Reply STOP to opt out.' },
      minutesAgo(60),
    );
    expect((await poll()).find((item) => item.to === customer)).toMatchObject({
      failure_kind: 'landline',
      last_call_at: null,
      last_call_id: null,
    });
  });

  test("business_number picks one line, without a lookup of the account's numbers", async () => {
    sandbox().resetRequests();
    const items = await poll({ business_number: '(512) 555-0105' });
    expect(items.length).toBe(2);
    expect(items.every((item) => item.from === WEEKEND_LINE)).toBe(true);
    expect(sandbox().requests.some((request) => request.path.endsWith('IncomingPhoneNumbers.json'))).toBe(false);
  });

  test('one poll is four requests: messages by day, recent messages, calls and numbers', async () => {
    sandbox().resetRequests();
    await poll();
    const asked = sandbox().requests.map(
      (request) =>
        `${request.path.split('/').pop()} ${Object.keys(request.query)
          .filter((key) => key !== 'PageSize')
          .join(',')}`,
    );
    expect(asked.sort()).toEqual([
      'Calls.json StartTime>',
      'IncomingPhoneNumbers.json ',
      'Messages.json ',
      'Messages.json DateSent>',
    ]);
    const byDay = sandbox().requests.find((request) => 'DateSent>' in request.query)!;
    expect(byDay.query['DateSent>']).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  test('the dated query asks for yesterday and today (UTC days), as the contract says; the undated one keeps the rest of the 48 hours', async () => {
    sandbox().resetRequests();
    await poll();
    const byDay = sandbox().requests.find((request) => 'DateSent>' in request.query)!;
    const yesterday = new Date(sandbox().clock().getTime() - 86_400_000).toISOString().slice(0, 10);
    expect(byDay.query['DateSent>']).toBe(yesterday);
  });

  test('a business number that is not a number is a plain error', async () => {
    await expect(poll({ business_number: 'weekend line' })).rejects.toThrow(/is not a phone number/);
  });

  test.each([
    ['a very long text', '5'.repeat(5000), /is not a phone number/],
    ['__proto__', '__proto__', /is not a phone number/],
    ['a list', ['+15125550105'], /single value, not a list/],
  ])('a hostile business number (%s) is a short plain error', async (_, typed, message) => {
    const error = await poll({ business_number: typed }).catch((caught: Error) => caught);
    expect(String(error)).toMatch(message);
    expect(String(error).length).toBeLessThan(600);
  });
});
