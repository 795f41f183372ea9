import { createHmac } from 'node:crypto';
import { displayNumber } from '../../lib/phone/parse';
import { perform } from '../app-operations';
import type { Item, Section } from './context';
import { callerWords, missedReasonWords } from './words';

const findInWebhook = perform('searches', 'find_missed_call_in_webhook');

const SECRET = 'demo-zoom-secret-token';

/** A Zoom Phone `phone.callee_missed` delivery, signed as Zoom signs it, with headers as Catch Raw Hook shows them. */
function zoomDelivery(handupResult: string, secret: string) {
  const now = new Date();
  const body = JSON.stringify({
    event: 'phone.callee_missed',
    event_ts: now.getTime(),
    payload: {
      account_id: 'D8cJuqWVQ623CI4Q8yQK0Q',
      object: {
        call_id: '7196185539573491999',
        caller: { phone_number: '+15125550188', name: 'Morgan Lee', connection_type: 'pstn_off_net' },
        callee: { phone_number: '+15125550100', extension_number: 1001, extension_type: 'user' },
        ringing_start_time: new Date(now.getTime() - 40_000).toISOString(),
        handup_result: handupResult,
      },
    },
  });
  const timestamp = String(Math.floor(now.getTime() / 1000));
  const signature = `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
  const headers = [
    'Http-Content-Type: application/json',
    `Http-X-Zm-Request-Timestamp: ${timestamp}`,
    `Http-X-Zm-Signature: ${signature}`,
  ].join('\n');
  return { raw_body: body, headers };
}

/**
 * The public listing's path: Catch Raw Hook receives the phone system's webhook, and Find Missed Call in Webhook
 * reads it (the same rules and signature check as the static hook). A forged copy finds nothing.
 */
export const searchPathSection: Section = {
  title: 'A missed call through Catch Raw Hook (Find Missed Call in Webhook, for public listings)',
  async run({ run, print, zone }) {
    const inputData = { provider: 'zoom', webhook_secret: SECRET, timezone: zone };
    const deliveries = [
      ['Signed by Zoom', zoomDelivery('No Answer', SECRET)],
      ['Forged (wrong secret)', zoomDelivery('No Answer', 'guess')],
    ] as const;
    for (const [label, delivery] of deliveries) {
      const [item] = (await run(findInWebhook, { inputData: { ...inputData, ...delivery } })) as Item[];
      print(
        item
          ? `${label}: found. ${callerWords(item)} called ${displayNumber(String(item.business_number))}; ${missedReasonWords(item.missed_reason)}.`
          : `${label}: nothing found.`,
      );
    }
  },
};
