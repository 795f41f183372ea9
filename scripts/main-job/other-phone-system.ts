import { displayNumber } from '../../lib/phone/parse';
import { type Item, op, type Section } from './context';
import { callerWords, missedReasonWords } from './words';

export const otherPhoneSystemSection: Section = {
  title: 'A missed call from another phone system (Aircall webhook)',
  async run({ run, print }) {
    const now = Math.floor(Date.now() / 1000);
    const payload = {
      event: 'call.ended',
      resource: 'call',
      timestamp: now,
      token: 'demo',
      data: {
        id: 1843219572,
        direction: 'inbound',
        status: 'done',
        started_at: now - 60,
        answered_at: null,
        ended_at: now - 30,
        duration: 30,
        missed_call_reason: 'agents_did_not_answer',
        raw_digits: '+1 512-555-0177',
        number: { digits: '+1 512-555-0100' },
        voicemail: null,
      },
    };
    const rawRequest = {
      method: 'POST',
      querystring: '',
      headers: { 'Http-Content-Type': 'application/json' },
      content: JSON.stringify(payload),
    };
    const items = (await run(op.webhook, { inputData: { provider: 'auto' }, rawRequest })) as Item[];
    for (const item of items)
      print(
        `Aircall call ${item.call_id}: ${callerWords(item)} called ${displayNumber(String(item.business_number))}; ${missedReasonWords(item.missed_reason)}.`,
      );
    if (items.length === 0) print('No missed call in this delivery.');
  },
};
