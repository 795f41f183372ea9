import { CARRIER_SECONDS } from '../../sandbox/delivery';
import { perform } from '../app-operations';
import { table } from '../report-format';
import type { Item, Section } from './context';
import { dateAndTime } from './words';

const undeliveredTrigger = perform('triggers', 'text_back_undelivered');

/** The day's text-backs that never arrived (New Undelivered Text-Back), with the advice an owner acts on. */
export const undeliveredSection: Section = {
  title: 'Texts that did not arrive (New Undelivered Text-Back)',
  async run({ run, print, zone, sandbox }) {
    // Carriers answer a few seconds after a text is sent: move the sandbox's clock past today's last answers.
    sandbox.advanceClock(CARRIER_SECONDS * 1000 + 200);
    const items = (await run(undeliveredTrigger)) as Item[];
    if (items.length === 0) {
      print('Every text-back of the last 48 hours was delivered.');
      return;
    }
    print(
      table([
        ['Sent', 'From', 'To', 'What happened', 'Last call'],
        ...items.map((item) => [
          dateAndTime(item.sent_at, zone),
          String(item.from),
          String(item.to_national),
          `${String(item.failure_kind).replace(/_/g, ' ')}${item.fix_needed ? ' (your setup needs a fix)' : ''}`,
          item.last_call_at ? dateAndTime(item.last_call_at, zone) : '-',
        ]),
      ]),
    );
    print('\nWhat to do, one line per text:');
    for (const item of items) print(`- ${item.advice}`);
    const callBack = items.filter((item) => item.call_instead).length;
    const fixes = new Set(items.filter((item) => item.fix_needed).map((item) => item.from));
    print(
      `\n${items.length} text-backs did not arrive: ${callBack} customers to call instead; ${fixes.size} business numbers need fixing (${[...fixes].join(', ') || 'none'}).`,
    );
  },
};
