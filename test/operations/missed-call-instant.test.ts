import type { HookSubscription } from '../../lib/missed-calls/status-callback';
import {
  EMERGENCY_LINE,
  EXISTING_STATUS_CALLBACK,
  MAIN_LINE,
  OFFICE_APP_LINE,
  TRACKING_LINE,
} from '../../sandbox/scenario';
import { perform, run, type TestBundle, useSandbox, zapierRawRequest } from '../helpers/app';

const sandbox = useSandbox();
const ZAP_URL = 'https://hooks.zapier.com/hooks/standard/123456/abcdef/';

const numberRecord = (e164: string) => sandbox().state.numbers.find((number) => number.phoneNumber === e164)!;
const callbackOf = (e164: string) => ({
  url: numberRecord(e164).statusCallback,
  method: numberRecord(e164).statusCallbackMethod,
});
const subscribe = (business_number: string, extra: Record<string, unknown> = {}) =>
  run(sandbox(), perform('triggers', 'missed_call_instant', 'performSubscribe'), {
    inputData: { business_number, ...extra },
    targetUrl: ZAP_URL,
  }) as Promise<HookSubscription>;

describe('subscribe and unsubscribe leave the number as it was', () => {
  test('a plain number: points at the Zap, then back to nothing', async () => {
    const before = callbackOf(MAIN_LINE);
    const subscribeData = await subscribe('(512) 555-0100');
    expect(subscribeData).toMatchObject({ targetUrl: ZAP_URL, phoneNumber: MAIN_LINE });
    expect(callbackOf(MAIN_LINE).url).toBe(ZAP_URL);
    await run(sandbox(), perform('triggers', 'missed_call_instant', 'performUnsubscribe'), {
      inputData: {},
      subscribeData,
    });
    expect(callbackOf(MAIN_LINE).url || null).toBe(before.url || null);
  });

  test("another app's callback is refused unless replacing is allowed, then restored", async () => {
    await expect(subscribe(TRACKING_LINE)).rejects.toThrow(/already sends call notifications to https:\/\/calltracker/);
    expect(callbackOf(TRACKING_LINE).url).toBe(EXISTING_STATUS_CALLBACK);
    const before = callbackOf(TRACKING_LINE);
    const subscribeData = await subscribe(TRACKING_LINE, { replace_existing_callback: 'true' });
    expect(callbackOf(TRACKING_LINE).url).toBe(ZAP_URL);
    await run(sandbox(), perform('triggers', 'missed_call_instant', 'performUnsubscribe'), {
      inputData: {},
      subscribeData,
    });
    expect(callbackOf(TRACKING_LINE)).toEqual(before);
  });

  test('a number already pointing at this Zap subscribes fine and is cleared on unsubscribe', async () => {
    const first = await subscribe(EMERGENCY_LINE);
    const again = await subscribe(EMERGENCY_LINE);
    expect(again.previousStatusCallback).toBeNull();
    await run(sandbox(), perform('triggers', 'missed_call_instant', 'performUnsubscribe'), {
      inputData: {},
      subscribeData: again,
    });
    expect(callbackOf(EMERGENCY_LINE).url || null).toBe(first.previousStatusCallback || null);
  });

  test('a number run by a TwiML App is refused with the reason', async () => {
    await expect(subscribe(OFFICE_APP_LINE)).rejects.toThrow(/TwiML App/);
  });

  test('a SIP trunk number is refused with the reason', async () => {
    await expect(subscribe('+15125550104')).rejects.toThrow(/SIP trunk/);
  });

  test("an API key connection is refused: it cannot check Twilio's signatures", async () => {
    const s = sandbox();
    await expect(
      run(s, perform('triggers', 'missed_call_instant', 'performSubscribe'), {
        authData: { ...s.authData(), api_key_sid: s.apiKeySid, auth_token: s.apiKeySecret },
        inputData: { business_number: MAIN_LINE },
        targetUrl: ZAP_URL,
      }),
    ).rejects.toThrow(/Auth Token/);
  });

  test('a number deleted meanwhile unsubscribes without error', async () => {
    const subscribeData = {
      targetUrl: ZAP_URL,
      number_sid: 'PN00000000000000000000000000000000',
      phone_number: MAIN_LINE,
      previous_status_callback: null,
      previous_status_callback_method: null,
    };
    await expect(
      run(sandbox(), perform('triggers', 'missed_call_instant', 'performUnsubscribe'), {
        inputData: {},
        subscribeData,
      }),
    ).resolves.toEqual({});
  });
});

