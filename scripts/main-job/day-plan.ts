import { stableSid } from '../../sandbox/format';
import type { Scenario, ScenarioCall, ScenarioMessage } from '../../sandbox/scenario-types';
import { createState, credentialsFor } from '../../sandbox/state';

const DAY_MINUTES = 24 * 60;

/** Something that happens during the replayed day, at `at` on the shared clock. */
export type DayEvent =
  | { kind: 'call'; at: Date; call: ScenarioCall; start: Date; ended: boolean }
  | { kind: 'text'; at: Date; message: ScenarioMessage };

export interface DayPlan {
  /** The scenario without its last 24 hours: what the account's log held when the day began. */
  before: Scenario;
  /** The last 24 hours, oldest first: calls when they end (or start, if still going at the end), customers' texts. */
  events: DayEvent[];
  dayStart: Date;
}

/**
 * Splits a scenario seeded against `dayEnd` into the log before the day and the day's events. A call's times are
 * the sandbox's own (its records, seeded as the sandbox seeds them). The day's outgoing texts are left out: the
 * replay sends them itself, at the moment the app decides to.
 */
export function planDay(scenario: Scenario, dayEnd: Date): DayPlan {
  const inDay = (item: { minutesAgo: number }) => item.minutesAgo < DAY_MINUTES;
  const seeded = createState(scenario, dayEnd, credentialsFor(scenario.name));
  const callEvents: DayEvent[] = scenario.calls.filter(inDay).map((call) => {
    const record = seeded.calls.find(
      (candidate) => candidate.sid === stableSid('CA', `${scenario.name}:${call.key}:call`),
    );
    const start = record?.startTime ?? new Date(dayEnd.getTime() - call.minutesAgo * 60000);
    const end = record?.endTime ?? null;
    return { kind: 'call', at: end ?? start, call, start, ended: end !== null };
  });
  const textEvents: DayEvent[] = scenario.messages
    .filter((message) => inDay(message) && message.direction === 'inbound')
    .map((message) => ({ kind: 'text', at: new Date(dayEnd.getTime() - message.minutesAgo * 60000), message }));
  return {
    before: {
      ...scenario,
      calls: scenario.calls.filter((call) => !inDay(call)),
      messages: scenario.messages.filter((message) => !inDay(message)),
    },
    events: [...callEvents, ...textEvents].sort((a, b) => a.at.getTime() - b.at.getTime()),
    dayStart: new Date(dayEnd.getTime() - DAY_MINUTES * 60000),
  };
}
