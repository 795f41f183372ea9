import { getExpectedTwilioSignature } from 'twilio/lib/webhooks/webhooks';
import { MAIN_LINE } from '../../sandbox/scenario';
import { perform, run, useSandbox, zapierRawRequest } from '../helpers/app';

const sandbox = useSandbox();
const ZAP_URL = 'https://hooks.zapier.com/hooks/standard/123456/abcdef/';

/** A status callback Twilio signed correctly (the account's own Auth Token), for a call the account does not know. */
function signedCallback(callSid: string) {
  const params = {
    AccountSid: sandbox().authData().account_sid,
    CallSid: callSid,
    CallStatus: 'no-answer',
    Direction: 'inbound',
    From: '+15125550123',
    To: MAIN_LINE,
  };
  const signature = getExpectedTwilioSignature(sandbox().authData().auth_token, ZAP_URL, params);
  return zapierRawRequest({
    body: new URLSearchParams(params).toString(),
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'X-Twilio-Signature': signature },
  });
}

test('a correctly signed callback for a Call SID the account does not know yields no item and no error', async () => {
  const subscribeData = { targetUrl: ZAP_URL, phone_number: MAIN_LINE };
  const items = run(sandbox(), perform('triggers', 'missed_call_instant'), {
    inputData: { business_number: MAIN_LINE },
    subscribeData,
    rawRequest: signedCallback('CA99999999999999999999999999999999'),
  } as never);
  await expect(items).resolves.toEqual([]);
});
