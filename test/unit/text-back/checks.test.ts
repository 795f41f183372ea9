import type { NumberHistory } from '../../../lib/history/number-history';
import { parsePhone } from '../../../lib/phone/parse';
import {
  accountCountryCheck,
  alreadySent,
  checkNumber,
  historyChecks,
  notTextable,
} from '../../../lib/text-back/checks';
import { withHistory } from '../../../lib/text-back/history';
import { resolveRequest } from '../../../lib/text-back/resolve';
import type { TextBackSettings } from '../../../lib/text-back/settings';
import type { LineType } from '../../../lib/twilio/client';
import {
  accountNumber,
  CALL_SID,
  CUSTOMER,
  call,
  history,
  MAIN_LINE,
  message,
  minutesAgo,
  NOW,
  reply,
  settings,
} from './records';

const SERVICE = { from: undefined, messagingServiceSid: `MG${'0'.repeat(32)}` };
const UK_MOBILE = '+447400123456';

describe('the number checks, before any request', () => {
  const verdict = (extra: Partial<TextBackSettings>) => {
    const checked = checkNumber(resolveRequest(settings(extra), { now: NOW }));
    return 'skip' in checked ? checked.skip : checked.customer.e164;
  };

  test.each([
    ['a valid number passes, as the customer', { to: '(512) 555-0142' }, CUSTOMER],
    ['words are no number', { to: 'call me' }, { reason: 'invalid_number', facts: { number: 'call me' } }],
    [
      'a withheld caller ID',
      { to: 'Anonymous' },
      { reason: 'not_textable', facts: { number: 'Anonymous', detail: 'the caller ID was withheld' } },
    ],
    [
      'a Twilio Client caller',
      { to: 'client:alice' },
      { reason: 'not_textable', facts: { number: 'client:alice', detail: 'the caller ID was withheld' } },
    ],
    [
      'a toll-free number',
      { to: '+18002752273' },
      { reason: 'not_textable', facts: { number: '(800) 275-2273', detail: 'toll-free number' } },
    ],
    [
      "a number outside the From number's country",
      { to: UK_MOBILE },
      {
        reason: 'country_not_allowed',
        facts: { number: '+44 7400 123456', country: 'GB', allowed: ['US'] },
      },
    ],
    ['a country the settings allow', { to: UK_MOBILE, allowedCountries: ['US', 'GB'] }, UK_MOBILE],
    [
      "through a Messaging Service alone the country waits for the account's numbers",
      { to: UK_MOBILE, ...SERVICE },
      UK_MOBILE,
    ],
  ] as [string, Partial<TextBackSettings>, unknown][])('%s', (_name, extra, expected) => {
    expect(verdict(extra)).toEqual(expected);
  });

  test('only premium-rate, toll-free and shared-cost numbers are kinds that cannot text', () => {
    const mobile = parsePhone('+15125550142')!;
    expect(notTextable(mobile)).toBeNull();
    expect(notTextable({ ...mobile, type: 'PREMIUM_RATE' })).toBe('premium-rate number');
    expect(notTextable({ ...mobile, type: 'SHARED_COST' })).toBe('shared-cost number');
    expect(notTextable({ ...mobile, type: 'constructor' as never })).toBeNull();
  });
});

/** The request after the history, for a row of settings and records. */
function seen(extra: Partial<TextBackSettings>, records: Partial<NumberHistory>, lineType?: LineType['line_type']) {
  const request = resolveRequest(settings(extra), { now: NOW });
  const checked = checkNumber(request);
  if (!('customer' in checked)) throw new Error(checked.skip.reason);
  return withHistory(request, checked.customer, {
    history: history(records),
    lineType: lineType ? ({ line_type: lineType } as LineType) : null,
    rememberedSid: null,
  });
}

describe("the country check that waits for the account's numbers", () => {
  test("through a Messaging Service alone, the account's own country is the one allowed", () => {
    const uk = { calls: [call(2, { from: UK_MOBILE })] };
    expect(accountCountryCheck(seen({ to: UK_MOBILE, ...SERVICE }, uk))).toEqual({
      reason: 'country_not_allowed',
      facts: { number: '+44 7400 123456', country: 'GB', allowed: ['US'] },
    });
    const ukAccount = { ...uk, accountNumbers: [accountNumber({ phone_number: '+442071838750' })] };
    expect(accountCountryCheck(seen({ to: UK_MOBILE, ...SERVICE }, ukAccount))).toBeNull();
  });

  test('countries already checked before the history are not checked again', () => {
    expect(accountCountryCheck(seen({}, { calls: [call(2)], accountNumbers: [] }))).toBeNull();
  });
});

