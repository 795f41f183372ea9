/**
 * One letter case rule (ARCHITECTURE.md): Twilio's records (`lib/twilio/`) and the contract's outputs are
 * snake_case, every other record inside the core is camelCase. A new output type of an operation joins the list
 * below; an internal record with a snake_case key is the drift this test catches.
 */
import { join } from 'node:path';
import { readLib } from '../helpers/import-graph';
import { snakeCaseKeys } from '../helpers/letter-case';

/** The core's types that are (parts of) an operation's output, so their keys are the contract's. */
const CONTRACT_OUTPUTS = new Set([
  'lib/consent/consent-record.ts: ConsentRecord', // find_consent
  'lib/delivery/readiness.ts: TextingReadiness', // check_texting_readiness
  'lib/delivery/undelivered.ts: UndeliveredTextBack', // text_back_undelivered
  'lib/missed-calls/item.ts: MissedCall', // every missed-call trigger
  'lib/missed-calls/after-hours.ts: TimedItem', // the missed-call item's after_hours
  'lib/phone/parse.ts: CallerIdentity', // the missed-call item's caller_* keys
  'lib/phone/business-number.ts: BusinessNumber', // the Business Number dropdown
  'lib/providers/types.ts: WebhookMissedCall', // missed_call_webhook
  'lib/replies/poll.ts: TextReply', // text_reply
  'lib/reports/recovery-report.ts: RecoveryReport', // recovery_report
  'lib/text-back/result.ts: TextBackResult', // send_text_back
  'lib/unreturned/poll.ts: UnreturnedCall', // missed_call_unreturned
  'lib/text-back/evidence-record.ts: TextBackEvidence', // send_text_back's evidence_record, evidence_kind
]);

const internalSnakeCase = (files: Map<string, string>) =>
  [...snakeCaseKeys(files)]
    .filter(([type]) => !type.startsWith('lib/twilio/') && !CONTRACT_OUTPUTS.has(type))
    .map(([type, keys]) => `${type} (${keys.join(', ')})`);

describe('the letter case check', () => {
  it('finds snake_case keys in an internal interface and in an object type, unions included', () => {
    const files = new Map([
      ['lib/consent/state.ts', 'export interface State { optedOut: boolean; opted_out_at: string | null }'],
      [
        'lib/missed-calls/verdict.ts',
        "export type Verdict = { verdict: 'x' } | { verdict: 'y'; missed_reason: string };",
      ],
      ['lib/twilio/resources.ts', 'export interface Call { start_time: string }'],
      ['lib/reports/recovery-report.ts', 'export interface RecoveryReport { period_start: string }'],
    ]);
    expect(internalSnakeCase(files)).toEqual([
      'lib/consent/state.ts: State (opted_out_at)',
      'lib/missed-calls/verdict.ts: Verdict (missed_reason)',
    ]);
  });

  it('knows every listed output type (a renamed one would leave a stale line)', () => {
    const declared = new Set(snakeCaseKeys(readLib(join(__dirname, '../..'))).keys());
    expect([...CONTRACT_OUTPUTS].filter((type) => !declared.has(type))).toEqual([]);
  });
});

test('records inside the core are camelCase; only Twilio records and contract outputs are snake_case', () => {
  expect(internalSnakeCase(readLib(join(__dirname, '../..')))).toEqual([]);
});
