import { isProviderKey, PROVIDER_REGISTRY, PROVIDERS, providerRow } from '../../../lib/providers/registry';
import { sampleMissedCall } from '../../../lib/providers/samples';
import { webhookInputFields } from '../../../zapier/webhook-inputs';
import { fixturesOf } from '../../helpers/provider-fixtures';

const keys = PROVIDER_REGISTRY.map((row) => row.key);

describe('one row per phone system', () => {
  test('keys and labels are unique; the contract lists these providers', () => {
    expect(new Set(keys).size).toBe(keys.length);
    expect(new Set(PROVIDER_REGISTRY.map((row) => row.label)).size).toBe(keys.length);
    expect([...PROVIDERS].sort()).toEqual([
      'aircall',
      'callrail',
      'dialpad',
      'generic',
      'justcall',
      'openphone',
      'plivo',
      'ringcentral',
      'telnyx',
      'twilio',
      'vonage',
      'zoom',
    ]);
  });

  test('auto tries Telnyx before the Twilio-shaped form, and generic last', () => {
    expect(keys.indexOf('telnyx')).toBeLessThan(keys.indexOf('twilio'));
    expect(keys[keys.length - 1]).toBe('generic');
  });

  test('the Phone System dropdown is Detect Automatically, then the registry, in order', () => {
    const field = webhookInputFields.find((input) => input.key === 'provider')!;
    expect(field.choices).toEqual([
      { value: 'auto', label: 'Detect Automatically', sample: 'auto' },
      ...PROVIDER_REGISTRY.map((row) => ({ value: row.key, label: row.label, sample: row.key })),
    ]);
  });

  test.each(PROVIDER_REGISTRY.map((row) => [row.key, row] as const))(
    '%s: a sample, setup directions and fixtures',
    (key, row) => {
      const sample = sampleMissedCall(key);
      expect(sample.provider).toBe(key);
      expect(sample.id).toBe(key === 'twilio' ? row.sampleCallId : `${key}:${row.sampleCallId}`);
      expect(row.setup.length).toBeGreaterThan(40);
      expect(fixturesOf(key).length).toBeGreaterThan(3);
    },
  );

  test.each(['constructor', '__proto__', 'toString', 'auto', ''])('%p is no provider', (word) => {
    expect(isProviderKey(word)).toBe(false);
    expect(providerRow(word)).toBeUndefined();
    expect(sampleMissedCall(word).provider).toBe('generic');
  });
});
