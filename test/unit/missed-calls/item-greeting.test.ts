import { missedCall } from '../../../lib/missed-calls/item';
import { PROVIDERS } from '../../../lib/providers/registry';
import { sampleMissedCall } from '../../../lib/providers/samples';
import { composeText } from '../../../lib/sms/compose';

const facts = (callerName: unknown) =>
  missedCall({
    id: 'CA00000000000000000000000000000001',
    callId: 'CA00000000000000000000000000000001',
    provider: 'twilio',
    caller: '+15125550123',
    callerName,
    businessNumber: '+15125550100',
    missedReason: 'no_answer',
    calledAt: '2026-11-29T14:03:00Z',
  });

describe('every missed-call item carries caller_first_name, from the one greeting rule', () => {
  test.each([
    ['JOHNSON MARIA', 'JOHNSON MARIA', 'Maria'],
    ['AUSTIN TX', 'AUSTIN TX', null],
    ['WIRELESS CALLER', null, null],
    // The caller-ID words that mean "withheld" are one list (lib/phone/parse.ts), for numbers and names alike.
    ['BLOCKED', null, null],
    ['Withheld', null, null],
    ['No Caller ID', null, null],
    [' private ', null, null],
    ['(512) 555-0123', null, null],
    [undefined, null, null],
  ])('caller ID %p: caller_name %p, caller_first_name %p', (callerId, name, first) => {
    const item = facts(callerId);
    expect(item.caller_name).toBe(name);
    expect(item.caller_first_name).toBe(first);
  });

  test.each(PROVIDERS)('the %s sample carries caller_first_name', (provider) => {
    const sample = sampleMissedCall(provider);
    expect(sample.caller_first_name).toBe('Dana');
  });
});

describe('{caller_name} greets through the same rule', () => {
  const compose = (callerName: string | undefined, message?: string) =>
    composeText({
      template: message ? 'custom' : 'acknowledge',
      message,
      businessName: 'Rapid Rooter Plumbing',
      callerName,
    }).body;

  test('all-capitals LAST FIRST greets the first name', () => {
    expect(compose('JOHNSON MARIA')).toMatch(/^Hi Maria, sorry Rapid Rooter Plumbing/);
  });

  test("a city and state falls back to the template's greeting", () => {
    expect(compose('AUSTIN TX')).toMatch(/^Hi there, sorry/);
  });

  test('a custom message uses its fallback for a caller ID label', () => {
    expect(compose('WIRELESS CALLER', 'Hello {caller_name|friend}, {business_name} here.')).toMatch(
      /^Hello friend, Rapid/,
    );
  });
});
