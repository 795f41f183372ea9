import { InputError } from '../../../lib/errors/input-error';
import { type ComposeInput, composeText } from '../../../lib/sms/compose';
import { measureSms } from '../../../lib/sms/segments';

const BUSINESS = 'Rapid Rooter Plumbing';
const NUMBER = '(512) 555-0123';
const LINK = 'https://book.example.com/rapid-rooter';
const FOOTER = 'Reply STOP to opt out.';

const compose = (input: Partial<ComposeInput>) =>
  composeText({ template: 'acknowledge', business_name: BUSINESS, ...input } as ComposeInput);
const custom = (message: string, input: Partial<ComposeInput> = {}) =>
  compose({ template: 'custom', message, ...input });

describe('built-in templates fit one GSM-7 segment with typical values', () => {
  const templates = ['acknowledge', 'booking_link', 'social_proof', 'service_specific'] as const;
  const callers = [undefined, 'Maria', 'Jonathan'];
  const minutes = [undefined, 0, 1, 5, 10, 15, 30, 45, 60, 90, 120, 1440];
  const cases = templates.flatMap((template) =>
    callers.flatMap((caller_name) =>
      minutes.map((callback_minutes) => [template, caller_name, callback_minutes] as const),
    ),
  );

  test.each(cases)('%s, caller %p, %p minutes', (template, caller_name, callback_minutes) => {
    const result = compose({
      template,
      caller_name,
      callback_minutes,
      callback_number: NUMBER,
      booking_link: LINK,
      service: 'plumbing',
    });
    expect(result.segments).toBe(1);
    expect(result.encoding).toBe('GSM-7');
    expect(result.body).toContain(BUSINESS);
    expect(result.body.endsWith(` ${FOOTER}`)).toBe(true);
    expect(result.footer_added).toBe(true);
    expect(result.body).toMatch(caller_name ? new RegExp(`^Hi ${caller_name},`) : /^Hi there,/);
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
      { caller_name: 'Maria', callback_minutes: 15 },
      "Hi Maria, sorry Rapid Rooter Plumbing missed your call! We'll call you back within 15 min. Reply YES to confirm. Reply STOP to opt out.",
    ],
    [
      'acknowledge',
      { callback_minutes: 0 },
      "Hi there, sorry Rapid Rooter Plumbing missed your call! We'll call you back right away. Reply YES to confirm. Reply STOP to opt out.",
    ],
    [
      'acknowledge',
      { callback_minutes: 60 },
      "Hi there, sorry Rapid Rooter Plumbing missed your call! We'll call you back within the hour. Reply YES to confirm. Reply STOP to opt out.",
    ],
    [
      'acknowledge',
      { callback_minutes: 120 },
      "Hi there, sorry Rapid Rooter Plumbing missed your call! We'll call you back within 2 hours. Reply YES to confirm. Reply STOP to opt out.",
    ],
    [
      'booking_link',
      { booking_link: LINK, callback_number: NUMBER },
      `Hi there, sorry Rapid Rooter Plumbing missed your call! Book at ${LINK} or call ${NUMBER}. Reply STOP to opt out.`,
    ],
    [
      'booking_link',
      { booking_link: LINK },
      `Hi there, sorry Rapid Rooter Plumbing missed your call! Book online anytime at ${LINK} Reply STOP to opt out.`,
    ],
    [
      'social_proof',
      { caller_name: 'Maria' },
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
      { service: 'HVAC', booking_link: LINK },
      `Hi there, Rapid Rooter Plumbing here. Need HVAC fast? Reply YES for a quick call. Book: ${LINK} Reply STOP to opt out.`,
    ],
  ] as const)('%s with %j reads exactly', (template, values, body) => {
    expect(compose({ template, ...values }).body).toBe(body);
  });

  test('template is acknowledge when none is picked', () => {
    expect(compose({ template: undefined }).body).toBe(compose({ template: 'acknowledge' }).body);
  });
});

