import { UNDELIVERED } from '../../sandbox/delivery-seed';
import type { Scenario, ScenarioCall } from '../../sandbox/scenario-types';
import { expectedTextBack } from './scenario-expectations';

/**
 * What the main job's replayed day must print, read from the scenario data alone (not by running the app's code):
 * when each call ends, when recipe 1 texts it, who is called back and when, who stays unreturned.
 */
const RING_SECONDS = 20; // Twilio's default <Dial> timeout: an unanswered call rings this long.
const ZAP_SECONDS = 5; // the main job runs the Zap's steps this long after the status callback
const POLL_MINUTES = 5; // and polls the polling triggers this often
const WAIT_MINUTES = 15;
const DAY_MINUTES = 24 * 60;

/** Business hours the main job uses: Mon-Fri 07:00-18:00, Sat 08:00-12:00. */
function inBusinessHours(at: Date, timeZone: string): boolean {
  const part = (options: Intl.DateTimeFormatOptions) =>
    new Intl.DateTimeFormat('en-US', { ...options, timeZone }).format(at);
  const day = part({ weekday: 'short' });
  const minutes = Number(part({ hour: 'numeric', hourCycle: 'h23' })) * 60 + Number(part({ minute: 'numeric' }));
  if (day === 'Sat') return minutes >= 8 * 60 && minutes < 12 * 60;
  return day !== 'Sun' && minutes >= 7 * 60 && minutes < 18 * 60;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

export function expectedDay(scenario: Scenario, dayEnd: Date, timeZone: string) {
  const dayStart = dayEnd.getTime() - DAY_MINUTES * 60000;
  const startOf = (call: ScenarioCall) => dayEnd.getTime() - call.minutesAgo * 60000;
  const endOf = (call: ScenarioCall) =>
    startOf(call) + (call.status === 'completed' ? (call.durationSeconds ?? 30) : RING_SECONDS) * 1000;
  const polledLines = new Set(
    scenario.numbers.filter((n) => n.voiceApplicationSid || n.statusCallback || n.trunkSid).map((n) => n.phoneNumber),
  );
  const textedAt = (call: ScenarioCall) => {
    return polledLines.has(call.to) ? tick(endOf(call)) : endOf(call) + ZAP_SECONDS * 1000;
  };
  const day = scenario.calls.filter((call) => call.minutesAgo < DAY_MINUTES);
  // A call that reached the caller: answered from them, or placed to them (directly or as a click-to-call's leg).
  const reachedBy = (caller: string, after: number) =>
    day
      .filter(
        (call) =>
          startOf(call) > after &&
          ((call.from === caller && call.status === 'completed' && call.expect === 'answered') ||
            (call.direction === 'outbound-api' &&
              ((call.to === caller && call.status === 'completed') ||
                (call.legs ?? []).some((leg) => leg.to === caller && leg.status === 'completed')))),
      )
      .sort((a, b) => startOf(a) - startOf(b))[0];
  const reached = (caller: string, after: number) => {
    const call = reachedBy(caller, after);
    return call && startOf(call);
  };
  const grid = POLL_MINUTES * 60000;
  const tick = (at: number) => dayStart + Math.ceil((at - dayStart) / grid) * grid;
  const missed = day.filter((call) => typeof call.expect === 'object').sort((a, b) => startOf(a) - startOf(b));
  const items = missed.filter((call) => !call.withheld);
  const texted = new Map<string, number>();
  const verdicts = items.map((call) => {
    const at = textedAt(call);
    // The seeded log's verdicts that depend on what came after the call are read again at the text's time:
    // a callback, a text earlier in the day, an opt-out written after the text-back, a text that failed later.
    const replayed = UNDELIVERED.some((entry) => entry.key === call.key)
      ? { ...call, textBack: 'sent' as const }
      : call;
    let verdict = expectedTextBack(replayed, new Date(at), timeZone, new Date(startOf(call)));
    const optedOutBefore = scenario.messages.some(
      (m) => m.direction === 'inbound' && m.from === call.from && dayEnd.getTime() - m.minutesAgo * 60000 < at,
    );
    if (verdict === 'opted_out' && !optedOutBefore) verdict = 'sent';
    if (verdict === 'already_connected' || verdict === 'cooldown') {
      const callback = reached(call.from, startOf(call));
      verdict = callback !== undefined && callback < at ? 'already_connected' : 'sent';
    }
    if (verdict === 'sent' && call.key === 'landline-caller') verdict = 'landline'; // the main job skips landlines
    if (verdict === 'sent' && texted.has(call.from)) verdict = 'cooldown';
    if (verdict === 'sent') texted.set(call.from, at);
    return { call, verdict, at };
  });
  const sent = verdicts.filter((v) => v.verdict === 'sent');
  const callbacks = items.flatMap((call) => {
    const callback = reached(call.from, startOf(call));
    return callback === undefined ? [] : [{ call, minutes: (callback - startOf(call)) / 60000 }];
  });
  const notTexted: Record<string, number> = {};
  for (const { verdict } of verdicts)
    if (verdict && verdict !== 'sent') notTexted[verdict] = (notTexted[verdict] ?? 0) + 1;
  const optedOutTeam = new Set(
    scenario.messages.filter((m) => m.direction === 'inbound' && /^stop$/i.test(m.body.trim())).map((m) => m.from),
  );
  return {
    missedCalls: missed.length,
    zapItems: items.length,
    textsSent: sent.length,
    notTexted,
    /** Texts promising a callback within minutes: calls in business hours. */
    inHoursTexts: sent.filter((v) => inBusinessHours(new Date(startOf(v.call)), timeZone)).length,
    alertedCalls: items.length,
    alertTexts: items.length * scenario.teamNumbers.filter((n) => !optedOutTeam.has(n)).length,
    notReturned: items
      .filter((call) => {
        // Still within its wait when the day ends: not yet returned or not.
        // The poll after its wait is over sees the calls logged by then (a call is logged when it ends).
        const poll = tick(endOf(call) + WAIT_MINUTES * 60000);
        if (poll > dayEnd.getTime()) return false;
        const callback = reachedBy(call.from, startOf(call));
        return callback === undefined || endOf(callback) > poll;
      })
      .map((call) => call.from),
    medianSecondsToTextBack: Math.round(median(sent.map((v) => (v.at - startOf(v.call)) / 1000))),
    medianMinutesToCallback: median(callbacks.map((c) => c.minutes)),
    callersCalledBack: callbacks.length,
  };
}
