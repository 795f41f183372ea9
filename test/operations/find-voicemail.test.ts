import { perform, run, useSandbox } from '../helpers/app';

/** Find Voicemail over the sandbox day: the record a Zap that waited for the transcript reads. */

const sandbox = useSandbox();

type Item = Record<string, unknown>;
const find = async (call_id: unknown) =>
  (await run(sandbox(), perform('searches', 'find_voicemail'), { inputData: { call_id } })) as Item[];
const recordingOf = (key: string) =>
  sandbox().state.recordings.find((recording) => recording.callSid === sandbox().callSid(key))!;

describe('Find Voicemail', () => {
  test('a transcribed voicemail: its URL, length, words and time', async () => {
    const callSid = sandbox().callSid('voicemail');
    const recording = recordingOf('voicemail');
    const transcription = sandbox().state.transcriptions.find((row) => row.recordingSid === recording.sid)!;
    expect(await find(callSid)).toEqual([
      {
        id: callSid,
        call_id: callSid,
        voicemail_url: `${sandbox().url}/2010-04-01/Accounts/${sandbox().accountSid}/Recordings/${recording.sid}`,
        duration_seconds: recording.durationSeconds,
        transcript: transcription.text,
        transcript_status: 'completed',
        recorded_at: recording.dateCreated.toISOString().replace(/\.\d{3}Z$/, 'Z'),
      },
    ]);
  });

  test.each([
    ['voicemail-processing', 'pending', null],
    ['office-app-voicemail', 'failed', 30],
    ['voicemail-untranscribed', 'none', 25],
  ])('%s: transcript %s', async (key, status, duration) => {
    const [record] = await find(sandbox().callSid(key));
    expect(record).toMatchObject({ transcript: null, transcript_status: status, duration_seconds: duration });
    expect(record.voicemail_url).toMatch(/\/Recordings\/RE[0-9a-f]{32}$/);
  });

  test("a missed-call item's id works as well as its call_id (the not-returned trigger's id too)", async () => {
    const callSid = sandbox().callSid('voicemail');
    expect(await find(` ${callSid}:unreturned `)).toEqual(await find(callSid));
  });

  test('a call without a voicemail finds nothing', async () => {
    for (const key of ['caller-busy', 'answered-with-stray-recording', 'ringing-recorded-not-voicemail']) {
      expect({ key, found: await find(sandbox().callSid(key)) }).toEqual({ key, found: [] });
    }
  });

  test('a voicemail left on the forwarded phone: found, with nothing in Twilio to read', async () => {
    const [record] = await find(sandbox().callSid('machine-answered'));
    expect(record).toMatchObject({ voicemail_url: null, transcript: null, transcript_status: 'none' });
  });

  test("asks Twilio a fixed handful of times, the recording's own transcriptions included", async () => {
    sandbox().resetRequests();
    await find(sandbox().callSid('voicemail'));
    const paths = sandbox().requests.map((request) => request.path.replace(/.*\/Accounts\/AC[0-9a-f]{32}/, ''));
    expect(paths.length).toBeLessThanOrEqual(4);
    expect(paths.some((path) => /^\/Recordings\/RE[0-9a-f]{32}\/Transcriptions\.json$/.test(path))).toBe(true);
  });

  test.each([
    ['blank', '', /Call ID/],
    ['another phone system', 'aircall:1843219572', /Twilio Call SID/],
    ['a message SID', 'SM5b1d3f5a7c9e1b3d5f7a9c1e3b5d7f9a', /Twilio Call SID/],
    ['an object', { id: 'CA1' }, /Call ID/],
    ['unknown to this account', `CA${'0'.repeat(32)}`, /no call CA0{32} in this Twilio account/i],
  ])('%s: a plain error', async (_, callId, message) => {
    await expect(find(callId)).rejects.toThrow(message);
  });
});
