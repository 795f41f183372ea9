import { displayNumber } from '../../lib/phone/parse';
import { table } from '../report-format';
import { type Item, op, type Section } from './context';
import { duration } from './words';

const INTENT_WORDS: Readonly<Record<string, string>> = {
  opt_out: 'stop texting me',
  opt_in: 'texts welcome again',
  callback_request: 'please call me',
  other: 'a question or comment',
};
const CONSENT_WORDS: Readonly<Record<string, string>> = {
  implied_by_call: 'called recently',
  opted_out: 'opted out',
  expired: 'called too long ago',
  none: 'never called',
};
const words = (table_: Readonly<Record<string, string>>, code: unknown) =>
  typeof code === 'string' && Object.hasOwn(table_, code) ? table_[code] : String(code);

export const repliesSection: Section = {
  title: 'Replies (New Text Reply)',
  async run({ run, print }) {
    // The customers' texts came in during the replayed day, at their times.
    const items = (await run(op.reply)) as Item[];
    print(
      table([
        ['From', 'Message', 'Meaning', 'After the text-back'],
        ...items.map((item) => [
          displayNumber(String(item.from_number)),
          String(item.body).slice(0, 45),
          words(INTENT_WORDS, item.intent),
          item.minutes_since_text_back === null
            ? 'no text-back before it'
            : duration(Number(item.minutes_since_text_back) * 60),
        ]),
      ]),
    );
  },
};

export const consentSection: Section = {
  title: 'Consent records (Find Consent Record)',
  async run({ sandbox, run, print }) {
    const yesterday = sandbox.scenarioCalls().find((call) => call.key === 'yesterday-missed')?.from ?? '';
    const numbers = ['(512) 555-0123', '+1 512 555 0129', yesterday, '(512) 555-0199', '555-1234'];
    const rows: string[][] = [];
    for (const phone_number of numbers) {
      const [record] = (await run(op.consent, { inputData: { phone_number, consent_window_hours: 24 } })) as Item[];
      rows.push([
        phone_number,
        record
          ? `${record.can_text ? 'may text' : 'do not text'} (${words(CONSENT_WORDS, record.consent_status)})`
          : 'not a valid number',
        record ? String(record.reason) : '',
      ]);
    }
    print(table([['Number', 'Verdict', 'Why'], ...rows]));
  },
};
