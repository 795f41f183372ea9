import { UNDELIVERED } from '../../sandbox/delivery-seed';
import { rapidRooterScenario } from '../../sandbox/scenario';
import { runMainJob } from '../../scripts/main-job';
import type { JobCounts } from '../../scripts/main-job/context';
import { useClockFrom } from '../helpers/clock';
import { expectedTextBack } from '../helpers/scenario-expectations';

/** The business is in Austin: the Zap's zone and its callers' clock (area codes 512 and 737) are Chicago's. */
const ZONE = 'America/Chicago';
const hourIn = (zone: string, at: Date) =>
  Number(new Intl.DateTimeFormat('en-US', { hour: 'numeric', hourCycle: 'h23', timeZone: zone }).format(at));
/**
 * These callers got their text-back earlier in the seeded day (some of them then failed to arrive): the main job's
 * run for them is a replay.
 */
const TEXTED_EARLIER = [
  'texted-back-replied-yes',
  'texted-back-asked-question',
  'texted-back-said-stop-texting',
  ...UNDELIVERED.map((call) => call.key),
];

/** What the scenario says the main job must find, at the hour the test runs. */
function scenarioExpectations(now: Date, zone: string) {
  const missed = rapidRooterScenario.calls.filter(
    (call) => call.minutesAgo < 24 * 60 && typeof call.expect === 'object',
  );
  const texted = new Set<string>();
  let already = 0;
  for (const call of [...missed].sort((a, b) => b.minutesAgo - a.minutesAgo)) {
    let verdict = expectedTextBack(call, now, zone);
    if (call.key === 'landline-caller' && verdict === 'sent') verdict = 'landline'; // the main job skips landlines
    if (TEXTED_EARLIER.includes(call.key) || (verdict === 'sent' && texted.has(call.from))) already += 1;
    else if (verdict === 'sent') texted.add(call.from);
  }
  return { missedCalls: missed.length, textsSent: texted.size, alreadyTexted: already };
}

