/**
 * `npm run bench` rows for New Undelivered Text-Back: requests per poll with 10, 1,000 and 5,000 messages in its
 * 48-hour window. The sandbox holds Rapid Rooter's numbers and texting setup, and only what each row seeds: missed
 * calls on the unregistered weekend line, each answered a minute later by a text-back that carriers block (30034).
 */
import './quiet-core';
import { createAppTester } from 'zapier-platform-core';
import App from '../index';
import { CARRIER_SECONDS } from '../sandbox/delivery';
import { WEEKEND_LINE } from '../sandbox/delivery-seed';
import { rapidRooterScenario } from '../sandbox/scenario';
import type { Scenario } from '../sandbox/scenario-types';
import { type LoggedRequest, startSandbox } from '../sandbox/server';
import { sendMessage } from '../sandbox/state';
import { perform } from './app-operations';
import { pagesFor } from './bench-goals';
import { count, ms, plural } from './bench-stats';

const appTester = createAppTester(App);
const poll = perform('triggers', 'text_back_undelivered');
const NUMBERS_ONLY: Scenario = { ...rapidRooterScenario, name: 'bench-undelivered', calls: [], messages: [] };
export const UNDELIVERED_SIZES = [10, 1000, 5000];
const PAGE = 1000;

export interface UndeliveredPollMeasurement {
  messages: number;
  items: number;
  requests: number;
  messagePages: number;
  callPages: number;
  callsInWindow: number;
  msPerPoll: number;
}

const isPage = (name: string) => (request: LoggedRequest) =>
  request.method === 'GET' && request.path.endsWith(`/${name}.json`);

/** One counted poll over `messages` blocked text-backs (and their missed calls) spread over the last 40 hours. */
export async function measureUndeliveredPoll(messages: number): Promise<UndeliveredPollMeasurement> {
  const sandbox = await startSandbox({ scenario: NUMBERS_ONLY });
  try {
    const now = sandbox.clock().getTime();
    sandbox.seedMissedCalls(messages, WEEKEND_LINE).forEach(({ call }, index) => {
      // Spread the texts over 40 hours: well inside the window, across two or three UTC days.
      const at = new Date(now - CARRIER_SECONDS * 1000 - ((index + 0.5) * 40 * 3_600_000) / messages);
      call.startTime = new Date(at.getTime() - 60_000);
      call.dateCreated = call.startTime;
      sendMessage(
        sandbox.state,
        {
          To: call.from,
          From: WEEKEND_LINE,
          Body: 'Rapid Rooter Plumbing: sorry we missed you. Reply STOP to opt out.',
        },
        at,
      );
    });
    sandbox.resetRequests();
    const started = performance.now();
    const items = (await appTester(poll, { authData: sandbox.authData(), inputData: {} } as never)) as unknown[];
    const msPerPoll = performance.now() - started;
    const requests = [...sandbox.requests];
    return {
      messages,
      items: items.length,
      requests: requests.length,
      messagePages: requests.filter(isPage('Messages')).length,
      callPages: requests.filter(isPage('Calls')).length,
      callsInWindow: sandbox.state.calls.length,
      msPerPoll,
    };
  } finally {
    await sandbox.stop();
  }
}

/**
 * Meets the goal when every text is an item, messages come in pages of 1,000 (two queries: by day, and undated back
 * to the window's start), calls in pages of 1,000, and the rest (the account's numbers) is one request at any size.
 */
export function undeliveredPollMeetsGoal(poll: UndeliveredPollMeasurement): boolean {
  const messagePages = 2 * pagesFor(poll.messages, PAGE);
  return (
    poll.items === poll.messages &&
    poll.messagePages <= messagePages + 1 &&
    poll.callPages === pagesFor(poll.callsInWindow, PAGE) &&
    poll.requests - poll.messagePages - poll.callPages === 1
  );
}

/** The bench rows, in the shape `scripts/bench.ts` prints. */
export async function undeliveredPollRows(): Promise<
  Array<{ what: string; measured: string; goal: string; pass: boolean }>
> {
  const goal = `pages of ${count(PAGE)} messages and calls; 1 other request`;
  const rows = [];
  for (const size of UNDELIVERED_SIZES) {
    const poll = await measureUndeliveredPoll(size);
    rows.push({
      what: `New Undelivered Text-Back poll, ${plural(size, 'message')} in the window`,
      measured:
        `${plural(poll.requests, 'request')} (${plural(poll.messagePages, 'message page')}, ${plural(poll.callPages, 'call page')} ` +
        `for ${count(poll.callsInWindow)} calls, ${poll.requests - poll.messagePages - poll.callPages} other), ${ms(poll.msPerPoll)}/poll` +
        (poll.items === poll.messages ? '' : `; only ${count(poll.items)} items`),
      goal,
      pass: undeliveredPollMeetsGoal(poll),
    });
  }
  return rows;
}
