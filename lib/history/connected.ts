import { groupCalls } from '../missed-calls/call-log';
import { answeredByPerson, classifyCall } from '../missed-calls/classify';
import type { Call } from '../twilio/resources';

const personAnswered = (call: Call) => call.status === 'completed' && answeredByPerson(call);

/**
 * The first call after the missed one in which the customer reached someone: they called again and a person
 * answered, or the business called them and they picked up. Null when nobody has spoken yet.
 */
export function connectedAfter(
  calls: Call[],
  customer: string,
  after: { sid: string | null; at: string },
): Call | null {
  const { callerLegs, legsByParent } = groupCalls(calls);
  const later = (call: Call) => call.sid !== after.sid && call.start_time !== null && call.start_time > after.at;
  const calledAgainAndAnswered = callerLegs.filter(
    (call) =>
      call.from === customer &&
      later(call) &&
      classifyCall(call, legsByParent.get(call.sid) ?? [], []).verdict === 'answered',
  );
  const calledBackAndAnswered = calls.filter(
    (call) => call.direction.startsWith('outbound') && call.to === customer && later(call) && personAnswered(call),
  );
  const connections = [...calledAgainAndAnswered, ...calledBackAndAnswered].sort((a, b) =>
    a.start_time!.localeCompare(b.start_time!),
  );
  return connections[0] ?? null;
}
