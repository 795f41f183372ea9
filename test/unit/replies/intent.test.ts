import { classifyReply, isOptIn, isOptOut, type ReplyIntent } from '../../../lib/replies/intent';

/** Real-looking replies to a missed-call text-back, with the intent the whole app must agree on. */
const REPLIES: ReadonlyArray<[body: string, intent: ReplyIntent]> = [
  // Twilio's opt-out keywords as whole messages, any case, spaces and punctuation around them
  ['STOP', 'opt_out'],
  ['stop', 'opt_out'],
  ['  Stop. ', 'opt_out'],
  ['STOP!!!', 'opt_out'],
  ['Stop 🛑', 'opt_out'],
  ['STOPALL', 'opt_out'],
  ['Unsubscribe', 'opt_out'],
  ['cancel', 'opt_out'],
  ['CANCEL.', 'opt_out'],
  ['End', 'opt_out'],
  ['quit', 'opt_out'],
  ['REVOKE', 'opt_out'],
  ['optout', 'opt_out'],
  ['"STOP"', 'opt_out'],
  // Plain-language requests to stop (FCC 2024: revocation by any reasonable means)
  ['stop texting me', 'opt_out'],
  ['Please stop texting me', 'opt_out'],
  ['STOP TEXTING ME!!!', 'opt_out'],
  ['stop txting me plz', 'opt_out'],
  ['Stop messaging me', 'opt_out'],
  ['stop sending me these', 'opt_out'],
  ['quit texting me', 'opt_out'],
  ['Stop please', 'opt_out'],
  ['please stop', 'opt_out'],
  ['pls stop', 'opt_out'],
  ['Stop it now', 'opt_out'],
  ['stop stop stop', 'opt_out'],
  ['STOP ALL', 'opt_out'],
  ['Stopp', 'opt_out'],
  ['Please remove me', 'opt_out'],
  ['remove me from your list', 'opt_out'],
  ['Remove my number please', 'opt_out'],
  ['take me off your list', 'opt_out'],
  ["don't text me again", 'opt_out'],
  ['Don’t text me again', 'opt_out'],
  ['dont txt me', 'opt_out'],
  ['do not contact me', 'opt_out'],
  ['Never message me again', 'opt_out'],
  ['wrong number, stop', 'opt_out'],
  ['Wrong number stop', 'opt_out'],
  ['Stop. Wrong number', 'opt_out'],
  ['unsubscribe me', 'opt_out'],
  ['Unsubscribe me please', 'opt_out'],
  ['no more texts', 'opt_out'],
  ['No more messages please', 'opt_out'],
  ['I don’t want these texts', 'opt_out'],
  ['opt out', 'opt_out'],
  ['Opt me out', 'opt_out'],
  ['leave me alone', 'opt_out'],
  ['lose my number', 'opt_out'],
  ['Hi, stop', 'opt_out'],
  ['I said STOP', 'opt_out'],
  ['stop calling me', 'opt_out'],
  ['Stop calling!', 'opt_out'],
  ['No text messages please', 'opt_out'],
  ['no texts', 'opt_out'],
  ["Don't call me again", 'opt_out'],
  // Opt-out outranks a callback request in the same reply
  ['Yes, stop', 'opt_out'],
  ['yes stop', 'opt_out'],
  ['call me... actually stop texting me', 'opt_out'],
  ['Call me but stop texting me', 'opt_out'],
  // Twilio's opt-in keywords
  ['START', 'opt_in'],
  ['start', 'opt_in'],
  ['Unstop', 'opt_in'],
  ['UNSTOP!', 'opt_in'],
  // Callback requests
  ['YES', 'callback_request'],
  ['yes', 'callback_request'],
  ['Yes!', 'callback_request'],
  ['yes please', 'callback_request'],
  ['Yes please call', 'callback_request'],
  ['yes call me asap', 'callback_request'],
  ['Yess', 'callback_request'],
  ['Yeah please', 'callback_request'],
  ['Yes 👍', 'callback_request'],
  ['y', 'callback_request'],
  ['call me', 'callback_request'],
  ['Call me back', 'callback_request'],
  ['please call back', 'callback_request'],
  ['call me at 3', 'callback_request'],
  ['can someone call me', 'callback_request'],
  ['Can you call me when you get a chance?', 'callback_request'],
  ['pls call', 'callback_request'],
  ['plz cal me', 'callback_request'],
  ['Give me a call at 512-555-0123', 'callback_request'],
  ['Need a callback today, water everywhere', 'callback_request'],
  ['Call asap, basement flooding', 'callback_request'],
  ['could u call my cell', 'callback_request'],
  ['ring me', 'callback_request'],
  // Ordinary replies that mention stop/cancel/end/quit but do not opt out
  ["don't stop by before noon", 'other'],
  ['can you stop by tomorrow?', 'other'],
  ['the leak won’t stop', 'other'],
  ['it stopped leaking', 'other'],
  ['the water won\'t stop running', 'other'],
  ['when can you come?', 'other'],
  ['end of the day works', 'other'],
  ["I'll cancel my other plumber", 'other'],
  ['quit working yesterday', 'other'],
  ['Water heater quit working yesterday', 'other'],
  ['thanks!', 'other'],
  ['Thank you', 'other'],
  ['Please cancel', 'other'],
  ["Don't stop", 'other'],
  ['Stop by anytime after 2', 'other'],
  ['Can you stop the leak today?', 'other'],
  ['Dripping will not stop. When can you come', 'other'],
  ['The AC stopped blowing cold air', 'other'],
  ['Toilet keeps running and won’t end', 'other'],
  ['Need to remove my old water heater', 'other'],
  ['take me to the schedule page', 'other'],
  ['When do you start?', 'other'],
  ['what time do you start', 'other'],
  ["Don't call me before 5, I'm at work", 'other'],
  ['no need to call, all fixed', 'other'],
  ['I will call you later', 'other'],
  ['wrong number', 'other'],
  ['HELP', 'other'],
  ['info', 'other'],
  ['👍', 'other'],
  ['', 'other'],
  ['   ', 'other'],
  ['ok', 'other'],
  ['How much for a drain cleaning?', 'other'],
  ['Stop sending the guy, we fixed it', 'other'],
  ['I got no text from you yesterday', 'other'],
  ['Not interested', 'other'],
  ["I don't text much, call me", 'callback_request'],
  // Not Twilio default keywords; "para" is also "for" in Spanish
  ['ALTO', 'other'],
  ['PARAR', 'other'],
  ['para mañana por favor', 'other'],
];

