/** CONTRACT.md read as the contract rule reads it, and the rule shown to catch broken copies of the app. */
import { type AppDefinition, staticFields } from '../helpers/app-loader';
import { authField, contract, key, newProblems, op, rule, withoutInput, withoutOutput } from '../helpers/broken-copies';
import { CONTRACT_PATH, parseContract } from '../helpers/contract-parser';

describe('CONTRACT.md parsing', () => {
  const markdown = [
    '## Authentication (type `custom`)',
    '| key | label | required | meaning |',
    '|---|---|---|---|',
    '| `account_sid` | Account SID | yes | `AC` + 32 hex |',
    '## Triggers',
    '### `thing` - "New Thing" (polling)',
    'Inputs:',
    '| key | type | default | meaning |',
    '|---|---|---|---|',
    '| `a`, `b` | string | `x` | e.g. `not_a_key` |',
    '',
    'Output - one item per thing:',
    '| key | type | meaning |',
    '|---|---|---|',
    '| `id` | string | the `sid` |',
    '### `missed_call`',
    'Output: `id`, `e`.',
    '### `thing_instant` - "New Thing (Instant)"',
    'Inputs: `a` (required, `auto` default), `c`,',
    '`d` (boolean, default false), and `e` as on `thing`.',
    'Subscribe saves `status_callback` then. Output: the missed-call shape. `performList` returns items.',
    '## Searches',
    '### `find_thing` - "Find Thing"',
    'Output (one record; nothing otherwise): `id` (E.164), `kind` (`x`, `y`),',
    '`seen_at`.',
    '## Precise rules',
    '| `not_an_operation_key` | x |',
  ].join('\n');
  const parsed = parseContract(markdown);

  test.each([
    ['thing', 'triggers', 'New Thing', ['a', 'b'], ['id']],
    ['missed_call', 'triggers', null, [], ['id', 'e']],
    // `thing` names another operation ("as on `thing`"), not a field.
    ['thing_instant', 'triggers', 'New Thing (Instant)', ['a', 'c', 'd', 'e'], ['id', 'e']],
    ['find_thing', 'searches', 'Find Thing', [], ['id', 'kind', 'seen_at']],
  ])('operation %s', (operationKey, kind, label, inputs, outputs) => {
    expect(parsed.operations.find((candidate) => candidate.key === operationKey)).toEqual({
      kind,
      key: operationKey,
      label,
      inputs,
      outputs,
    });
  });

  test('auth fields with labels, and nothing outside the operation sections', () => {
    expect(parsed.authFields).toEqual([{ key: 'account_sid', label: 'Account SID' }]);
    expect(parsed.operations.map(({ key: operationKey }) => operationKey)).toEqual([
      'thing',
      'missed_call',
      'thing_instant',
      'find_thing',
    ]);
  });
});

const contractTest = contract ? test : test.skip;
const contractNote = contract ? '' : ` (skipped: ${CONTRACT_PATH} not found)`;

describe(`the contract rule${contractNote}`, () => {
  contractTest('the real contract parses to every operation it describes', () => {
    const operations = contract!.operations.map(({ kind, key: operationKey }) => `${kind}.${operationKey}`);
    expect(operations).toEqual(
      expect.arrayContaining(['triggers.phone_number', 'triggers.missed_call', 'creates.send_text_back']),
    );
    expect(contract!.authFields.map(({ key: fieldKey }) => fieldKey)).toEqual([
      'account_sid',
      'auth_token',
      'api_key_sid',
      'api_base_url',
    ]);
    const sendTextBack = contract!.operations.find(({ key: operationKey }) => operationKey === 'send_text_back')!;
    expect(sendTextBack.inputs).toEqual(
      expect.arrayContaining(['to', 'from', 'business_hours', 'timezone', 'after_hours_message']),
    );
    expect(sendTextBack.outputs).toEqual(
      expect.arrayContaining(['skip_reason', 'to', 'from', 'segments', 'encoding', 'after_hours']),
    );
  });

  type ContractBreakage = [change: string, breakIt: (copy: AppDefinition) => void, where: string];
  const contractBreakages: ContractBreakage[] = [
    [
      'operation removed',
      (copy) => {
        delete copy.triggers!.missed_call;
      },
      'triggers.missed_call',
    ],
    [
      'operation label changed',
      (copy) => {
        op(copy, 'creates.send_text_back').display!.label = 'Send SMS';
      },
      'creates.send_text_back.display.label',
    ],
    [
      'input field removed',
      (copy) => withoutInput(op(copy, 'creates.send_text_back'), 'cooldown_hours'),
      'creates.send_text_back.inputFields.cooldown_hours',
    ],
    [
      'input field from a table row with two keys removed',
      (copy) => withoutInput(op(copy, 'creates.send_text_back'), 'timezone'),
      'creates.send_text_back.inputFields.timezone',
    ],
    [
      'output field removed',
      (copy) => withoutOutput(op(copy, 'creates.send_text_back'), 'skip_reason'),
      'creates.send_text_back.outputFields.skip_reason',
    ],
    [
      'output field of a hidden trigger removed',
      (copy) => withoutOutput(op(copy, 'triggers.phone_number'), 'sid'),
      'triggers.phone_number.outputFields.sid',
    ],
    [
      'auth field removed',
      (copy) => {
        copy.authentication!.fields = staticFields(copy.authentication!.fields).filter(
          (field) => field.key !== 'api_base_url',
        );
      },
      'authentication.fields.api_base_url',
    ],
    [
      'auth field label changed',
      (copy) => {
        authField(copy, 'account_sid').label = 'Account ID';
      },
      'authentication.fields.account_sid.label',
    ],
  ];
  (contract ? test.each(contractBreakages) : test.skip.each(contractBreakages))(
    'CONTRACT: %s',
    (_change, breakIt, where) => {
      const problems = newProblems(rule('CONTRACT'), breakIt);
      expect(problems.map(key)).toEqual(expect.arrayContaining([expect.stringContaining(where)]));
    },
  );
});
