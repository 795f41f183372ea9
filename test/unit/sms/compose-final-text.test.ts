/** The text as it leaves composeText: opt-out footer, the business named, encoding, and the 1,600-character limit. */
import { InputError } from '../../../lib/errors/input-error';
import { BUSINESS, compose, custom, FOOTER } from '../../helpers/compose-inputs';

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
  ] as const)('%s', (_case, message, body, footerAdded, optOutText) => {
    const result = custom(message, { optOutText });
    expect(result.body).toBe(body);
    expect(result.footerAdded).toBe(footerAdded);
  });

  test('a custom footer is used by the templates too, once', () => {
    const { body, footerAdded } = compose({ optOutText: 'Text STOP to quit.' });
    expect(body.endsWith('Reply YES to confirm. Text STOP to quit.')).toBe(true);
    expect(body.match(/STOP/g)).toHaveLength(1);
    expect(footerAdded).toBe(true);
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
    expect(custom(message)).toEqual({ body: message, footerAdded: false, segments: 1, encoding: 'GSM-7' });
  });

  test('a business name with a curly apostrophe matches the straight one in the message', () => {
    const result = custom("Joe's Drains will call you back.", { businessName: 'Joe\u2019s Drains' });
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
  ] as const)('%s', (_case, message, body, encoding, segments, optOutText) => {
    const result = custom(message, { optOutText });
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
    const run = () => custom(message, { callerName: 'Maria Jones' });
    expect(run).toThrow(InputError);
    expect(run).toThrow(
      `This text is ${length.toLocaleString('en-US')} characters long, over the 1,600-character limit`,
    );
  });
});
