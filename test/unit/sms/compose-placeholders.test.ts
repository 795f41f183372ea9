/** Placeholders in an owner's custom message: filled, fallbacks, and the ones refused with a sentence. */
import { InputError } from '../../../lib/errors/input-error';
import { custom, FOOTER, LINK, NUMBER } from '../../helpers/compose-inputs';

describe('placeholders in a custom message', () => {
  const values = {
    callbackNumber: NUMBER,
    bookingLink: LINK,
    callbackMinutes: 20,
    callerName: 'Maria',
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
      { callerName: '   ' },
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
    ['an unclosed brace', 'Hi {caller_name', { callerName: 'Maria' }, /"\{" or "\}" that is not part of a placeholder/],
    ['a stray closing brace', 'Hi } there', {}, /"\{" or "\}" that is not part of a placeholder/],
    ['empty braces', 'Hi {} there', {}, /\{\}, which is not a placeholder/],
  ] as const)('%s is refused', (_case, message, input, error) => {
    expect(() => custom(message, input)).toThrow(InputError);
    expect(() => custom(message, input)).toThrow(error);
  });
});
