/** The app's performance goals, one row each in `npm run bench`; every verdict compares a measurement with these. */
import { type MedianEstimate, verdict } from './bench-sampling';

export const GOALS = {
  /** Importing the built app may cost at most this multiple of importing zapier-platform-core alone. */
  maxImportRatio: 1.2,
  /** Twilio's largest page: a poll may grow by one request per page of calls, never per call. */
  minCallsPerPage: 1000,
  /** One concurrent round trip of checks, then the send. */
  textBackRoundTrips: 2,
  /** However many runs race for one missed call, it gets one text. */
  textsPerMissedCall: 1,
  /** What Zapier accepts comfortably for a CLI app's build.zip. */
  maxZipBytes: 2_000_000,
} as const;

/** One poll of New Missed Call over a sandbox holding only `missedCalls` seeded calls. */
export interface PollMeasurement {
  missedCalls: number;
  /** Callers' legs plus forwarded legs. */
  callsInWindow: number;
  /** Items the trigger emitted (should equal `missedCalls`). */
  items: number;
  requests: number;
  /** Requests to `Calls.json`, the first page and every `next_page_uri` followed. */
  callPages: number;
  /** The `PageSize` the app asked for. */
  callsPerPage: number;
  msPerPoll: number;
}

export const pagesFor = (calls: number, perPage: number): number => Math.max(1, Math.ceil(calls / perPage));

/**
 * A poll meets the goal when it pages at Twilio's largest page size, asks for exactly the pages its calls fill,
 * emits every missed call, and its other requests (numbers, recordings) are the same as the smallest poll's.
 */
export function pollMeetsGoal(poll: PollMeasurement, smallest: PollMeasurement): boolean {
  return (
    poll.callsPerPage >= GOALS.minCallsPerPage &&
    poll.callPages === pagesFor(poll.callsInWindow, poll.callsPerPage) &&
    poll.items === poll.missedCalls &&
    poll.requests - poll.callPages === smallest.requests - smallest.callPages
  );
}

/** Round trips in a run where every request was held back by `delayMs`: the run is that many delays long. */
export const roundTrips = (elapsedMs: number, delayMs: number): number => Math.round(elapsedMs / delayMs);

/** Met only when the median import ratio is surely under the goal: a ratio too close to call is not a pass. */
export const importMeetsGoal = (ratio: MedianEstimate): boolean => verdict(ratio, GOALS.maxImportRatio) === 'below';

/** One Send Text-Back while the consent window holds `otherCalls` calls of other callers. */
export interface HistoryMeasurement {
  otherCalls: number;
  requests: number;
  /** The text went out (a skip would measure a shorter path). */
  sent: boolean;
}

/** The history reads only the customer: a text-back asks as much among 50,000 other calls as among 10. */
export const historyMeetsGoal = (row: HistoryMeasurement, smallest: HistoryMeasurement): boolean =>
  row.sent && smallest.sent && row.requests === smallest.requests;
