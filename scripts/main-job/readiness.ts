import { perform } from '../app-operations';
import { firstLine, table } from '../report-format';
import type { Item, Section } from './context';

const readinessSearch = perform('searches', 'find_texting_readiness');
const READY_WORDS: Readonly<Record<string, string>> = {
  yes: 'Ready',
  no: 'Not ready',
  unknown: 'Waiting for a review',
};

/** A readiness check of every business number (Check Texting Readiness), with each problem's fix. */
export const readinessSection: Section = {
  title: 'Can each business number text? (Check Texting Readiness)',
  async run({ run, print, sandbox }) {
    const rows: string[][] = [];
    const problems: string[] = [];
    for (const number of sandbox.state.numbers) {
      const name = `${number.friendlyName} ${number.phoneNumber}`;
      try {
        const [result] = (await run(readinessSearch, { inputData: { business_number: number.phoneNumber } })) as Item[];
        const ready = String(result.ready);
        rows.push([
          name,
          Object.hasOwn(READY_WORDS, ready) ? READY_WORDS[ready] : ready,
          String(result.number_type).replace(/_/g, ' '),
          String(result.campaign_status ?? result.toll_free_verification_status ?? '-'),
          String(result.recent_failures),
        ]);
        if (result.problems)
          problems.push(
            ...String(result.problems)
              .split('\n')
              .map((line) => `- ${number.friendlyName}: ${line}`),
          );
      } catch (error) {
        rows.push([name, 'Could not check', '', firstLine(error), '']);
      }
    }
    print(table([['Number', 'Texting', 'Kind', 'Campaign / verification', 'Failed texts (7 days)'], ...rows]));
    if (problems.length) print(`\nWhat to fix:\n${problems.join('\n')}`);
  },
};
