import fc from 'fast-check';
import { classifyReply } from '../../../lib/replies/intent';

/**
 * Contract, "Opt-outs, fail closed for real": a reply that holds an opt-out word is an opt-out unless the whole
 * reply is explained by a known harmless use, and words around it never cancel it. These properties check the
 * construction, not a list of examples: any words nobody listed, on either side, leave the reply an opt-out.
 */
const OPT_OUT_WORDS = [
  'STOP',
  'stop',
  'STOPALL',
  'unsubscribe',
  'cancel',
  'END',
  'quit',
  'revoke',
  'optout',
  'opt out',
  'opt-out',
  'ALTO',
  'parar',
  'pare',
  'BAJA',
  'cancelar',
  'detener',
  'no más',
  'remove me',
  'remove my number',
  "don't call me",
  'do not call',
  'do not text me',
  "don't message me",
  'do not contact me',
  'no need to text',
  'no need to call',
  'leave me alone',
  '🛑',
];

/** Names, titles, slang, courtesy and emphasis nobody put on a list, and made-up words. */
const AROUND = fc.oneof(
  fc.constantFrom(
    'Mike',
    'sir',
    "ma'am",
    'Dr.',
    'Patel',
    'lol',
    'bro',
    'thanks',
    'thx',
    'ty',
    'fam',
    'honestly',
    'I told you to',
    'can you please',
    'could you',
    'this nonsense',
    'go away',
    'already',
    'seriously',
    'again',
    'jefe',
    'gracias',
    '😡',
    '!!!',
    '...',
  ),
  fc.stringMatching(/^[bcdfghjklmnpqrstvwxz]{3,8}$/),
);
const SEPARATOR = fc.constantFrom(' ', ', ', '! ', '. ', ' - ', '\n');
const words = fc.array(fc.tuple(AROUND, SEPARATOR), { maxLength: 5 });
const joined = (parts: Array<[string, string]>) => parts.map(([word, separator]) => word + separator).join('');

describe('words around an opt-out word never cancel it', () => {
  test.each(OPT_OUT_WORDS)('%j with any words before and after is an opt-out', (optOut) => {
    fc.assert(
      fc.property(words, SEPARATOR, words, (before, separator, after) => {
        const reply = `${joined(before)}${optOut}${separator}${joined(after)}`;
        expect(classifyReply(reply)).toMatchObject({ intent: 'opt_out', isOptOut: true });
      }),
      { numRuns: 60 },
    );
  });
});

describe('a harmless use explains its own word and nothing else', () => {
  test.each<[string, string]>([
    ['stop by, stop', 'a second STOP outside the phrase'],
    ['Can you stop by? Also stop texting', 'a stop request in the next sentence'],
    ['cancel my appointment and stop', 'a bare stop after the harmless cancel'],
    ['The leak won’t stop. STOP', 'STOP alone after a harmless stop'],
    ['end of the day works, cancel thanks', 'cancel thanks after a harmless end'],
    ['para mañana, alto', 'ALTO after a harmless para'],
    ["Don't call before 9, do not call me", 'a call ban after a call time'],
    ['stop by STOP Mike', 'a stop that no row explains'],
  ])('%j is an opt-out (%s)', (reply) => {
    expect(classifyReply(reply).intent).toBe('opt_out');
  });

  test.each<[string, string]>([
    ['your texts won’t stop', 'stop'],
    ['These messages never end', 'end'],
    ['non-stop texting all day', 'stop'],
    ['stop the spam', 'stop'],
    ['cancel my messages', 'cancel'],
  ])('%j: a phrase that speaks of the texts is never harmless (%s)', (reply) => {
    expect(classifyReply(reply).intent).toBe('opt_out');
  });

  test.each<[string, 'other' | 'callback_request']>([
    ['can you stop by tomorrow?', 'other'],
    ['the leak won’t stop, call me', 'callback_request'],
    ['cancel my appointment on Friday', 'other'],
    ['end of the day is fine, stop by anytime', 'other'],
    ['Non - stop leaking, call me', 'callback_request'],
  ])('%j stays %s', (reply, intent) => {
    expect(classifyReply(reply).intent).toBe(intent);
  });
});