describe('perform: signed callbacks only', () => {
  const subscribeData = () => ({
    targetUrl: ZAP_URL,
    number_sid: numberRecord(MAIN_LINE).sid,
    phone_number: MAIN_LINE,
    previous_status_callback: null,
    previous_status_callback_method: null,
  });
  const deliver = (rawRequest: TestBundle['rawRequest'], inputData: Record<string, unknown> = {}) =>
    run(sandbox(), perform('triggers', 'missed_call_instant'), {
      inputData: { business_number: MAIN_LINE, ...inputData },
      subscribeData: subscribeData(),
      rawRequest,
    }) as Promise<Record<string, unknown>[]>;

  test('a signed callback for a missed call yields one item, classified from its forwarded legs', async () => {
    const sid = sandbox().callSid('forwarded-no-answer');
    const items = await deliver(zapierRawRequest(sandbox().statusCallbackRequest(sid, ZAP_URL)));
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({
      id: sid,
      call_id: sid,
      provider: 'twilio',
      missed_reason: 'no_answer',
      business_number: MAIN_LINE,
    });
  });

  test('a signed callback for an answered call yields nothing', async () => {
    const sid = sandbox().callSid('answered-on-cell');
    expect(await deliver(zapierRawRequest(sandbox().statusCallbackRequest(sid, ZAP_URL)))).toEqual([]);
  });

  test('voicemail follows count_voicemail_as_missed', async () => {
    const sid = sandbox().callSid('voicemail');
    const request = zapierRawRequest(sandbox().statusCallbackRequest(sid, ZAP_URL));
    expect((await deliver(request))[0]).toMatchObject({ missed_reason: 'voicemail', voicemail: true });
    expect(await deliver(request, { count_voicemail_as_missed: 'false' })).toEqual([]);
  });

  test.each([
    [
      'forged signature',
      (r: ReturnType<typeof zapierRawRequest>) => ({
        ...r,
        headers: { ...r.headers, 'Http-X-Twilio-Signature': 'bm90IGEgc2lnbmF0dXJl' },
      }),
    ],
    ['unsigned', (r: ReturnType<typeof zapierRawRequest>) => ({ ...r, headers: {} })],
    [
      'tampered body',
      (r: ReturnType<typeof zapierRawRequest>) => ({
        ...r,
        content: r.content.replace('CallStatus=completed', 'CallStatus=no-answer'),
      }),
    ],
    ['signed for another URL', (r: ReturnType<typeof zapierRawRequest>) => r],
    ['no raw request', () => undefined],
  ])('%s yields no item', async (situation, mangle) => {
    const sid = sandbox().callSid('forwarded-no-answer');
    const url = situation === 'signed for another URL' ? 'https://evil.example.com/hook' : ZAP_URL;
    const request = zapierRawRequest(sandbox().statusCallbackRequest(sid, url));
    sandbox().resetRequests();
    expect(await deliver(mangle(request))).toEqual([]);
    expect(sandbox().requests).toEqual([]);
  });

  test('a delivery for real over HTTP carries a signature the trigger accepts', async () => {
    const sid = sandbox().callSid('caller-busy');
    const request = sandbox().statusCallbackRequest(sid, ZAP_URL);
    expect(request.headers['X-Twilio-Signature']).toBeTruthy();
    expect(await deliver(zapierRawRequest(request))).toEqual([expect.objectContaining({ missed_reason: 'busy' })]);
  });

  test('performList returns recent missed calls for the sample', async () => {
    const items = (await run(sandbox(), perform('triggers', 'missed_call_instant', 'performList'), {
      inputData: { business_number: MAIN_LINE },
    })) as Record<string, unknown>[];
    expect(items).toHaveLength(3);
    expect(items.every((item) => item.business_number === MAIN_LINE)).toBe(true);
  });
});

test('a signed callback without a subscribed number uses the number the caller dialled', async () => {
  const sid = sandbox().callSid('caller-busy');
  const request = zapierRawRequest(sandbox().statusCallbackRequest(sid, ZAP_URL));
  const items = (await run(sandbox(), perform('triggers', 'missed_call_instant'), {
    inputData: {},
    subscribeData: { targetUrl: ZAP_URL },
    rawRequest: request,
  })) as Record<string, unknown>[];
  expect(items).toEqual([expect.objectContaining({ id: sid, missed_reason: 'busy' })]);
});