describe('classifyReply', () => {
  test('the table is big enough to mean something', () => {
    expect(REPLIES.length).toBeGreaterThanOrEqual(80);
  });

  test.each(REPLIES)('%j is %s', (body, intent) => {
    const verdict = classifyReply(body);
    expect(verdict.intent).toBe(intent);
    expect(verdict.is_opt_out).toBe(intent === 'opt_out');
    expect(isOptOut(body)).toBe(intent === 'opt_out');
  });
});

describe('lifts_opt_out follows Twilio: START, UNSTOP, YES as the whole message', () => {
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
    expect(classifyReply(body).lifts_opt_out).toBe(lifts);
    expect(isOptIn(body)).toBe(lifts && !isOptOut(body));
  });

  test('a bare YES is a callback request that also lifts an opt-out', () => {
    expect(classifyReply('YES')).toEqual({ intent: 'callback_request', is_opt_out: false, lifts_opt_out: true });
  });

  test('START is an opt-in that lifts an opt-out', () => {
    expect(classifyReply('START')).toEqual({ intent: 'opt_in', is_opt_out: false, lifts_opt_out: true });
  });

  test('STOP is an opt-out that lifts nothing', () => {
    expect(classifyReply('STOP')).toEqual({ intent: 'opt_out', is_opt_out: true, lifts_opt_out: false });
  });
});

describe('bodies that are not strings (a mapped field may be empty)', () => {
  test.each([undefined, null, 42])('%p is other', (body) => {
    expect(classifyReply(body as unknown as string)).toEqual({ intent: 'other', is_opt_out: false, lifts_opt_out: false });
  });
});

describe('keywords survive any case and surrounding spaces or punctuation', () => {
  const fc = require('fast-check') as typeof import('fast-check');
  const wrapper = fc.stringMatching(/^[ .!?,"'*~\t]{0,4}$/);
  const randomCase = (word: string) =>
    fc.array(fc.boolean(), { minLength: word.length, maxLength: word.length })
      .map((upper) => [...word].map((ch, i) => (upper[i] ? ch.toUpperCase() : ch)).join(''));

  test.each([
    ['stop', 'opt_out'], ['stopall', 'opt_out'], ['unsubscribe', 'opt_out'], ['cancel', 'opt_out'], ['end', 'opt_out'],
    ['quit', 'opt_out'], ['revoke', 'opt_out'], ['optout', 'opt_out'], ['start', 'opt_in'], ['unstop', 'opt_in'],
    ['yes', 'callback_request'],
  ] as const)('%s is always %s', (keyword, intent) => {
    fc.assert(fc.property(wrapper, randomCase(keyword), wrapper, (before, word, after) => {
      expect(classifyReply(`${before}${word}${after}`).intent).toBe(intent);
    }));
  });
});
