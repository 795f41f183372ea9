import { type LoggedRequest, type RequestTiming, requestTimings } from '../../sandbox/http-handler';

/**
 * How many round trips the timings took, counted by order, not by a stopwatch: the longest chain of requests
 * each sent after the one before it was answered. Requests sent together form one round.
 */
export function roundTripsOf(timings: readonly RequestTiming[]): number {
  const byArrival = [...timings].sort((a, b) => a.receivedAt - b.receivedAt);
  const depth: number[] = [];
  for (const [index, request] of byArrival.entries()) {
    let before = 0;
    for (let earlier = 0; earlier < index; earlier++) {
      const answeredAt = byArrival[earlier].answeredAt;
      if (answeredAt !== undefined && answeredAt <= request.receivedAt) before = Math.max(before, depth[earlier]);
    }
    depth.push(before + 1);
  }
  return Math.max(0, ...depth);
}

/** The round trips of requests the sandbox logged. */
export const roundTrips = (requests: readonly LoggedRequest[]) =>
  roundTripsOf(requests.map((request) => requestTimings.get(request) ?? { receivedAt: 0 }));
