import { classifyReply, isOptIn, isOptOut } from '../../../lib/replies/intent';
import { MAX_REPLY_CHARACTERS } from '../../../lib/replies/normalise';
import { MAX_BODY_CHARACTERS } from '../../../lib/sms/segments';
import { labelledReplies } from '../../helpers/labelled-replies';

/**
 * Real-looking replies to a missed-call text-back, with the intent the whole app must agree on, by family:
 * Twilio's keywords (also hidden by invisible characters or look-alike letters), the Spanish keywords,
 * plain-language stops, refusals and removal requests, opt-ins, callback requests, and false friends.
 */
const REPLIES = labelledReplies();
const wrong = REPLIES.filter((row) => classifyReply(row.reply).intent !== row.intent);
const rate = (hits: number, all: number) => `${hits}/${all} (${((hits / all) * 100).toFixed(1)}%)`;
const accuracy = rate(REPLIES.length - wrong.length, REPLIES.length);
const OPT_OUTS = REPLIES.filter((row) => row.intent === 'opt_out');
const ORDINARY = REPLIES.filter((row) => row.intent === 'other' || row.intent === 'callback_request');
const caught = OPT_OUTS.filter((row) => classifyReply(row.reply).isOptOut);
const kept = ORDINARY.filter((row) => !classifyReply(row.reply).isOptOut);

describe('classifyReply', () => {
  test(`accuracy: reply classifier, ${accuracy} labelled replies classified as labelled`, () => {
    expect(REPLIES.length).toBeGreaterThanOrEqual(300);
    const families = new Set(REPLIES.map((row) => row.family));
    for (const family of [
      'keyword',
      'spanish',
      'plain_stop',
      'refusal',
      'removal',
      'normalised',
      'opt_in',
      'callback',
      'false_friend',
      'name_title',
      'slang_courtesy',
      'reported_speech',
      'polite_question',
      'emphasis',
      'call_refusal',
      'no_need',
      'spanish_variant',
      'misspelling',
      'decorated',
      'near_miss',
      'job_question',
      'harmless_use',
      'leetspeak',
      'verb_form',
    ]) {
      expect(families).toContain(family);
    }
    expect(new Set(REPLIES.map((row) => row.reply)).size).toBe(REPLIES.length);
  });

  // Issue 20: both directions counted on their own, so a classifier that says "opt-out" to everything shows.
  test(`accuracy: opt-outs caught, ${rate(caught.length, OPT_OUTS.length)} labelled opt-outs read as opt-outs`, () => {
    expect(OPT_OUTS.length).toBeGreaterThanOrEqual(500);
    expect(OPT_OUTS.length - caught.length).toBe(0);
  });

  test(`accuracy: ordinary replies kept, ${rate(kept.length, ORDINARY.length)} ordinary replies not read as opt-outs`, () => {
    expect(ORDINARY.length).toBeGreaterThanOrEqual(340);
    expect(ORDINARY.length - kept.length).toBe(0);
  });

  test.each(REPLIES.map((row) => [row.reply, row.intent] as const))('%j is %s', (body, intent) => {
    const verdict = classifyReply(body);
    expect(verdict.intent).toBe(intent);
    expect(verdict.isOptOut).toBe(intent === 'opt_out');
    expect(isOptOut(body)).toBe(intent === 'opt_out');
  });
});

describe('liftsOptOut follows Twilio: START, UNSTOP, YES as the whole message', () => {
  test.each<[string, boolean]>([
    ['START', true],
    ['start', true],
    [' Unstop. ', true],
    ['YES', true],
    ['yes!', true],
    ['Yes 😊', true],
    ['yes please', false],
    ['Yes please call', false],
    ['START please', false],
    ['Yes, stop', false],
    ['STOP', false],
    ['call me', false],
    ['y', false],
    ['', false],
  ])('%j lifts an opt-out: %s', (body, lifts) => {
    expect(classifyReply(body).liftsOptOut).toBe(lifts);
    expect(isOptIn(body)).toBe(lifts && !isOptOut(body));
  });

  test('a bare YES is a callback request that also lifts an opt-out', () => {
    expect(classifyReply('YES')).toEqual({ intent: 'callback_request', isOptOut: false, liftsOptOut: true });
  });

  test('START is an opt-in that lifts an opt-out', () => {
    expect(classifyReply('START')).toEqual({ intent: 'opt_in', isOptOut: false, liftsOptOut: true });
  });

  test('STOP is an opt-out that lifts nothing', () => {
    expect(classifyReply('STOP')).toEqual({ intent: 'opt_out', isOptOut: true, liftsOptOut: false });
  });
});

describe('bodies that are not strings (a mapped field may be empty)', () => {
  test.each([undefined, null, 42])('%p is other', (body) => {
    expect(classifyReply(body as unknown as string)).toEqual({
      intent: 'other',
      isOptOut: false,
      liftsOptOut: false,
    });
  });
});

describe('keywords survive any case and surrounding spaces or punctuation', () => {
  const fc = require('fast-check') as typeof import('fast-check');
  const wrapper = fc.stringMatching(/^[ .!?,"'*~\t]{0,4}$/);
  const randomCase = (word: string) =>
    fc
      .array(fc.boolean(), { minLength: word.length, maxLength: word.length })
      .map((upper) => [...word].map((ch, i) => (upper[i] ? ch.toUpperCase() : ch)).join(''));

  test.each([
    ['stop', 'opt_out'],
    ['stopall', 'opt_out'],
    ['unsubscribe', 'opt_out'],
    ['cancel', 'opt_out'],
    ['end', 'opt_out'],
    ['quit', 'opt_out'],
    ['revoke', 'opt_out'],
    ['optout', 'opt_out'],
    ['start', 'opt_in'],
    ['unstop', 'opt_in'],
    ['yes', 'callback_request'],
  ] as const)('%s is always %s', (keyword, intent) => {
    fc.assert(
      fc.property(wrapper, randomCase(keyword), wrapper, (before, word, after) => {
        expect(classifyReply(`${before}${word}${after}`).intent).toBe(intent);
      }),
    );
  });
});

describe('the 1,600 characters read are the characters received', () => {
  // One character can unfold into up to 18 under NFKC (U+FDFA); a STOP within the first 1,600 characters
  // received must still be read, however much the text before it unfolds.
  test.each([
    ['U+FDFA x 100, then STOP', `${'\uFDFA'.repeat(100)}. STOP`],
    ['square era names x 800, then STOP', `${'\u337B'.repeat(800)}. STOP`],
    ['U+FDFA x 1,590, then stop texting me', `${'\uFDFA'.repeat(1580)}! stop texting me`],
  ])('%s is an opt-out', (_name, body) => {
    expect(body.length).toBeLessThanOrEqual(1600);
    expect(classifyReply(body).intent).toBe('opt_out');
  });
});

test('a STOP at the end of the longest body Twilio sends is read: the reply limit is the send limit', () => {
  const longest = `${'ok '.repeat((MAX_BODY_CHARACTERS - 4) / 3)}STOP`.padStart(MAX_BODY_CHARACTERS, ' ');
  expect(longest).toHaveLength(MAX_BODY_CHARACTERS);
  expect(classifyReply(longest).isOptOut).toBe(true);
  expect(MAX_REPLY_CHARACTERS).toBe(MAX_BODY_CHARACTERS);
});
