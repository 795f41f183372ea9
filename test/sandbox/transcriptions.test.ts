import type { SandboxClient } from '../../sandbox/client';
import { rapidRooterScenario } from '../../sandbox/scenario';
import type { Sandbox } from '../../sandbox/server';
import { RFC_2822, startSandboxApi } from '../helpers/sandbox-api';

/** The voicemails' transcriptions as Twilio's 2010 Transcriptions list serves them. */

let sandbox: Sandbox;
let twilio: SandboxClient;

beforeAll(async () => ({ sandbox, twilio } = await startSandboxApi()));
afterAll(() => sandbox.stop());

type Row = Record<string, string | null>;
const recordingOf = async (key: string): Promise<Row> =>
  (await twilio.get('/Recordings.json', { CallSid: sandbox.callSid(key) })).body.recordings[0];
const transcriptionsOf = async (recordingSid: string): Promise<Row[]> =>
  (await twilio.get(`/Recordings/${recordingSid}/Transcriptions.json`)).body.transcriptions;

describe('transcriptions', () => {
  test.each([
    ['voicemail', 'completed', true],
    ['voicemail-processing', 'in-progress', false],
    ['office-app-voicemail', 'failed', false],
  ])('%s: %s', async (key, status, hasText) => {
    const recording = await recordingOf(key);
    const [transcription, ...others] = await transcriptionsOf(recording.sid!);
    expect(others).toEqual([]);
    expect(transcription).toMatchObject({ recording_sid: recording.sid, status, type: 'fast' });
    expect(transcription.sid).toMatch(/^TR[0-9a-f]{32}$/);
    expect(typeof transcription.transcription_text === 'string' && transcription.transcription_text !== '').toBe(
      hasText,
    );
    expect(transcription.date_created).toMatch(RFC_2822);
    expect(transcription.uri).toBe(
      `/2010-04-01/Accounts/${sandbox.accountSid}/Transcriptions/${transcription.sid}.json`,
    );
    expect((await twilio.get(`/Transcriptions/${transcription.sid}.json`)).body).toEqual(transcription);
  });

  test('a voicemail on a line without transcription has none', async () => {
    const recording = await recordingOf('voicemail-untranscribed');
    expect(recording).toMatchObject({ source: 'RecordVerb', status: 'completed' });
    expect(await transcriptionsOf(recording.sid!)).toEqual([]);
  });

  test("the account's list is newest first, with Twilio's paging fields", async () => {
    const { body } = await twilio.get('/Transcriptions.json', { PageSize: '2' });
    expect(body).toMatchObject({ page: 0, page_size: 2, start: 0, end: 1, previous_page_uri: null });
    expect(body.first_page_uri).toBe(
      `/2010-04-01/Accounts/${sandbox.accountSid}/Transcriptions.json?PageSize=2&Page=0`,
    );
    const all = (await twilio.get('/Transcriptions.json', { PageSize: '1000' })).body.transcriptions as Row[];
    expect(all.length).toBe(rapidRooterScenario.calls.filter((call) => call.recording?.transcription).length);
    expect(all.length).toBeGreaterThan(2);
    const created = all.map((row) => Date.parse(row.date_created!));
    expect([...created].sort((a, b) => b - a)).toEqual(created);
    const next = await twilio.follow(body.next_page_uri);
    expect([...body.transcriptions, ...next.body.transcriptions]).toEqual(all);
  });

  test('an unknown transcription is a 20404', async () => {
    const answer = await twilio.get(`/Transcriptions/TR${'0'.repeat(32)}.json`);
    expect(answer.status).toBe(404);
    expect(answer.body.code).toBe(20404);
  });
});
