/** composeText's built-in templates, and what the owner must fix before any text is composed. */
import { InputError } from '../../../lib/errors/input-error';
import type { ComposeInput } from '../../../lib/sms/compose';
import { measureSms } from '../../../lib/sms/segments';
import { BUSINESS, compose, FOOTER, LINK, NUMBER } from '../../helpers/compose-inputs';

describe('built-in templates fit one GSM-7 segment with typical values', () => {
  const templates = ['acknowledge', 'booking_link', 'social_proof', 'service_specific'] as const;
  const callers = [undefined, 'Maria', 'Jonathan'];
  const minutes = [undefined, 0, 1, 5, 10, 15, 30, 45, 60, 90, 120, 1440];
  const cases = templates.flatMap((template) =>
    callers.flatMap((callerName) => minutes.map((callbackMinutes) => [template, callerName, callbackMinutes] as const)),
  );

  test.each(cases)('%s, caller %p, %p minutes', (template, callerName, callbackMinutes) => {
    const result = compose({
      template,
      callerName,
      callbackMinutes,
      callbackNumber: NUMBER,
      bookingLink: LINK,
      service: 'plumbing',
    });
    expect(result.segments).toBe(1);
    expect(result.encoding).toBe('GSM-7');
    expect(result.body).toContain(BUSINESS);
    expect(result.body.endsWith(` ${FOOTER}`)).toBe(true);
    expect(result.footerAdded).toBe(true);
    expect(result.body).toMatch(callerName ? new RegExp(`^Hi ${callerName},`) : /^Hi there,/);
    expect(result.body).not.toMatch(/[{}]/);
    expect(measureSms(result.body)).toEqual(expect.objectContaining({ segments: 1, encoding: 'GSM-7' }));
  });

  test.each([
    [
      'acknowledge',
      {},
      "Hi there, sorry Rapid Rooter Plumbing missed your call! We'll call you back within 5 min. Reply YES to confirm. Reply STOP to opt out.",
    ],
    [
      'acknowledge',
      { callerName: 'Maria', callbackMinutes: 15 },
      "Hi Maria, sorry Rapid Rooter Plumbing missed your call! We'll call you back within 15 min. Reply YES to confirm. Reply STOP to opt out.",
    ],
    [
      'acknowledge',
      { callbackMinutes: 0 },
      "Hi there, sorry Rapid Rooter Plumbing missed your call! We'll call you back right away. Reply YES to confirm. Reply STOP to opt out.",
    ],
    [
      'acknowledge',
      { callbackMinutes: 60 },
      "Hi there, sorry Rapid Rooter Plumbing missed your call! We'll call you back within the hour. Reply YES to confirm. Reply STOP to opt out.",
    ],
    [
      'acknowledge',
      { callbackMinutes: 120 },
      "Hi there, sorry Rapid Rooter Plumbing missed your call! We'll call you back within 2 hours. Reply YES to confirm. Reply STOP to opt out.",
    ],
    [
      'booking_link',
      { bookingLink: LINK, callbackNumber: NUMBER },
      `Hi there, sorry Rapid Rooter Plumbing missed your call! Book at ${LINK} or call ${NUMBER}. Reply STOP to opt out.`,
    ],
    [
      'booking_link',
      { bookingLink: LINK },
      `Hi there, sorry Rapid Rooter Plumbing missed your call! Book online anytime at ${LINK} Reply STOP to opt out.`,
    ],
    [
      'social_proof',
      { callerName: 'Maria' },
      "Hi Maria, Rapid Rooter Plumbing here. Sorry we missed you, we're busy serving customers! Reply with a good time to call. Reply STOP to opt out.",
    ],
    [
      'service_specific',
      {},
      'Hi there, Rapid Rooter Plumbing here. Emergency? Reply YES for a quick call. Not urgent? Reply with a good time. Reply STOP to opt out.',
    ],
    [
      'service_specific',
      { service: 'drain cleaning' },
      'Hi there, Rapid Rooter Plumbing here. Need drain cleaning fast? Reply YES for a quick call. Not urgent? Reply with a good time. Reply STOP to opt out.',
    ],
    [
      'service_specific',
      { service: 'HVAC', bookingLink: LINK },
      `Hi there, Rapid Rooter Plumbing here. Need HVAC fast? Reply YES for a quick call. Book: ${LINK} Reply STOP to opt out.`,
    ],
  ] as const)('%s with %j reads exactly', (template, values, body) => {
    expect(compose({ template, ...values }).body).toBe(body);
  });

  test('template is acknowledge when none is picked', () => {
    expect(compose({ template: undefined }).body).toBe(compose({ template: 'acknowledge' }).body);
  });
});

describe('what the owner must fix', () => {
  test.each([
    ['custom without a message', { template: 'custom' }, /Custom template needs a Message/],
    ['custom with a blank message', { template: 'custom', message: '  \n ' }, /Custom template needs a Message/],
    ['booking_link without a link', { template: 'booking_link' }, /Booking Link template needs a Booking Link/],
    [
      'booking_link with a blank link',
      { template: 'booking_link', bookingLink: ' ' },
      /Booking Link template needs a Booking Link/,
    ],
    ['an empty business name', { businessName: '' }, /Business Name is empty/],
    ['a blank business name', { businessName: '   ' }, /Business Name is empty/],
    ['an opt-out text without STOP', { optOutText: 'Text NO to unsubscribe.' }, /does not contain the word STOP/],
    [
      'an opt-out text with STOP only inside a word',
      { optOutText: 'Reply STOPPING to quit' },
      /does not contain the word STOP/,
    ],
    ['negative callback minutes', { callbackMinutes: -5 }, /Callback Minutes must be a whole number/],
    ['fractional callback minutes', { callbackMinutes: 2.5 }, /Callback Minutes must be a whole number/],
    ['an unknown template', { template: 'promo' }, /"promo" is not one of the templates/],
  ] as const)('%s', (_case, input, error) => {
    const run = () => compose(input as Partial<ComposeInput>);
    expect(run).toThrow(InputError);
    expect(run).toThrow(error);
  });

  test('service_specific needs nothing beyond the business name', () => {
    expect(compose({ template: 'service_specific' }).segments).toBe(1);
  });
});
