import { text, trimmedText } from '../../../lib/json/fields';
import { toService } from '../../../lib/twilio/messaging';
import { toCall, toMessage } from '../../../lib/twilio/resources';
import { readSubscription } from '../../../zapier/subscription';

/** One reading of a text field for every JSON the app is handed (Twilio's answers, webhooks, stored subscriptions). */
describe('text', () => {
  test.each([
    ['a string', 'CA123', 'CA123', 'CA123'],
    ['spaces kept, or trimmed', '  hi  ', '  hi  ', 'hi'],
    ['empty', '', null, null],
    ['only spaces', '   ', '   ', null],
    ['a number', 42, '42', '42'],
    ['not a finite number', Number.NaN, null, null],
    ['null', null, null, null],
    ['a boolean', true, null, null],
    ['an object', { a: 1 }, null, null],
    ['an array', ['x'], null, null],
  ])('%s', (_what, value, asText, asTrimmed) => {
    expect(text(value)).toBe(asText);
    expect(trimmedText(value)).toBe(asTrimmed);
  });
});

describe('every reader uses it', () => {
  test('a Twilio field holding an object is no text, not "[object Object]"', () => {
    expect(toCall({ sid: 'CA1', from: { number: '+15125550123' } }).from).toBe('');
    expect(toMessage({ sid: 'SM1', body: ['x'] }).body).toBe('');
  });

  test('Messaging v1 and stored subscriptions read numbers as their digits', () => {
    expect(toService({ sid: 'MG1', friendly_name: 2026 }).friendly_name).toBe('2026');
    expect(
      readSubscription({ targetUrl: 'https://hooks.zapier.com/x', numberSid: 'PN1', phoneNumber: 15125550100 }),
    ).toMatchObject({ phoneNumber: '15125550100' });
  });
});
