/**
 * Every integration rule (and the CONTRACT rule, less the keys still pending) over the real built app. The rules
 * themselves are shown to catch broken copies in integration-rules.test.ts and contract-rule.test.ts.
 */
import { app, contract, rule, rules } from '../helpers/broken-copies';
import { formatFindings, runChecks } from '../helpers/integration-rules';
import { PENDING_CONTRACT_KEYS } from './pending-keys';

describe('the built app', () => {
  const isPending = (finding: { id: string; where: string }) =>
    finding.id === 'CONTRACT' && Object.hasOwn(PENDING_CONTRACT_KEYS, finding.where);

  test.each(rules.map((check) => [check.id, check.title, check] as const))('%s: %s', (_id, _title, check) => {
    // An empty string on success; otherwise one readable line per problem in the failure diff.
    expect(formatFindings(runChecks(app, [check]).filter((finding) => !isPending(finding)))).toBe('');
  });

  (contract ? test : test.skip)('CONTRACT: every pending key is still missing (the pending list only shrinks)', () => {
    const missing = new Set(runChecks(app, [rule('CONTRACT')]).map((finding) => finding.where));
    const delivered = Object.keys(PENDING_CONTRACT_KEYS).filter((where) => !missing.has(where));
    expect(
      delivered.map(
        (where) =>
          `${where} exists now (issue ${PENDING_CONTRACT_KEYS[where]}): take it off test/contract/pending-keys.ts`,
      ),
    ).toEqual([]);
  });

  test('has every operation and field the checks look at', () => {
    expect(Object.keys(app.triggers ?? {})).toEqual(expect.arrayContaining(['phone_number', 'missed_call']));
    expect(Object.keys(app.creates ?? {})).toEqual(expect.arrayContaining(['send_text_back']));
  });
});
