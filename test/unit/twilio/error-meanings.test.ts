import { FAILURE_KINDS, type FailureKind, failureAdvice } from '../../../lib/delivery/failure-kinds';
import { TWILIO_ERRORS, twilioError, twilioMeaning } from '../../../lib/twilio/error-table';
import { fakeZ } from '../../helpers/fake-z';

/** Every code the undelivered-text table sorts into a kind. */
const DELIVERY_CODES = (Object.keys(FAILURE_KINDS) as FailureKind[]).flatMap((kind) => FAILURE_KINDS[kind].codes);
const z = fakeZ(() => ({ status: 200, content: '{}', headers: {} }) as never);
const firstSentence = (text: string) => text.split(/(?<=[.!?])\s+(?=[A-Z(])/)[0];

test('every code of the undelivered-text table has its one explanation in the Twilio error table', () => {
  expect(DELIVERY_CODES.filter((code) => !TWILIO_ERRORS[code])).toEqual([]);
});

test.each(DELIVERY_CODES)('%i: a refused send and an undelivered text explain the code in the same words', (code) => {
  const explanation = twilioMeaning(code)!;
  expect(firstSentence(twilioError(z, 400, { code }).message)).toBe(explanation);
  expect(firstSentence(failureAdvice(code, '(512) 555-0160'))).toBe(explanation);
});

test('a hostile code explains nothing', () => {
  for (const hostile of ['constructor', '__proto__', 'toString'])
    expect(twilioMeaning(hostile as unknown as number)).toBeUndefined();
});
