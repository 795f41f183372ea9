/** CONTRACT.md's "Additions" section read as the contract rule reads it: new operations and added fields. */
import { existsSync, readFileSync } from 'node:fs';
import { keyRun } from '../helpers/contract-additions';
import { CONTRACT_PATH, parseContract } from '../helpers/contract-parser';

describe('the Additions section', () => {
  const markdown = [
    '## Triggers',
    '### `missed_call` - "New Missed Call"',
    'Output: `id`, `caller_number`.',
    '### `text_reply` - "New Text Reply"',
    'Output: `id`.',
    '## Creates',
    '### `send_text_back` - "Send Text-Back"',
    'Inputs: `to`. Output: `id`.',
    '## Searches',
    '### `find_consent` - "Find Consent Record"',
    'Output: `consent_status`.',
    '## Additions (December 2026)',
    'Opt-outs',
    '- `opted_out_elsewhere` (new input on `send_text_back` and `find_consent`, string): an opt-out known',
    '  to another system.',
    '- Records last 13 months. Every `send_text_back` result and every `text_reply` item carries `record`: one',
    '  line ("a (SM...): b."), plus `kind` (`x`, `y`).',
    '- `find_consent` adds `source` (`twilio_log`, `elsewhere`) and says in `reason` why.',
    '- Missed-call items (every missed-call trigger) add `link` (a `tel:` URI; null), `transcript` (string/null)',
    '  and `transcript_status` (`none`).',
    '- `find_thing` - "Find Thing": input `call_id` (required: an `id`). Output (one record): `id`, `seen_at`.',
    '- `alert` - "Alert Team": tells. Inputs: `numbers` (required; up to 10), `note`. Output: `id`, `sent_to`.',
    '- `thing_unreturned` - "New Thing Not Returned" (polling): a call. Inputs: `wait_minutes`. Output: the',
    '  missed-call shape with `id` = the id + `:unreturned`, plus `minutes_waiting`.',
  ].join('\n');
  const parsed = parseContract(markdown);
  const operation = (key: string) => parsed.operations.find((candidate) => candidate.key === key);

  test.each([
    ['missed_call', 'triggers', [], ['id', 'caller_number', 'link', 'transcript', 'transcript_status']],
    ['text_reply', 'triggers', [], ['id', 'record', 'kind']],
    ['send_text_back', 'creates', ['to', 'opted_out_elsewhere'], ['id', 'record', 'kind']],
    ['find_consent', 'searches', ['opted_out_elsewhere'], ['consent_status', 'source']],
    ['find_thing', 'searches', ['call_id'], ['id', 'seen_at']],
    ['alert', 'creates', ['numbers', 'note'], ['id', 'sent_to']],
    [
      'thing_unreturned',
      'triggers',
      ['wait_minutes'],
      ['id', 'minutes_waiting', 'caller_number', 'link', 'transcript', 'transcript_status'],
    ],
  ])('%s gets its additions', (key, kind, inputs, outputs) => {
    expect(operation(key)).toMatchObject({ kind, inputs, outputs });
  });

  test('labels of new operations are read, and values in backquotes are not keys', () => {
    expect(operation('find_thing')?.label).toBe('Find Thing');
    expect(operation('thing_unreturned')?.outputs).not.toContain(':unreturned');
    expect(operation('find_consent')?.outputs).not.toContain('twilio_log');
  });

  test.each([
    ['`a` (x), `b` and `c`.', ['a', 'b', 'c']],
    ['`a` (one (nested) note), and `b` plus', ['a', 'b']],
    ['`a` and says `b`', ['a']],
    ['no keys `a`', []],
  ])('a run of keys: %s', (text, keys) => {
    expect(keyRun(text)).toEqual(keys);
  });
});

(existsSync(CONTRACT_PATH) ? test : test.skip)('the real Additions add the callback loop and the evidence keys', () => {
  const contract = parseContract(readFileSync(CONTRACT_PATH, 'utf8'));
  const keys = contract.operations.map(({ kind, key }) => `${kind}.${key}`);
  expect(keys).toEqual(
    expect.arrayContaining(['searches.find_voicemail', 'creates.send_team_alert', 'triggers.missed_call_unreturned']),
  );
  const sendTextBack = contract.operations.find(({ key }) => key === 'send_text_back')!;
  expect(sendTextBack.inputs).toContain('opted_out_elsewhere');
  expect(sendTextBack.outputs).toEqual(expect.arrayContaining(['evidence_record', 'evidence_kind']));
});
