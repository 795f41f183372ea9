import { rapidRooterScenario } from '../../sandbox/scenario';
import { CALLBACK_CALLERS } from '../../sandbox/scenario-calls-callbacks';
import { SKIP_WORDS } from '../../scripts/main-job/words';
import { expectedDay } from '../helpers/day-expectations';
import { runStart } from '../helpers/run-start';

/** The business is in Austin: the Zap's zone and its callers' clock (area codes 512 and 737) are Chicago's. */
const ZONE = 'America/Chicago';
const national = (e164: string) => `(${e164.slice(2, 5)}) ${e164.slice(5, 8)}-${e164.slice(8)}`;

/** The replayed day ends at a fixed time, so CI sees the same weekday and night whenever it runs. */
describe.each([
  ['ending Tuesday 6:30 PM (the day: Monday evening to Tuesday afternoon)', new Date('2026-12-09T00:30:00Z')],
  ['ending Sunday 6:30 PM (a weekend: every call after hours)', new Date('2026-12-07T00:30:00Z')],
])('npm start: the main job replays the day %s', (_when, dayEnd) => {
  const expected = expectedDay(rapidRooterScenario, dayEnd, ZONE);
  let lines: string[] = [];
  let stderr = '';
  const text = () => lines.join('\n');
  const section = (title: string) => {
    const start = lines.findIndex((line) => /^\d+\. /.test(line) && line.includes(title));
    const end = lines.findIndex((line, index) => index > start + 1 && /^\d+\. /.test(line));
    return lines.slice(start, end === -1 ? undefined : end);
  };
  const number = (pattern: RegExp) => Number(text().match(pattern)?.[1]);
  /** The timeline's "not texted: ..." rows, by the skip reason whose words they print. */
  const notTexted = () => {
    const rows = section('The day, replayed');
    const counts: Record<string, number> = {};
    for (const [reason, words] of Object.entries(SKIP_WORDS)) {
      const n = rows.filter((line) => line.includes(`not texted: ${words};`)).length;
      if (n) counts[reason] = n;
    }
    const withheld = rows.filter((line) => line.includes('not texted: Caller ID withheld')).length;
    if (withheld) counts.not_textable = (counts.not_textable ?? 0) + withheld;
    return counts;
  };

  beforeAll(async () => {
    ({ lines, stderr } = await runStart([`--day-end=${dayEnd.toISOString()}`]));
  }, 120000);

  test('its counts are the scenario day: missed calls, text-backs, skips with reasons, alerts', () => {
    expect(expected.textsSent).toBeGreaterThan(0);
    expect({
      missedCalls: number(/^(\d+) missed calls \(/m),
      zapItems: number(/^(\d+) missed calls reached the Zaps;/m),
      textsSent: number(/; (\d+) text-backs sent;/),
      notTexted: notTexted(),
      alertedCalls: number(/^(\d+) missed calls alerted to/m),
      alertTexts: number(/: (\d+) alert texts \(/),
      notReturned: number(/ (\d+) callers in New Missed Call Not Returned\./),
    }).toEqual({
      missedCalls: expected.missedCalls,
      zapItems: expected.zapItems,
      textsSent: expected.textsSent,
      notTexted: expected.notTexted,
      alertedCalls: expected.alertedCalls,
      alertTexts: expected.alertTexts,
      notReturned: expected.notReturned.length,
    });
  });

  test('each missed call is texted seconds after it ends; the report says seconds and minutes, agreeing with the sections', () => {
    expect(text()).toContain(`Time from missed call to text-back  ${expected.medianSecondsToTextBack} s (median)`);
    expect(text()).toContain(`Time from missed call to callback   ${expected.medianMinutesToCallback} min (median)`);
    expect(text()).toContain(
      `Missed calls                        ${expected.missedCalls} (the call list above: ${expected.missedCalls})`,
    );
    expect(text()).toContain(
      `Callers texted back                 ${expected.textsSent} (Send Text-Back above: ${expected.textsSent})`,
    );
    expect(text()).toContain(`Missed callers called back          ${expected.callersCalledBack}`);
    expect(text()).not.toContain('DIFFERENT');
    const timeline = section('The day, replayed');
    expect(timeline.filter((line) => /TEXTED 5 s after the call ended: "/.test(line)).length).toBe(
      expected.textsSent - timeline.filter((line) => line.includes('(polled)') && line.includes('TEXTED')).length,
    );
  });

  test('business hours and quiet hours come out as on the real day', () => {
    const texts = section('The day, replayed').filter((line) => line.includes('TEXTED'));
    expect(texts.filter((line) => /within \d+ min/.test(line))).toHaveLength(expected.inHoursTexts);
    expect(texts.filter((line) => /We open (tomorrow|on \w+day|at) /.test(line))).toHaveLength(
      expected.textsSent - expected.inHoursTexts,
    );
    expect(notTexted().quiet_hours ?? 0).toBe(expected.notTexted.quiet_hours ?? 0);
  });

  test('New Missed Call Not Returned fires once for each caller nobody called back, not for those called back in time', () => {
    const fired = section('New Missed Call Not Returned').filter((line) => line.includes('fired at'));
    expect(fired).toHaveLength(expected.notReturned.length);
    for (const caller of new Set(expected.notReturned.filter((number) => number.startsWith('+1'))))
      expect(fired.filter((line) => line.includes(national(caller)))).toHaveLength(
        expected.notReturned.filter((number) => number === caller).length,
      );
    expect(fired.some((line) => line.includes(national(CALLBACK_CALLERS.never)))).toBe(true);
    expect(fired.some((line) => line.includes(national(CALLBACK_CALLERS.afterForty)))).toBe(true);
    expect(fired.some((line) => line.includes(national(CALLBACK_CALLERS.afterFive)))).toBe(false);
  });

  test('a replayed Zap run sends neither the text-back nor the alert again; the team member who texted STOP is named', () => {
    expect(text()).toMatch(
      /^Replayed the run for .+: Send Text-Back says "already sent", Alert Team by Text returns the first alerts \(same message SIDs\); 0 new texts in the account's log\.$/m,
    );
    expect(text()).toContain('The same notification with a forged signature: ignored.');
    expect(text()).toMatch(/\(512\) 555-0153 was not alerted: replied STOP on \w{3} \d+\./);
    expect(text()).toContain(
      `${expected.alertedCalls} missed calls alerted to (512) 555-0150 and (512) 555-0151: ${expected.alertTexts} alert texts`,
    );
    expect(text()).toMatch(/^TEAM ALERT: .+ called \w{3}, \w{3} \d+, \d+:\d\d [AP]M - .+\.$/m);
  });

  test("it reads like a receptionist's log and keeps the evidence lines", () => {
    expect(text()).not.toMatch(
      /\b(no_answer|hung_up|quiet_hours|not_textable|already_connected|implied_by_call|callback_request)\b/,
    );
    expect(text()).toContain('Caller ID withheld');
    expect(texts(lines).filter((line) => /Hi (Austin|Tx|Round|Rock|Wireless|Caller)\b/i.test(line))).toEqual([]);
    expect(text()).toMatch(
      /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ did not text \+15125550141 from \+1\d{10}: opted out \(replied "I told you to stop" at \d{4}-[\dT:-]+Z\)\.$/m,
    );
    expect(text()).toMatch(
      /^\S+Z texted \+1\d{10} from \+1\d{10} \(SM[0-9a-f]{32}\): consent by inbound call CA[0-9a-f]{32} at \S+Z; no opt-out on record\.$/m,
    );
  });

  test('no stray log lines, and no test mode: zapier-platform-core runs as in production', () => {
    expect(stderr).toBe('');
    expect(text()).not.toMatch(/ZID:|RSSMEM/);
    expect(lines.filter((line) => /Ignored a call notification|What happened:|Error:|wrong!/.test(line))).toEqual([]);
  });
});

const texts = (lines: string[]) => lines.filter((line) => line.includes('TEXTED'));
