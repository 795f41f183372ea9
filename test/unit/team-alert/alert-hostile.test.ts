import { measureSms } from '../../../lib/sms/segments';
import { composeAlert, MAX_ALERT_SEGMENTS } from '../../../lib/team-alert/alert-text';
import { alertFacts } from './alert-facts';

/**
 * Contract: `send_team_alert`; every string from a caller is hostile. Whatever the caller's name and transcript
 * hold, the alert is one line per part, at most 3 segments, and its first line still names the caller's number
 * and its last line is the callback link, whole.
 */
const LINK = 'Call back: tel:+13035550100';
const facts = alertFacts;
const INVISIBLE = /[\p{Cc}\p{Cf}]/u;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function expectSound(alert: ReturnType<typeof composeAlert>) {
  const lines = alert.body.split('\n');
  expect(alert.segments).toBeLessThanOrEqual(MAX_ALERT_SEGMENTS);
  expect(measureSms(alert.body).segments).toBe(alert.segments);
  expect(alert.body).not.toMatch(LONE_SURROGATE);
  expect(lines[0]).toMatch(/^TEAM ALERT: .*\(303\) 555-0100 called /);
  expect(lines.at(-1)).toBe(LINK);
  for (const line of lines) expect(line).not.toMatch(INVISIBLE);
}

test.each([
  ['a reversed-text mark', 'Dana \u202eCruz\u202c', 'Dana Cruz'],
  ['bidi isolates and marks', '\u2067Dana\u2069 \u200fCruz\u200e', 'Dana Cruz'],
  ['zero-width and soft hyphen', 'Da\u200bna Cr\u00aduz', 'Dana Cruz'],
  ['C0 and C1 controls', 'Dana\u0007\u001b[31m Cruz\u0085', 'Dana[31m Cruz'],
])('a caller name with %s keeps to one plain line', (_name, callerName, shown) => {
  const alert = composeAlert(facts({ callerName }));
  expectSound(alert);
  expect(alert.headline).toBe(`TEAM ALERT: ${shown} (303) 555-0100 called Sun, Dec 6, 3:02 PM - left a voicemail.`);
});

test('a name in compatibility forms is folded (NFKC)', () => {
  expect(composeAlert(facts({ callerName: 'ＤＡＮＡ ﬁnch' })).headline).toMatch(/^TEAM ALERT: DANA finch \(303\)/);
});

test('a very long name is cut to 40 characters, never inside an emoji', () => {
  const alert = composeAlert(facts({ callerName: `${'A'.repeat(39)}😀${'B'.repeat(500)}` }));
  expectSound(alert);
  expect(alert.headline).toMatch(/^TEAM ALERT: A{39}😀? \(303\) 555-0100 called /);
});

test.each([
  ['Chinese', '水'.repeat(60)],
  ['emoji', '😀'.repeat(60)],
  ['GSM', 'Z'.repeat(600)],
])('a long %s name with a long history, transcript, text-back and note still fits 3 segments', (_script, name) => {
  const alert = composeAlert(
    facts({
      callerName: name,
      missedReason: 'hung_up',
      history: `3rd call this week; replied "${name.slice(0, 21)}..." 2 days ago.`,
      voicemailTranscript: `${name} `.repeat(20),
      textBackBody: `Hi ${name}, we will call you back.`,
      note: name,
    }),
  );
  expectSound(alert);
});

test('a transcript of nothing but invisible characters is no transcript', () => {
  const alert = composeAlert(facts({ voicemailTranscript: '\u202e\u200b\u2066\u0000' }));
  expect(alert.body).toContain('Voicemail: transcript on its way.');
  expectSound(alert);
});
