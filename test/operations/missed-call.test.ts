import { MAIN_LINE } from '../../sandbox/scenario';
import { perform, run, useSandbox } from '../helpers/app';

const sandbox = useSandbox();

type Item = Record<string, unknown>;
const poll = async (inputData: Record<string, unknown> = {}) =>
  (await run(sandbox(), perform('triggers', 'missed_call'), { inputData })) as Item[];

describe('New Missed Call over the sandbox day', () => {
  test('emits exactly the missed calls a person would see, with their reasons', async () => {
    const items = await poll({ include_withheld_callers: 'true' });
    const byId = new Map(items.map((item) => [item.id, item]));
    const windowStart = sandbox().now.getTime() - 24 * 3600 * 1000;
    for (const call of sandbox().scenarioCalls()) {
      const item = byId.get(call.sid);
      const inWindow = sandbox().now.getTime() - call.minutesAgo * 60000 > windowStart;
      if (typeof call.expect === 'object' && inWindow) {
        expect({ key: call.key, reason: item?.missed_reason, voicemail: item?.voicemail }).toEqual({
          key: call.key,
          reason: call.expect.missed_reason,
          voicemail: call.expect.voicemail,
        });
        expect(item!.voicemail_url === null).toBe(call.expect.voicemail_url === null);
      } else {
        expect({ key: call.key, emitted: Boolean(item) }).toEqual({ key: call.key, emitted: false });
      }
    }
  });

  test('withheld callers are left out by default and carry null numbers when included', async () => {
    const withheldSids = sandbox()
      .scenarioCalls()
      .filter((call) => call.withheld)
      .map((call) => call.sid);
    const plain = await poll();
    expect(plain.filter((item) => withheldSids.includes(item.id as string))).toEqual([]);
    const all = await poll({ include_withheld_callers: true });
    const withheld = all.filter((item) => withheldSids.includes(item.id as string));
    expect(withheld.length).toBeGreaterThan(0);
    for (const item of withheld) {
      expect(item).toMatchObject({
        caller_id_withheld: true,
        caller_number: null,
        caller_number_national: null,
        caller_country: null,
      });
    }
  });

  test('every item has the whole missed-call shape, newest first', async () => {
    const items = await poll();
    // The seeded day's missed calls as the poll reads them by default (sandbox/scenario*.ts).
    expect(items).toHaveLength(41);
    for (const item of items) {
      expect(Object.keys(item).sort()).toEqual([
        'after_hours',
        'business_number',
        'call_id',
        'callback_link',
        'called_at',
        'caller_country',
        'caller_first_name',
        'caller_id_withheld',
        'caller_name',
        'caller_number',
        'caller_number_national',
        'duration_seconds',
        'id',
        'missed_reason',
        'provider',
        'voicemail',
        'voicemail_transcript',
        'voicemail_transcript_status',
        'voicemail_url',
      ]);
      expect(item.called_at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
      expect(item.caller_number).toMatch(/^\+\d{8,15}$/);
      expect(item.provider).toBe('twilio');
      expect(item.after_hours).toBeNull();
    }
    const times = items.map((item) => item.called_at as string);
    expect(times).toEqual([...times].sort().reverse());
  });

  test('count_voicemail_as_missed off leaves voicemails out', async () => {
    const items = await poll({ count_voicemail_as_missed: 'false' });
    expect(items.some((item) => item.voicemail)).toBe(false);
    expect((await poll()).some((item) => item.voicemail)).toBe(true);
  });

  test('business_number in any format filters to that line', async () => {
    const items = await poll({ business_number: '(512) 555-0100' });
    // The main line's 32 of the day's 41.
    expect(items).toHaveLength(32);
    expect(new Set(items.map((item) => item.business_number))).toEqual(new Set([MAIN_LINE]));
  });

  test('a business number that is not a number is a plain error; one without calls gives none', async () => {
    await expect(poll({ business_number: 'main line' })).rejects.toThrow(/main line\W* is not a phone number/);
    expect(await poll({ business_number: '+15125550199' })).toEqual([]);
  });

  test('business hours mark after-hours calls', async () => {
    const items = await poll({ business_hours: 'Mon-Sun 00:00-00:01', timezone: 'UTC' });
    expect(items.every((item) => typeof item.after_hours === 'boolean')).toBe(true);
    expect(items.some((item) => item.after_hours === true)).toBe(true);
  });

  test('loading a sample returns a few real items', async () => {
    const items = (await run(sandbox(), perform('triggers', 'missed_call'), {
      inputData: {},
      meta: { isLoadingSample: true },
    })) as Item[];
    // The newest three of what the poll returns.
    expect(items).toEqual((await poll()).slice(0, 3));
    expect(items).toHaveLength(3);
    expect(items[0].id).toMatch(/^CA[0-9a-f]{32}$/);
  });

  test("a picked number needs no lookup of the account's numbers", async () => {
    sandbox().resetRequests();
    await poll({ business_number: '+1 512 555 0100' });
    expect(
      sandbox()
        .requests.map((request) => request.path.split('/').pop())
        .sort(),
    ).toEqual(['Calls.json', 'Recordings.json', 'Transcriptions.json']);
  });

  test('one poll costs the same four requests for the whole day', async () => {
    sandbox().resetRequests();
    await poll();
    expect(
      sandbox()
        .requests.map((request) => request.path.replace(/AC[0-9a-f]{32}/, 'AC…'))
        .sort(),
    ).toEqual([
      '/2010-04-01/Accounts/AC…/Calls.json',
      '/2010-04-01/Accounts/AC…/IncomingPhoneNumbers.json',
      '/2010-04-01/Accounts/AC…/Recordings.json',
      '/2010-04-01/Accounts/AC…/Transcriptions.json',
    ]);
  });
});
