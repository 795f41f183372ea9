import type { HookSubscription } from '../../lib/missed-calls/status-callback';
import { EXISTING_STATUS_CALLBACK, MAIN_LINE, TRACKING_LINE } from '../../sandbox/scenario';
import { perform, run, useSandbox } from '../helpers/app';

/**
 * Unsubscribing puts the saved callback back only while the number still points at this Zap (contract,
 * "Instant trigger (additions)"): a callback another Zap or a person set since is left alone.
 */
const sandbox = useSandbox();
const ZAP_A = 'https://hooks.zapier.com/hooks/standard/111111/zap-a/';
const ZAP_B = 'https://hooks.zapier.com/hooks/standard/222222/zap-b/';

const numberRecord = (e164: string) => sandbox().state.numbers.find((number) => number.phoneNumber === e164)!;
const subscribe = (targetUrl: string, business_number: string) =>
  run(sandbox(), perform('triggers', 'missed_call_instant', 'performSubscribe'), {
    inputData: { business_number, replace_existing_callback: 'true' },
    targetUrl,
  }) as Promise<HookSubscription>;
const unsubscribe = (subscribeData: object) =>
  run(sandbox(), perform('triggers', 'missed_call_instant', 'performUnsubscribe'), { inputData: {}, subscribeData });

test('turning off one Zap does not unhook another Zap that took the number since', async () => {
  const zapA = await subscribe(ZAP_A, TRACKING_LINE);
  expect(zapA.previousStatusCallback).toBe(EXISTING_STATUS_CALLBACK);
  await subscribe(ZAP_B, TRACKING_LINE);
  expect(numberRecord(TRACKING_LINE).statusCallback).toBe(ZAP_B);

  await unsubscribe(zapA);
  expect(numberRecord(TRACKING_LINE).statusCallback).toBe(ZAP_B);
});

test('a callback a person set by hand since subscribing is left alone', async () => {
  const subscribeData = await subscribe(ZAP_A, MAIN_LINE);
  const record = numberRecord(MAIN_LINE);
  record.statusCallback = 'https://crm.example.com/twilio/calls';
  record.statusCallbackMethod = 'GET';

  await unsubscribe(subscribeData);
  expect(numberRecord(MAIN_LINE)).toMatchObject({
    statusCallback: 'https://crm.example.com/twilio/calls',
    statusCallbackMethod: 'GET',
  });
});

test('while the number still points at this Zap, the saved callback comes back', async () => {
  const record = numberRecord(MAIN_LINE);
  record.statusCallback = EXISTING_STATUS_CALLBACK;
  record.statusCallbackMethod = 'GET';
  const subscribeData = await subscribe(ZAP_A, MAIN_LINE);
  expect(record.statusCallback).toBe(ZAP_A);

  sandbox().resetRequests();
  await unsubscribe(subscribeData);
  expect(numberRecord(MAIN_LINE)).toMatchObject({
    statusCallback: EXISTING_STATUS_CALLBACK,
    statusCallbackMethod: 'GET',
  });
  // One read of the number, one update.
  expect(sandbox().requests.map((request) => request.method)).toEqual(['GET', 'POST']);
});
