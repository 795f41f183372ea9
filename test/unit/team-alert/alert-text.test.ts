import { isTeamAlert } from '../../../lib/history/text-backs';
import { measureSms } from '../../../lib/sms/segments';
import { composeAlert, MAX_ALERT_SEGMENTS } from '../../../lib/team-alert/alert-text';
import { callerHistory, ordinal, timeAgo } from '../../../lib/team-alert/caller-history';
import { readTeamNumbers } from '../../../lib/team-alert/team-numbers';
import type { Call, Message } from '../../../lib/twilio/resources';
import { callRecord, inboundMessageRecord, messageRecord } from '../../helpers/twilio-records';
import { alertFacts } from './alert-facts';

const facts = alertFacts;
const asMessage = (body: string) => messageRecord('2026-12-06T21:00:00Z', { body });

describe('the alert reads in two seconds', () => {
  test('who, when and what happened come first; the callback link last; no opt-out footer', () => {
    const alert = composeAlert(
      facts({ textBackBody: 'Hi Dana, we will call you back. Reply STOP to opt out.', voicemailTranscript: 'Leak!' }),
    );
    const lines = alert.body.split('\n');
    expect(lines[0]).toBe('TEAM ALERT: Dana Cruz (303) 555-0100 called Sun, Dec 6, 3:02 PM - left a voicemail.');
    expect(lines).toEqual([
      lines[0],
      'We texted: "Hi Dana, we will call you back. Reply STOP to opt out."',
      'Voicemail: "Leak!"',
      'Call back: tel:+13035550100',
    ]);
    expect(isTeamAlert(asMessage(alert.body))).toBe(true);
    expect(alert.headline).toBe(lines[0]);
  });

  test.each([
    ['no_answer', 'nobody answered'],
    ['busy', 'the line was busy'],
    ['hung_up', 'hung up before anyone answered'],
    [undefined, 'the call was missed'],
    ['something new', 'the call was missed'],
  ])('missed_reason %s says "%s"', (reason, words) => {
    expect(composeAlert(facts({ missedReason: reason })).headline).toContain(`- ${words}.`);
  });

  test('a voicemail without its transcript yet says it is on its way', () => {
    expect(composeAlert(facts()).body).toContain('Voicemail: transcript on its way.');
    expect(composeAlert(facts({ missedReason: 'no_answer' })).body).not.toContain('Voicemail');
  });

  test.each([
    ['a long transcript', { voicemailTranscript: 'water everywhere '.repeat(80) }],
    ['a long transcript and text-back', { voicemailTranscript: 'a'.repeat(900), textBackBody: 'b '.repeat(400) }],
    ['a non-GSM transcript', { voicemailTranscript: '水漏れ '.repeat(200) }],
    [
      'everything long',
      { voicemailTranscript: 'x'.repeat(2000), textBackBody: 'y'.repeat(900), note: 'z'.repeat(900) },
    ],
  ])('%s is clipped to at most 3 segments, the link kept', (_name, extra) => {
    const alert = composeAlert(facts(extra));
    expect(alert.segments).toBeLessThanOrEqual(MAX_ALERT_SEGMENTS);
    expect(measureSms(alert.body).segments).toBe(alert.segments);
    expect(alert.body.endsWith('Call back: tel:+13035550100')).toBe(true);
    expect(alert.body).toContain('...');
  });

  test('the transcript gives way first: a short text-back quote stays whole', () => {
    const alert = composeAlert(facts({ voicemailTranscript: 'long '.repeat(300), textBackBody: 'We will call you.' }));
    expect(alert.body).toContain('We texted: "We will call you."');
    expect(alert.body).toMatch(/Voicemail: "long .*\.\.\."/);
  });

  test('hostile text stays one line each: control characters and line breaks flattened, NFKC', () => {
    const alert = composeAlert(facts({ note: 'call\u0000 back\n\n\nnow ＡＢＣ' }));
    expect(alert.body).toContain('Note: call back now ABC');
  });
});

describe('team numbers as typed', () => {
  test('commas, semicolons and lines, any format; duplicates once; bad entries named', () => {
    const read = readTeamNumbers('(512) 555-0101, 512.555.0102\n+1 512 555 0101; call me; 12', 'US');
    expect(read.numbers.map((number) => number.e164)).toEqual(['+15125550101', '+15125550102']);
    expect(read.invalid).toEqual([
      { typed: 'call me', why: 'is not a phone number' },
      { typed: '12', why: 'is not a phone number' },
    ]);
  });

  test('nothing valid is an error naming each entry and why; more than 10 is an error', () => {
    expect(() => readTeamNumbers('555, bob', 'US')).toThrow(
      'No alert was sent: "555" is not a phone number; "bob" is not a phone number.',
    );
    const eleven = Array.from({ length: 11 }, (_, i) => `(512) 555-01${String(i).padStart(2, '0')}`).join(',');
    expect(() => readTeamNumbers(eleven, 'US')).toThrow(/has 11 numbers; an alert goes to at most 10/);
  });
});

describe('the caller history line', () => {
  const now = new Date('2026-12-06T21:00:00Z');
  const call = (sid: string, at: string): Call => callRecord(at, { sid, from: '+13035550100', to: '+15125550100' });
  const text = (body: string, at: string): Message =>
    inboundMessageRecord(at, body, { from: '+13035550100', to: '+15125550100' });

  test('"3rd call this week; replied "YES" 2 days ago."', () => {
    const calls = [
      call('CA1', '2026-12-01T15:00:00Z'),
      call('CA2', '2026-12-04T15:00:00Z'),
      call('CA3', '2026-12-06T20:55:00Z'),
    ];
    expect(callerHistory(calls, [text('YES', '2026-12-04T16:00:00Z')], '+13035550100', now)).toBe(
      '3rd call this week; replied "YES" 2 days ago.',
    );
  });

  test('an opt-out is said as one; calls older than a week do not count; nothing known is null', () => {
    const calls = [call('CA0', '2026-11-20T15:00:00Z'), call('CA3', '2026-12-06T20:55:00Z')];
    expect(callerHistory(calls, [text('stop texting me', '2026-12-06T20:30:00Z')], '+13035550100', now)).toBe(
      'first call this week; opted out with "stop texting me" 30 min ago.',
    );
    expect(callerHistory([], [], '+13035550100', now)).toBeNull();
  });

  test.each([
    [1, '1st'],
    [2, '2nd'],
    [3, '3rd'],
    [4, '4th'],
    [11, '11th'],
    [12, '12th'],
    [13, '13th'],
    [21, '21st'],
    [112, '112th'],
  ])('ordinal %i is %s', (n, words) => {
    expect(ordinal(n)).toBe(words);
  });

  test.each([
    ['2026-12-06T20:59:30Z', 'just now'],
    ['2026-12-06T19:00:00Z', '2 h ago'],
    ['2026-12-05T20:00:00Z', 'yesterday'],
  ])('%s was %s', (at, words) => {
    expect(timeAgo(at, now)).toBe(words);
  });
});