describe('placeholders in a custom message', () => {
  const values = {
    callback_number: NUMBER,
    booking_link: LINK,
    callback_minutes: 20,
    caller_name: 'Maria',
    service: 'plumbing',
  };

  test.each([
    [
      'every placeholder',
      '{business_name}: hi {caller_name}, {service} help in {callback_minutes} min. Call {callback_number} or book {booking_link}',
      `Rapid Rooter Plumbing: hi Maria, plumbing help in 20 min. Call ${NUMBER} or book ${LINK} ${FOOTER}`,
      values,
    ],
    [
      'a fallback is not used when the value is set',
      'Hi {caller_name|there}, {business_name} will call.',
      `Hi Maria, Rapid Rooter Plumbing will call. ${FOOTER}`,
      values,
    ],
    [
      'a fallback stands in for a missing value',
      'Hi {caller_name|there}, {business_name} will call.',
      `Hi there, Rapid Rooter Plumbing will call. ${FOOTER}`,
      {},
    ],
    [
      'a blank value takes the fallback too',
      'Hi {caller_name|friend}! {business_name}',
      `Hi friend! Rapid Rooter Plumbing ${FOOTER}`,
      { caller_name: '   ' },
    ],
    ['an empty fallback is allowed', 'Hi{caller_name|}! {business_name}', `Hi! Rapid Rooter Plumbing ${FOOTER}`, {}],
    [
      'spaces and capitals inside braces are forgiven',
      'Hi { Caller_Name | there }, {BUSINESS_NAME}',
      `Hi there, Rapid Rooter Plumbing ${FOOTER}`,
      {},
    ],
    [
      'callback minutes default to 5',
      '{business_name} calls in {callback_minutes} min',
      `Rapid Rooter Plumbing calls in 5 min ${FOOTER}`,
      {},
    ],
    [
      'a value that looks like a placeholder is not filled again',
      '{business_name} for {service}',
      `Rapid Rooter Plumbing for {caller_name} ${FOOTER}`,
      { service: '{caller_name}' },
    ],
  ] as const)('%s', (_case, message, body, input) => {
    expect(custom(message, input).body).toBe(body);
  });

  test.each([
    [
      'an empty placeholder without fallback names it',
      'Book: {booking_link}',
      {},
      /^The message uses \{booking_link\} but no Booking Link is set\. Add one in the Send Text-Back step, or remove the placeholder\.$/,
    ],
    [
      'an empty caller name suggests a fallback',
      'Hi {caller_name}',
      {},
      /\{caller_name\}.*Caller Name.*\{caller_name\|there\}/,
    ],
    ['an empty service', 'Need {service}?', { service: '' }, /\{service\} but no Service is set/],
    ['an empty callback number', 'Call {callback_number}', {}, /\{callback_number\} but no Callback Number is set/],
    ['an unknown placeholder', 'Hi {first_name}', {}, /\{first_name\}, which is not a placeholder.*\{caller_name\}/],
    [
      'an unknown placeholder even with a fallback',
      'Hi {first_name|there}',
      {},
      /\{first_name\|there\}, which is not a placeholder/,
    ],
    [
      'the template-only wording placeholder is not for owners',
      'We call {callback_wait}',
      {},
      /\{callback_wait\}, which is not a placeholder/,
    ],
    [
      'an unclosed brace',
      'Hi {caller_name',
      { caller_name: 'Maria' },
      /"\{" or "\}" that is not part of a placeholder/,
    ],
    ['a stray closing brace', 'Hi } there', {}, /"\{" or "\}" that is not part of a placeholder/],
    ['empty braces', 'Hi {} there', {}, /\{\}, which is not a placeholder/],
  ] as const)('%s is refused', (_case, message, input, error) => {
    expect(() => custom(message, input)).toThrow(InputError);
    expect(() => custom(message, input)).toThrow(error);
  });
});