describe('the record checks, in the contract order', () => {
  const shown = '(512) 555-0142';
  const callBack = call(5, {
    sid: `CA${'1'.repeat(32)}`,
    direction: 'outbound-api',
    from: MAIN_LINE,
    to: CUSTOMER,
    status: 'completed',
  });
  test.each([
    ['nothing against it', {}, { calls: [call(30)] }, undefined, null],
    [
      'opted out, before consent',
      {},
      { inboundMessages: [reply(600, 'STOP')] },
      undefined,
      { reason: 'opted_out', facts: { number: shown, at: minutesAgo(600), detail: 'STOP' } },
    ],
    ['no consent', {}, {}, undefined, { reason: 'no_consent', facts: { number: shown, hours: 72 } }],
    ['no consent needed', { requireCallerConsent: false }, {}, undefined, null],
    [
      'cooldown, before already connected',
      { callId: CALL_SID },
      { calls: [call(30), callBack], outboundMessages: [message(120)] },
      undefined,
      { reason: 'cooldown', facts: { number: shown, at: minutesAgo(120), hours: 24 } },
    ],
    [
      'a cooldown of 0 is off',
      { cooldownHours: 0 },
      { calls: [call(30)], outboundMessages: [message(120)] },
      undefined,
      null,
    ],
    [
      'already connected, before quiet hours',
      { callId: CALL_SID, quietHours: '10:00-12:00' },
      { calls: [call(90), callBack] },
      undefined,
      { reason: 'already_connected', facts: { number: shown, at: callBack.start_time } },
    ],
    [
      'quiet hours, before landline',
      { quietHours: '10:00-12:00' },
      { calls: [call(90)] },
      'landline',
      { reason: 'quiet_hours', facts: { number: shown, at: minutesAgo(90), detail: '10:00 AM to 12:00 PM' } },
    ],
    ['landline last', {}, { calls: [call(30)] }, 'landline', { reason: 'landline', facts: { number: shown } }],
    ['a mobile number', {}, { calls: [call(30)] }, 'mobile', null],
  ] as [string, Partial<TextBackSettings>, Partial<NumberHistory>, LineType['line_type'] | undefined, unknown][])(
    '%s',
    (_name, extra, records, lineType, expected) => {
      expect(historyChecks(seen(extra, records, lineType))).toEqual(expected);
    },
  );
});

describe('the text already sent for this call (a replay)', () => {
  const answer = message(25, { sid: `SM${'3'.repeat(32)}` });
  test.each([
    ['no call_id: never a replay', {}, [call(30)], [answer], null],
    ["call_id's call, then a text-back: that text", { callId: CALL_SID }, [call(30)], [answer], answer.sid],
    ['a text-back before the call answers an earlier one', { callId: CALL_SID }, [call(30)], [message(40)], null],
    [
      'called_at names the call of another phone system',
      { callId: 'aircall:1', calledAt: minutesAgo(30) },
      [],
      [answer],
      answer.sid,
    ],
    [
      'without a time, the consent call cannot tie a text to this call',
      { callId: 'aircall:1' },
      [call(30)],
      [answer],
      null,
    ],
    [
      "Twilio's STOP answer is no text-back",
      { callId: CALL_SID },
      [call(30)],
      [message(25, { direction: 'outbound-reply' })],
      null,
    ],
  ] as [string, Partial<TextBackSettings>, NumberHistory['calls'], NumberHistory['outboundMessages'], string | null][])(
    '%s',
    (_name, extra, calls, outboundMessages, expected) => {
      expect(alreadySent(seen({ cooldownHours: 0, ...extra }, { calls, outboundMessages }))?.sid ?? null).toBe(
        expected,
      );
    },
  );

  test("the cache's memory names the text when the log cannot", () => {
    const request = seen({ callId: 'aircall:1' }, { calls: [call(30)], outboundMessages: [message(900), answer] });
    expect(alreadySent({ ...request, rememberedSid: answer.sid })).toBe(answer);
    expect(alreadySent({ ...request, rememberedSid: `SM${'9'.repeat(32)}` })).toBeNull();
  });
});
