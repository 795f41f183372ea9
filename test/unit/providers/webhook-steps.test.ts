import { InputError } from '../../../lib/errors/input-error';
import { NAME_THE_PROVIDER, normalizeWebhook } from '../../../lib/providers/index';
import { REPLAY_WINDOW_MS } from '../../../lib/providers/signature-checks';
import { deliveryOf, fixture } from '../../helpers/provider-fixtures';

/** The steps of reading a webhook (choose the provider, check the signature, read the call), each with one rule. */
describe('choosing the provider', () => {
  const f = fixture('zoom', 'callee-missed');

  test('Detect Automatically with a secret is the setup mistake the owner must fix, wherever it is asked', () => {
    expect(() => normalizeWebhook(deliveryOf(f), { webhookSecret: 's3cret' }, 'auto')).toThrow(InputError);
    expect(() => normalizeWebhook(deliveryOf(f), { webhookSecret: 's3cret' }, 'auto')).toThrow(NAME_THE_PROVIDER);
  });

  test('a blank secret is no secret: detection picks the provider', () => {
    expect(normalizeWebhook(deliveryOf(f), { webhookSecret: '  ' }, 'auto').item?.id).toBe('zoom:7196185539573491246');
  });
});

describe('checking the signature', () => {
  test('the refusal names the replay window the check uses, not a copy of it', () => {
    const f = fixture('zoom', 'callee-missed');
    const { rejected } = normalizeWebhook(deliveryOf(f), { webhookSecret: 's3cret' }, 'zoom');
    expect(rejected).toContain(`more than ${REPLAY_WINDOW_MS / 60_000} minutes old`);
    expect(rejected).toContain('Zoom');
  });
});
