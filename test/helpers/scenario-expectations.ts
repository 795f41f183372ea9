import type { ScenarioCall } from '../../sandbox/scenario-types';

/** Send Text-Back's default quiet hours, 21:00-08:00, written out here so the rule is checked, not reused. */
export function inDefaultQuietHours(now: Date, timeZone: string): boolean {
  const hour = Number(new Intl.DateTimeFormat('en-US', { hour: 'numeric', hourCycle: 'h23', timeZone }).format(now));
  return hour >= 21 || hour < 8;
}

/**
 * What Send Text-Back with its default inputs does with a scenario call at `now`: the scenario's `textBack`,
 * except that a call more than an hour old that would be texted waits out the night (contract: quiet hours).
 */
export function expectedTextBack(call: ScenarioCall, now: Date, timeZone: string): string | undefined {
  const old = (call.minutesAgo ?? 0) > 60;
  if (call.textBack === 'sent' && old && inDefaultQuietHours(now, timeZone)) return 'quiet_hours';
  return call.textBack;
}
