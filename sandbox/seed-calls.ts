import type { CallSpec, Scenario } from './scenario-types';

/** Area codes for seeded callers, none used by the scenario, each with 100 fictional numbers (555-0100..0199). */
const SEED_AREA_CODES = [
  210, 214, 469, 713, 281, 832, 915, 806, 325, 361, 409, 430, 432, 682, 817, 830, 903, 936, 940, 956, 972, 979, 254,
  346, 726, 945,
];

export function seededCaller(index: number): string {
  const slot = index % (SEED_AREA_CODES.length * 100);
  return `+1${SEED_AREA_CODES[Math.floor(slot / 100)]}5550${100 + (slot % 100)}`;
}

/** A missed call: the caller's leg `completed`, forwarded to a staff phone that did not answer. */
export function missedCallSpec(scenario: Scenario, call: Omit<CallSpec, 'status' | 'legs'>): CallSpec {
  return {
    durationSeconds: 32,
    ...call,
    status: 'completed',
    legs: [{ to: Object.values(scenario.staffPhones)[0] ?? '+15125550150', status: 'no-answer' }],
  };
}

/** `n` missed calls from different callers spread over the last 23 hours, none on the edge of a 24-hour window. */
export function seededMissedCalls(scenario: Scenario, n: number, firstIndex: number, to: string): CallSpec[] {
  return Array.from({ length: n }, (_, index) =>
    missedCallSpec(scenario, {
      key: `${scenario.name}:seeded:${firstIndex + index}`,
      from: seededCaller(firstIndex + index),
      to,
      minutesAgo: 1 + ((index + 0.5) * (23 * 60 - 1)) / n,
    }),
  );
}
