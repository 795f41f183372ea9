import type { ScenarioCall } from '../../sandbox/scenario-types';

/** Send Text-Back's default quiet hours, 21:00-08:00, written out here so the rule is checked, not reused. */
export function inDefaultQuietHours(now: Date, timeZone: string): boolean {
  const hour = Number(new Intl.DateTimeFormat('en-US', { hour: 'numeric', hourCycle: 'h23', timeZone }).format(now));
  return hour >= 21 || hour < 8;
}

/**
 * What Send Text-Back with its default inputs does with a scenario call when it runs at `textedAt`: the scenario's
 * `textBack`, except that a call more than an hour old that would be texted waits out the night (contract: quiet
 * hours). The call's age is read from `calledAt` when given (a replayed day: the text goes out seconds after the
 * call, at the day's real time), else from the scenario's `minutesAgo` (a log seeded before the run).
 */
export function expectedTextBack(
  call: ScenarioCall,
  textedAt: Date,
  timeZone: string,
  calledAt?: Date,
): string | undefined {
  const minutesOld = calledAt ? (textedAt.getTime() - calledAt.getTime()) / 60000 : (call.minutesAgo ?? 0);
  if (call.textBack === 'sent' && minutesOld > 60 && inDefaultQuietHours(textedAt, timeZone)) return 'quiet_hours';
  return call.textBack;
}
