import { MAIN_LINE, rapidRooterScenario } from '../../sandbox/scenario';
import type { LoggedRequest } from '../../sandbox/server';
import { perform, run, useSandbox } from '../helpers/app';
import { sendTextBack } from '../helpers/text-back-runs';

/**
 * The history behind one text reads only that customer (contract, "Exactly once, with nothing lost"): calls and
 * messages from and to the number, by Twilio's `From` / `To` filters, so its requests do not grow with the
 * account's other traffic.
 */
const sandbox = useSandbox({ scenario: { ...rapidRooterScenario, name: 'history-requests', calls: [], messages: [] } });
const CUSTOMER = '+14155550133';

const isCallList = (request: LoggedRequest) => request.method === 'GET' && request.path.endsWith('/Calls.json');

/** The requests of one dry-run text-back to the customer, who just missed a call. */
async function textBackRequests(callSid: string): Promise<LoggedRequest[]> {
  sandbox().resetRequests();
  const result = (await run(sandbox(), perform('creates', 'send_text_back'), {
    inputData: {
      to: CUSTOMER,
      from: MAIN_LINE,
      business_name: 'Rapid Rooter Plumbing',
      call_id: callSid,
      skip_if_connected: true,
      dry_run: true,
    },
  })) as { status: string };
  expect(result.status).toBe('dry_run');
  return [...sandbox().requests];
}

test('the same requests with 10 or 1,500 other calls in the window, each call list filtered to the customer', async () => {
  const { call } = sandbox().addMissedCall({ from: CUSTOMER, minutesAgo: 3 });
  sandbox().seedMissedCalls(10);
  const few = await textBackRequests(call.sid);
  sandbox().seedMissedCalls(1490);
  const many = await textBackRequests(call.sid);
  expect(many.length).toBe(few.length);
  const callLists = many.filter(isCallList).map((request) => request.query);
  // Two call lists: the customer's calls to the business and the business's calls back.
  expect(callLists).toEqual([expect.objectContaining({ From: CUSTOMER }), expect.objectContaining({ To: CUSTOMER })]);
  for (const query of callLists) expect(query.From === CUSTOMER || query.To === CUSTOMER).toBe(true);
});

test('a later call the customer made and a person answered still skips the text, with the forwarded leg found', async () => {
  const caller = '+14155550134';
  const missed = sandbox().addMissedCall({ from: caller, minutesAgo: 30 });
  sandbox().addCall({
    from: caller,
    to: MAIN_LINE,
    minutesAgo: 10,
    status: 'completed',
    durationSeconds: 120,
    legs: [{ to: rapidRooterScenario.staffPhones.dave, status: 'completed', durationSeconds: 100 }],
  });
  const result = await sendTextBack(sandbox(), { to: caller, call_id: missed.call.sid, skip_if_connected: true });
  expect(result).toMatchObject({ status: 'skipped', skip_reason: 'already_connected' });
});

test('a forwarded leg dialled with the business number as caller ID is found by its parent', async () => {
  const caller = '+14155550135';
  const missed = sandbox().addMissedCall({ from: caller, minutesAgo: 30 });
  sandbox().addCall({
    from: caller,
    to: MAIN_LINE,
    minutesAgo: 10,
    status: 'completed',
    durationSeconds: 120,
    legs: [
      { to: rapidRooterScenario.staffPhones.dave, status: 'completed', durationSeconds: 100, callerId: MAIN_LINE },
    ],
  });
  sandbox().resetRequests();
  const result = await sendTextBack(sandbox(), { to: caller, call_id: missed.call.sid, skip_if_connected: true });
  expect(result).toMatchObject({ status: 'skipped', skip_reason: 'already_connected' });
  expect(
    sandbox()
      .requests.filter(isCallList)
      .some((request) => Boolean(request.query.ParentCallSid)),
  ).toBe(true);
});
