import type { ScenarioCall } from '../../sandbox/scenario-types';
import { perform, run, useSandbox, zapierRawRequest } from '../helpers/app';

/** The callback loop's fields on Twilio's missed-call items: the tel: link and the voicemail's transcript. */

const sandbox = useSandbox();
const ZAP_URL = 'https://hooks.zapier.com/hooks/standard/123456/abcdef/';

type Item = Record<string, unknown>;
const poll = async (inputData: Record<string, unknown> = {}) =>
  (await run(sandbox(), perform('triggers', 'missed_call'), { inputData })) as Item[];

/** What the scenario's voicemail says the item must carry. */
function expectedTranscript(call: ScenarioCall): { status: string; text: string | null } {
  const recorded = typeof call.expect === 'object' && call.expect.voicemail_url !== null;
  const transcription = recorded ? call.recording?.transcription : undefined;
  if (!transcription) return { status: 'none', text: null };
  const status = { 'in-progress': 'pending', completed: 'completed', failed: 'failed' }[transcription.status];
  return { status, text: transcription.status === 'completed' ? (transcription.text ?? null) : null };
}

const transcriptsAt = (items: Item[]) => new Map(items.map((item) => [item.id, item]));

describe('New Missed Call: transcripts and callback links', () => {
  test("every item carries its voicemail's transcript and status, as the scenario says", async () => {
    const byId = transcriptsAt(await poll({ include_withheld_callers: 'true' }));
    const statuses = new Set<string>();
    for (const call of sandbox().scenarioCalls()) {
      const item = byId.get(call.sid);
      if (!item) continue;
      const expected = expectedTranscript(call);
      statuses.add(expected.status);
      expect({ key: call.key, status: item.voicemail_transcript_status, text: item.voicemail_transcript }).toEqual({
        key: call.key,
        ...expected,
      });
    }
    expect([...statuses].sort()).toEqual(['completed', 'failed', 'none', 'pending']);
  });

  test('callback_link is the caller as a tel: URI, null when withheld', async () => {
    const items = await poll({ include_withheld_callers: 'true' });
    expect(items.some((item) => item.caller_id_withheld)).toBe(true);
    for (const item of items) {
      expect(item.callback_link).toBe(item.caller_id_withheld ? null : `tel:${item.caller_number}`);
      if (item.callback_link) expect(item.callback_link).toMatch(/^tel:\+[1-9]\d{6,14}$/);
    }
  });

  test("a poll asks for the account's transcriptions once, newest page only, whatever the number of voicemails", async () => {
    sandbox().resetRequests();
    await poll();
    const asked = sandbox().requests.filter((request) => request.path.endsWith('/Transcriptions.json'));
    expect(asked).toHaveLength(1);
    expect(asked[0].query).toEqual({ PageSize: '1000' });
    expect(sandbox().requests.some((request) => /\/Recordings\/RE|\/Transcriptions\/TR/.test(request.path))).toBe(
      false,
    );
  });
});

describe('New Missed Call (Instant): the same fields, one request more at most', () => {
  const subscribeData = (line: string) => ({
    targetUrl: ZAP_URL,
    number_sid: sandbox().state.numbers.find((number) => number.phoneNumber === line)!.sid,
    phone_number: line,
    previous_status_callback: null,
    previous_status_callback_method: null,
  });

  test.each(['voicemail', 'voicemail-processing', 'voicemail-untranscribed', 'caller-busy'])('%s', async (key) => {
    const call = sandbox()
      .scenarioCalls()
      .find((candidate) => candidate.key === key)!;
    sandbox().resetRequests();
    const items = (await run(sandbox(), perform('triggers', 'missed_call_instant'), {
      inputData: {},
      subscribeData: subscribeData(call.to),
      rawRequest: zapierRawRequest(sandbox().statusCallbackRequest(call.sid, ZAP_URL)),
    })) as Item[];
    const expected = expectedTranscript(call);
    expect(items[0]).toMatchObject({
      callback_link: `tel:${call.from}`,
      voicemail_transcript_status: expected.status,
      voicemail_transcript: expected.text,
    });
    expect(sandbox().requests.filter((request) => request.path.includes('Transcriptions')).length).toBeLessThanOrEqual(
      1,
    );
  });
});
