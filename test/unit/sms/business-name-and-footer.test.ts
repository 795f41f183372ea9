import { carriesOptOutWording } from '../../../lib/sms/opt-out-footer';
import { custom, FOOTER } from '../../helpers/compose-inputs';

/**
 * Contract, "Opt-outs, fail closed for real": the business name counts only as a whole word or phrase
 * (case-insensitive, at word boundaries), and the footer is never doubled: a text that already holds the owner's
 * `opt_out_text` (any case) or an instruction followed within two words by STOP gets none.
 */
describe('the business name counts only as a whole word or phrase', () => {
  test.each<[string, string, string, boolean]>([
    ['Ace', 'We have space on Monday, reply YES.', 'inside "space"', false],
    ['Pro', 'We will call you back promptly.', 'inside "promptly"', false],
    ['Art', 'Sorry we missed you, starting soon.', 'inside "starting"', false],
    ['Ace', 'ACE here: we will call you back.', 'in capitals', true],
    ['Ace', 'Thanks for calling ace!', 'at the end, in lower case', true],
    ['Ace', "Ace's crew will call you back.", 'before an apostrophe', true],
    ['Ace Plumbing', 'ace plumbing will call you back', 'a phrase in another case', true],
    ['Ace Plumbing', 'Space Plumbing will call you back', 'a phrase inside a longer word', false],
    ['Ñu', 'Ñuñoa crew will call you back', 'a Unicode name inside a longer word', false],
    ['Ñu', 'ñu will call you back', 'a Unicode name in lower case', true],
    ['A1', 'A10 crew will call you back', 'a name that a longer number holds', false],
  ])('%j in %j (%s): named %s', (businessName, message, _case, named) => {
    const { body } = custom(message, { businessName });
    expect(body.startsWith(`${businessName}: `)).toBe(!named);
  });
});

describe('the footer is never doubled', () => {
  test.each<[string, string]>([
    ['the owner footer as written', `Ace will call you back. ${FOOTER}`],
    ['the owner footer in lower case', `Ace will call you back. ${FOOTER.toLowerCase()}`],
    ['the owner footer in capitals, mid-text', `Ace: ${FOOTER.toUpperCase()} We will call you back.`],
  ])('%s: no footer', (_case, message) => {
    expect(custom(message, { businessName: 'Ace' })).toMatchObject({ body: message, footerAdded: false });
  });

  test.each<[string, string, boolean]>([
    ['Ace will call. Opt out: stop = stop', 'stop = stop', true],
    ['Ace will call. Say QUIT NOW to end', 'quit now to end', true],
    ['Ace will call.', 'Reply STOP to opt out.', false],
    ['Ace will call. Reply STOP to opt out.', 'Text END to end.', true],
  ])('%j with footer %j carries it: %s', (text, footer, carries) => {
    expect(carriesOptOutWording(text, footer)).toBe(carries);
  });

  test('a custom footer already in the text is not added again', () => {
    const message = 'Ace will call you back. To opt out, say STOP.';
    expect(custom(message, { businessName: 'Ace', optOutText: 'to opt out, say stop.' })).toMatchObject({
      body: message,
      footerAdded: false,
    });
  });

  test('a caller name holding the footer does not stand in for it', () => {
    const result = custom('Hi {caller_name|there}, Ace will call you back.', {
      businessName: 'Ace',
      callerName: 'Reply STOP to opt out.',
    });
    expect(result.footerAdded).toBe(true);
  });
});