/** Fixed clocks on a Tuesday in Austin (CST, UTC-6), so the test sees the same day or night whenever CI runs. */
describe.each([
  ['at night (quiet hours)', new Date('2026-12-09T05:00:00Z')],
  ['in the afternoon', new Date('2026-12-08T20:00:00Z')],
])('npm start: the main job, %s', (_when, startAt) => {
  useClockFrom(startAt);
  const zone = ZONE;
  const hour = hourIn(zone, startAt);
  const lines: string[] = [];
  let counts: JobCounts;
  let expected: ReturnType<typeof scenarioExpectations>;
  const logged: unknown[] = [];

  beforeAll(async () => {
    const spy = jest.spyOn(console, 'log').mockImplementation((...args) => void logged.push(args));
    try {
      expected = scenarioExpectations(new Date(), zone);
      counts = await runMainJob((line = '') => lines.push(...line.split('\n')), { zone });
    } finally {
      spy.mockRestore();
    }
  }, 120000);

  test('its counts agree with the sandbox scenario', () => {
    expect(counts.textsSent).toBeGreaterThan(0);
    expect({
      missedCalls: counts.missedCalls,
      textsSent: counts.textsSent,
      alreadyTexted: counts.alreadyTexted,
    }).toEqual(expected);
  });

  test('its counts agree with each other', () => {
    expect(counts.textsSent + counts.alreadyTexted + counts.notTexted).toBe(counts.missedCalls);
    expect(counts.reportMissedCalls).toBe(counts.missedCalls + counts.instantCalls);
    expect(counts.reportTextBacks).toBe(counts.textsSent + TEXTED_EARLIER.length);
    expect(lines.filter((line) => line.includes('TEXTED: "'))).toHaveLength(counts.textsSent);
    expect(lines.filter((line) => line.includes('already texted on'))).toHaveLength(counts.alreadyTexted);
    expect(lines.join('\n')).toContain(
      `Callers texted back                  ${counts.reportTextBacks} (${counts.textsSent} just now, ${TEXTED_EARLIER.length} earlier today)`,
    );
  });

  test("it reads like a receptionist's log: words, dates, durations, rates with their base", () => {
    const text = lines.join('\n');
    expect(text).not.toMatch(
      /\b(no_answer|hung_up|quiet_hours|not_textable|already_connected|implied_by_call|callback_request)\b/,
    );
    expect(text).not.toMatch(/\+266696687|\bSENT\b|\d{3,} s\b/);
    expect(text).toContain('Caller ID withheld');
    expect(text).toContain(`Business hours used: Mon-Fri 07:00-18:00, Sat 08:00-12:00 (${zone}).`);
    expect(text).toMatch(/^\w{3}, \w{3} \d{1,2}, \d{1,2}:\d\d [AP]M {2}/m);
    expect(text).toMatch(/Recovered +\d+ of \d+ texted callers replied or called back/);
    expect(text).toMatch(/Time from missed call to text-back +(\d+ (h|min|s)( \d+ (min|s))?|not known) \(median\)/);
    // Texts promise no minutes for old calls, and at night say when the business opens.
    const texts = lines.filter((line) => line.includes('TEXTED: "'));
    if (hour === 23)
      expect(
        texts.every((line) =>
          /We open (at|tomorrow at|on \w+day at) \d+:\d\d [AP]M and will call you back then\./.test(line),
        ),
      ).toBe(true);
    // Texts greet people, never the caller ID's city ("AUSTIN TX", "ROUND ROCK TX") or a carrier label.
    expect(texts.filter((line) => /Hi (Austin|Tx|Round|Rock|Wireless|Caller)\b/i.test(line))).toEqual([]);
    // The one call of the last hour is promised minutes while the business is open (2 PM on a weekday).
    const weekday = new Intl.DateTimeFormat('en-US', { weekday: 'short', timeZone: zone }).format(startAt);
    const open = hour === 14 && !['Sat', 'Sun'].includes(weekday);
    expect(texts.filter((line) => /within \d+ min/.test(line))).toHaveLength(open ? 1 : 0);
    // The caller who wrote "please stop texting me" is not shown as texted again.
    expect(lines.find((line) => line.includes('(512) 555-0136') && line.includes('texted'))).toMatch(
      /already texted on/,
    );
  });

  test('it honours an opt-out in words nobody listed, and prints the evidence lines to keep', () => {
    const shown = lines.filter((line) => line.includes('(512) 555-0141') && line.includes('texted'));
    expect(shown).toEqual([expect.stringMatching(/not texted: asked not to be texted/)]);
    const text = lines.join('\n');
    expect(text).toMatch(
      /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ did not text \+15125550141 from \+1\d{10}: opted out \(replied "I told you to stop" at \d{4}-[\dT:-]+Z\)\.$/m,
    );
    if (counts.textsSent > 0)
      expect(text).toMatch(
        /^\S+Z texted \+1\d{10} from \+1\d{10} \(SM[0-9a-f]{32}\): consent by inbound call CA[0-9a-f]{32} at \S+Z; no opt-out on record\.$/m,
      );
  });

  test('the team hears of each missed call with a number; the office manager, who texted STOP, is skipped and named', () => {
    const withNumber = rapidRooterScenario.calls.filter(
      (call) => call.minutesAgo < 24 * 60 && typeof call.expect === 'object' && !call.withheld,
    ).length;
    expect(counts.alertedCalls).toBe(withNumber);
    const text = lines.join('\n');
    expect(text).toMatch(/^TEAM ALERT: .+ called \w{3}, \w{3} \d+, \d+:\d\d [AP]M - .+\.$/m);
    expect(text).toContain(`${counts.alertedCalls} missed calls alerted to (512) 555-0150 and (512) 555-0151`);
    expect(text).toMatch(/\(512\) 555-0153 was not alerted: replied STOP on \w{3} \d+\./);
  });

  test('New Missed Call Not Returned names the caller nobody called back, not those called back after 5 and 40 min', () => {
    const section = lines.slice(lines.findIndex((line) => line.includes('New Missed Call Not Returned')));
    expect(section.some((line) => line.includes('(737) 555-0172'))).toBe(true);
    expect(section.some((line) => /\(737\) 555-017[01]/.test(line))).toBe(false);
  });

  test('no stray log lines', () => {
    expect(logged).toEqual([]);
    expect(lines.filter((line) => /Ignored a call notification|What happened:|Error:/.test(line))).toEqual([]);
  });
});