describe('what the owner must fix', () => {
  test.each([
    ['custom without a message', { template: 'custom' }, /Custom template needs a Message/],
    ['custom with a blank message', { template: 'custom', message: '  \n ' }, /Custom template needs a Message/],
    ['booking_link without a link', { template: 'booking_link' }, /Booking Link template needs a Booking Link/],
    [
      'booking_link with a blank link',
      { template: 'booking_link', booking_link: ' ' },
      /Booking Link template needs a Booking Link/,
    ],
    ['an empty business name', { business_name: '' }, /Business Name is empty/],
    ['a blank business name', { business_name: '   ' }, /Business Name is empty/],
    ['an opt-out text without STOP', { opt_out_text: 'Text NO to unsubscribe.' }, /does not contain the word STOP/],
    [
      'an opt-out text with STOP only inside a word',
      { opt_out_text: 'Reply STOPPING to quit' },
      /does not contain the word STOP/,
    ],
    ['negative callback minutes', { callback_minutes: -5 }, /Callback Minutes must be a whole number/],
    ['fractional callback minutes', { callback_minutes: 2.5 }, /Callback Minutes must be a whole number/],
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

describe('opt-out footer', () => {
  test.each([
    [
      'appended after a space',
      'Rapid Rooter Plumbing: we will call you soon.',
      `Rapid Rooter Plumbing: we will call you soon. ${FOOTER}`,
      true,
      undefined,
    ],
    [
      'appended on a new line when the text has line breaks',
      'Rapid Rooter Plumbing\nWe will call you soon.',
      `Rapid Rooter Plumbing\nWe will call you soon.\n${FOOTER}`,
      true,
      undefined,
    ],
    [
      'trailing spaces are not kept before it',
      'Rapid Rooter Plumbing will call.   \n',
      `Rapid Rooter Plumbing will call. ${FOOTER}`,
      true,
      undefined,
    ],
    [
      'not added when the text has it',
      `Rapid Rooter Plumbing will call. ${FOOTER}`,
      `Rapid Rooter Plumbing will call. ${FOOTER}`,
      false,
      undefined,
    ],
    [
      'not added for "Text STOP to unsubscribe"',
      'Rapid Rooter Plumbing will call. Text STOP to unsubscribe',
      'Rapid Rooter Plumbing will call. Text STOP to unsubscribe',
      false,
      undefined,
    ],
    [
      'not added for "reply with STOP to end"',
      'Rapid Rooter Plumbing will call, reply with STOP to end.',
      'Rapid Rooter Plumbing will call, reply with STOP to end.',
      false,
      undefined,
    ],
    [
      'not added for "Send STOP"',
      'Rapid Rooter Plumbing: send STOP for no more texts',
      'Rapid Rooter Plumbing: send STOP for no more texts',
      false,
      undefined,
    ],
    [
      'added when "stop" is not an instruction',
      "Rapid Rooter Plumbing won't stop until it's fixed. Text us anytime.",
      `Rapid Rooter Plumbing won't stop until it's fixed. Text us anytime. ${FOOTER}`,
      true,
      undefined,
    ],
    [
      'added when STOP and the verb are in different sentences',
      'Reply YES for a call. STOP by our shop! Rapid Rooter Plumbing',
      `Reply YES for a call. STOP by our shop! Rapid Rooter Plumbing ${FOOTER}`,
      true,
      undefined,
    ],
    [
      'a custom footer',
      'Rapid Rooter Plumbing will call.',
      'Rapid Rooter Plumbing will call. Text STOP to quit.',
      true,
      'Text STOP to quit.',
    ],
    [
      'a custom footer in lower case is accepted',
      'Rapid Rooter Plumbing will call.',
      'Rapid Rooter Plumbing will call. reply stop to end',
      true,
      'reply stop to end',
    ],
    [
      'a custom footer already in the text, after an instruction',
      'Rapid Rooter Plumbing will call. Text us: Stop = STOP.',
      'Rapid Rooter Plumbing will call. Text us: Stop = STOP.',
      false,
      'stop = stop',
    ],
    [
      'a blank custom footer means the default',
      'Rapid Rooter Plumbing will call.',
      `Rapid Rooter Plumbing will call. ${FOOTER}`,
      true,
      '  ',
    ],
  ] as const)('%s', (_case, message, body, footerAdded, opt_out_text) => {
    const result = custom(message, { opt_out_text });
    expect(result.body).toBe(body);
    expect(result.footer_added).toBe(footerAdded);
  });

  test('a custom footer is used by the templates too, once', () => {
    const { body, footer_added } = compose({ opt_out_text: 'Text STOP to quit.' });
    expect(body.endsWith('Reply YES to confirm. Text STOP to quit.')).toBe(true);
    expect(body.match(/STOP/g)).toHaveLength(1);
    expect(footer_added).toBe(true);
  });
});

describe('the business is always named', () => {
  test.each([
    [
      'prefixed when missing',
      'We missed your call, calling back soon!',
      `Rapid Rooter Plumbing: We missed your call, calling back soon! ${FOOTER}`,
    ],
    [
      'kept when the text names it',
      'Thanks for calling Rapid Rooter Plumbing!',
      `Thanks for calling Rapid Rooter Plumbing! ${FOOTER}`,
    ],
    [
      'kept when named in another case',
      'RAPID ROOTER PLUMBING here, call you soon',
      `RAPID ROOTER PLUMBING here, call you soon ${FOOTER}`,
    ],
    [
      'named through the placeholder',
      '{business_name} will call you soon',
      `Rapid Rooter Plumbing will call you soon ${FOOTER}`,
    ],
    [
      'a partial name is not the name',
      'Rapid Rooter will call you',
      `Rapid Rooter Plumbing: Rapid Rooter will call you ${FOOTER}`,
    ],
  ])('%s', (_case, message, body) => {
    expect(custom(message).body).toBe(body);
  });

  test('a text that names the business and carries opt-out wording is sent unchanged', () => {
    const message = 'Rapid Rooter Plumbing missed your call - reply YES for a call back. Text STOP to unsubscribe.';
    expect(custom(message)).toEqual({ body: message, footer_added: false, segments: 1, encoding: 'GSM-7' });
  });

  test('a business name with a curly apostrophe matches the straight one in the message', () => {
    const result = custom("Joe's Drains will call you back.", { business_name: 'Joe\u2019s Drains' });
    expect(result.body).toBe(`Joe's Drains will call you back. ${FOOTER}`);
  });
});

describe('encoding', () => {
  test.each([
    [
      'smart quotes and dashes pasted from a document stay GSM-7',
      '\u201cWe\u2019re on it\u201d \u2014 Rapid Rooter Plumbing\u2026 call\u00a0us',
      `"We're on it" - Rapid Rooter Plumbing... call us ${FOOTER}`,
      'GSM-7',
      1,
      undefined,
    ],
    [
      'a curly-quoted footer stays GSM-7',
      'Rapid Rooter Plumbing will call.',
      "Rapid Rooter Plumbing will call. Reply 'STOP' to opt out.",
      'GSM-7',
      1,
      'Reply \u2018STOP\u2019 to opt out.',
    ],
    [
      'an emoji makes the text UCS-2',
      'Rapid Rooter Plumbing will call you back soon! \ud83d\udd27',
      `Rapid Rooter Plumbing will call you back soon! \ud83d\udd27 ${FOOTER}`,
      'UCS-2',
      2,
      undefined,
    ],
    [
      'Arabic (right to left) is UCS-2',
      'Rapid Rooter Plumbing: \u0633\u0646\u062a\u0635\u0644 \u0628\u0643 \u0642\u0631\u064a\u0628\u0627',
      `Rapid Rooter Plumbing: \u0633\u0646\u062a\u0635\u0644 \u0628\u0643 \u0642\u0631\u064a\u0628\u0627 ${FOOTER}`,
      'UCS-2',
      1,
      undefined,
    ],
    [
      'Hebrew (right to left) is UCS-2',
      '\u05ea\u05d5\u05d3\u05d4 - Rapid Rooter Plumbing',
      `\u05ea\u05d5\u05d3\u05d4 - Rapid Rooter Plumbing ${FOOTER}`,
      'UCS-2',
      1,
      undefined,
    ],
    [
      'an accent outside GSM-7 stays and makes it UCS-2',
      'Rapid Rooter Plumbing: merci, Fran\u00e7oise',
      `Rapid Rooter Plumbing: merci, Fran\u00e7oise ${FOOTER}`,
      'UCS-2',
      1,
      undefined,
    ],
  ] as const)('%s', (_case, message, body, encoding, segments, opt_out_text) => {
    const result = custom(message, { opt_out_text });
    expect(result.body).toBe(body);
    expect(result.encoding).toBe(encoding);
    expect(result.segments).toBe(segments);
  });

  test('segments of a long GSM-7 text follow the 153-septet rule', () => {
    const result = custom(`${BUSINESS} ${'x'.repeat(300)}`);
    expect(result.body.length).toBe(BUSINESS.length + 1 + 300 + 1 + FOOTER.length);
    expect(result.segments).toBe(3);
  });
});

describe('the 1,600-character limit', () => {
  const room = 1600 - BUSINESS.length - 1 - FOOTER.length - 1; // business, space, text, space, footer

  test('a text of exactly 1,600 characters with its footer is accepted, never cut', () => {
    const result = custom(`${BUSINESS} ${'a'.repeat(room)}`);
    expect(result.body).toHaveLength(1600);
    expect(result.segments).toBe(11);
  });

  test.each([
    ['one character over once the footer is added', `${BUSINESS} ${'a'.repeat(room + 1)}`, 1601],
    ['the business-name prefix pushes it over', 'a'.repeat(1600 - FOOTER.length - 1), 1623],
    // "Maria Jones" greets as "Maria" (contract: Greeting names)
    ['filled placeholders push it over', `{business_name} {caller_name} ${'a'.repeat(room - 5)}`, 1601],
  ])('%s: refused', (_case, message, length) => {
    const run = () => custom(message, { caller_name: 'Maria Jones' });
    expect(run).toThrow(InputError);
    expect(run).toThrow(
      `This text is ${length.toLocaleString('en-US')} characters long, over the 1,600-character limit`,
    );
  });
});
