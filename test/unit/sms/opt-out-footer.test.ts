import { type ComposeInput, composeText } from '../../../lib/sms/compose';
import { carriesOptOutWording } from '../../../lib/sms/opt-out-footer';

/**
 * Only a real instruction is opt-out wording (contract, "Opt-outs (additions; fail closed)"): `reply`, `text`,
 * `send` or `respond` followed within two words by STOP or the opt-out text, looked for before the caller's
 * name is filled in. A footer too many is harmless; a missing one breaks the rules carriers enforce.
 */
const BUSINESS = 'Rapid Rooter Plumbing';
const FOOTER = 'Reply STOP to opt out.';
const compose = (input: Partial<ComposeInput>) =>
  composeText({ template: 'acknowledge', businessName: BUSINESS, ...input } as ComposeInput);

describe('what counts as an instruction', () => {
  test.each([
    ['Reply STOP to opt out.', true],
    ['Text STOP to unsubscribe', true],
    ['reply with STOP to end.', true],
    ['Text the word STOP to opt out', true],
    ['Respond STOP to unsubscribe', true],
    ['Send "STOP" to quit', true],
    ['SEND STOP', true],
    ["Reply YES and we won't STOP until your leak is fixed!", false],
    ['Reply with the word STOP', false],
    ['Send us a text and we will never STOP', false],
    ['Reply YES for a call. STOP by our shop!', false],
    ["We won't stop until it's fixed. Text us anytime.", false],
    ['Reply stop to opt out.', false],
    ['Text STOPPING now', false],
    ['STOP = opt out', false],
    ['Texting STOP', false],
  ])('%j: %s', (text, carries) => {
    expect(carriesOptOutWording(text, FOOTER.replace('STOP', 'QUIT'))).toBe(carries);
  });

  test.each([
    [
      "the owner's footer, lower case, begins the instruction",
      'Rapid Rooter Plumbing will call. reply stop to end',
      'reply stop to end',
      true,
    ],
    [
      "the owner's footer follows the verb",
      'Rapid Rooter Plumbing will call. Text us: quit-now to end',
      'quit-now to end',
      true,
    ],
    [
      // Contract, December additions: the owner's own footer anywhere is wording (no footer twice).
      "the owner's footer with no instruction is wording too",
      'Rapid Rooter Plumbing will call. stop = stop',
      'stop = stop',
      true,
    ],
    [
      'another footer with no instruction is not wording',
      'Rapid Rooter Plumbing will call. stop = stop',
      'Reply STOP to opt out.',
      false,
    ],
  ])('%s', (_name, text, footer, carries) => {
    expect(carriesOptOutWording(text, footer)).toBe(carries);
  });
});

describe('composed texts', () => {
  test('"Reply YES and we won\'t STOP until your leak is fixed!" gets the footer', () => {
    const message = "Rapid Rooter Plumbing: Reply YES and we won't STOP until your leak is fixed!";
    expect(compose({ template: 'custom', message })).toMatchObject({
      body: `${message} ${FOOTER}`,
      footerAdded: true,
    });
  });

  test('a caller named "Text STOP" does not stand in for the footer (custom text)', () => {
    const result = compose({
      template: 'custom',
      message: 'Hi {caller_name|there}, Rapid Rooter Plumbing here, we will call you back.',
      callerName: 'Text STOP',
    });
    expect(result.footerAdded).toBe(true);
    expect(result.body.endsWith(FOOTER)).toBe(true);
    // Without a fallback there is no name to greet: a plain error, never the label in the text.
    expect(() =>
      compose({
        template: 'custom',
        message: 'Hi {caller_name}, Rapid Rooter Plumbing here.',
        callerName: 'Text STOP',
      }),
    ).toThrow(/no name to greet.*\{caller_name\|there\}/);
  });

  test('a caller named "Text STOP" does not stand in for the footer (built-in template)', () => {
    const result = compose({ template: 'acknowledge', callerName: 'Text STOP' });
    expect(result.footerAdded).toBe(true);
    expect(result.body.endsWith(FOOTER)).toBe(true);
  });

  test("the owner's own instruction still counts with a caller name filled in", () => {
    const message = 'Hi {caller_name|there}, Rapid Rooter Plumbing here. Text STOP to unsubscribe.';
    expect(compose({ template: 'custom', message, callerName: 'Dana' })).toMatchObject({
      body: 'Hi Dana, Rapid Rooter Plumbing here. Text STOP to unsubscribe.',
      footerAdded: false,
    });
  });
});
