import { MAIN_LINE } from '../../sandbox/scenario';
import { perform, run, useSandbox } from '../helpers/app';

/**
 * Instant trigger: perform verifies X-Twilio-Signature (contract), whether the callback's parameters reach it as
 * raw form content or, with the raw request holding only headers, as the body Zapier parsed (`cleanedRequest`).
 * Twilio signs the parameters, not the bytes, so both prove the same.
 */
const sandbox = useSandbox();
const ZAP_URL = 'https://hooks.zapier.com/hooks/standard/123456/abcdef/';

const deliver = (cleanedRequest: Record<string, string>, headers: Record<string, string>) =>
  run(sandbox(), perform('triggers', 'missed_call_instant'), {
    inputData: { business_number: MAIN_LINE },
    subscribeData: { targetUrl: ZAP_URL, phone_number: MAIN_LINE },
    cleanedRequest,
    rawRequest: { method: 'POST', headers, querystring: '' },
  } as never) as Promise<Record<string, unknown>[]>;

test('a signed callback whose parameters come as the parsed body yields its missed call', async () => {
  const sid = sandbox().callSid('forwarded-no-answer');
  const { params, headers } = sandbox().statusCallbackRequest(sid, ZAP_URL);
  const prefixed = Object.fromEntries(Object.entries(headers).map(([name, value]) => [`Http-${name}`, value]));
  expect(await deliver(params, prefixed)).toEqual([expect.objectContaining({ id: sid, missed_reason: 'no_answer' })]);
});

test('the same parsed body altered, or unsigned, yields nothing', async () => {
  const sid = sandbox().callSid('forwarded-no-answer');
  const { params, headers } = sandbox().statusCallbackRequest(sid, ZAP_URL);
  expect(await deliver({ ...params, From: '+15125550199' }, headers)).toEqual([]);
  expect(await deliver(params, {})).toEqual([]);
});
