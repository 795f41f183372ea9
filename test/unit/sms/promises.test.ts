import { InputError } from '../../../lib/errors/input-error';
import { type ComposeInput, composeText } from '../../../lib/sms/compose';
import { TEMPLATE_NAMES } from '../../../lib/sms/templates';

/** A 30-character business name: the longest the templates promise to fit in one SMS. */
const LONG_BUSINESS = 'Hill Country Plumbing & Drains';
const LINK = 'https://book.example.com/rapid';
const compose = (input: Partial<ComposeInput>) =>
  composeText({ template: 'acknowledge', businessName: 'Rapid Rooter Plumbing', ...input } as ComposeInput);

describe('every built-in template fits one GSM-7 segment with a 30-character business name', () => {
  const builtIn = TEMPLATE_NAMES.filter((name) => name !== 'custom');
  const cases = builtIn.flatMap((template) =>
    // The contract's own "O'BRIEN PATRICK J", and an 11-letter first name (Christopher, Bartholomew) as long as many
    [undefined, 'Maria', "O'BRIEN PATRICK J", 'SMITH CHRISTOPHER J'].flatMap((callerName) =>
      [false, true].flatMap((lateCall) =>
        // The longest {opens_at}: the longest weekday and a two-digit hour with minutes
        ['at 8:00 AM', 'on Wednesday at 10:00 AM', 'on Wednesday at 12:30 PM'].map(
          (opensAt) => [template, callerName, lateCall, opensAt] as const,
        ),
      ),
    ),
  );

  test('the name is 30 characters', () => expect(LONG_BUSINESS).toHaveLength(30));

  test.each(cases)('%s, caller %p, late %p, opens %p', (template, callerName, lateCall, opensAt) => {
    const result = compose({
      template,
      callerName,
      lateCall,
      opensAt,
      businessName: LONG_BUSINESS,
      callbackNumber: '(512) 555-0123',
      bookingLink: LINK,
      service: 'plumbing',
      callbackMinutes: 15,
    });
    expect({ segments: result.segments, encoding: result.encoding }).toEqual({ segments: 1, encoding: 'GSM-7' });
    expect(result.body).toContain(LONG_BUSINESS);
  });
});

describe('promises the business can keep (contract)', () => {
  test.each(['acknowledge', 'service_specific'] as const)(
    '%s: a call over an hour old gets "as soon as we can", no minutes',
    (template) => {
      const recent = compose({ template, callbackMinutes: 5 }).body;
      const late = compose({ template, callbackMinutes: 5, lateCall: true }).body;
      expect(late).toContain('as soon as we can');
      expect(late).not.toMatch(/\bmin\b|minute|quick|fast/);
      expect(recent).not.toContain('as soon as we can');
    },
  );

  test('acknowledge for a recent call keeps its promise of minutes', () => {
    expect(compose({ callbackMinutes: 5 }).body).toContain("We'll call you back within 5 min.");
  });

  test.each(['booking_link', 'social_proof', 'after_hours'] as const)(
    '%s promises no minutes, late or not',
    (template) => {
      for (const lateCall of [false, true]) {
        const { body } = compose({ template, lateCall, bookingLink: LINK, opensAt: 'tomorrow at 8:00 AM' });
        expect(body).not.toMatch(/\d+ min|minute|within/);
      }
    },
  );
});

describe('the after_hours template and {opens_at} (contract: After hours)', () => {
  test('says when the business opens next', () => {
    expect(compose({ template: 'after_hours', callerName: 'JOHNSON MARIA', opensAt: 'tomorrow at 8:00 AM' }).body).toBe(
      'Hi Maria, sorry Rapid Rooter Plumbing missed your call! We open tomorrow at 8:00 AM and will call you back then. Reply STOP to opt out.',
    );
  });

  test('{opens_at} in a custom message', () => {
    expect(
      compose({
        template: 'custom',
        message: '{business_name} is closed. We open {opens_at}.',
        opensAt: 'on Monday at 8:00 AM',
      }).body,
    ).toBe('Rapid Rooter Plumbing is closed. We open on Monday at 8:00 AM. Reply STOP to opt out.');
  });

  test('without business hours, {opens_at} is a clear error', () => {
    expect(() => compose({ template: 'custom', message: '{business_name}: we open {opens_at}' })).toThrow(InputError);
    expect(() => compose({ template: 'custom', message: '{business_name}: we open {opens_at}' })).toThrow(
      /\{opens_at\}.*Business Hours/,
    );
    expect(() => compose({ template: 'after_hours' })).toThrow(/After Hours template needs.*Business Hours/);
  });
});
