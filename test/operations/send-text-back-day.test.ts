import { perform, run, useSandbox } from '../helpers/app';
import { useClockFrom } from '../helpers/clock';
import { expectedTextBack } from '../helpers/scenario-expectations';

type Item = Record<string, unknown>;

/**
 * Each of the day's missed calls goes through Send Text-Back with the defaults an owner would keep, on a fixed
 * clock: quiet hours are read in UTC (no zone is given) and on the callers' clocks (Austin, and one Jamaican
 * number), and at 16:00 UTC on a Tuesday it is day on all three (the main job's test covers the night).
 */
describe('Send Text-Back over the sandbox day', () => {
  useClockFrom(new Date('2026-12-08T16:00:00Z'));
  const sandbox = useSandbox();
  test('texts only the callers who may be texted, each once', async () => {
    const seededSids = new Set(sandbox().state.messages.map((message) => message.sid));
    const sentBefore = sandbox().state.messages.filter((message) => message.direction === 'outbound-api').length;
    const missed = (await run(sandbox(), perform('triggers', 'missed_call'), {
      inputData: { include_withheld_callers: true },
    })) as Item[];
    const outcomes: Record<string, string> = {};
    const sids = new Set<unknown>();
    const bodies: { body: string; minutesOld: number }[] = [];
    for (const call of missed) {
      const result = (await run(sandbox(), perform('creates', 'send_text_back'), {
        inputData: {
          to: call.caller_number ?? 'Anonymous',
          from: call.business_number,
          business_name: 'Rapid Rooter Plumbing',
          call_id: call.id,
          caller_name: call.caller_first_name,
          if_skipped: 'continue',
        },
      })) as Item;
      outcomes[call.id as string] = result.status === 'sent' ? 'sent' : String(result.skip_reason);
      if (result.status === 'sent') sids.add(result.message_sid);
      if (result.status === 'sent' && !seededSids.has(result.message_sid as string))
        bodies.push({
          body: String(result.body),
          minutesOld: (Date.now() - Date.parse(String(call.called_at))) / 60000,
        });
    }
    const expected: Record<string, string> = {};
    for (const call of sandbox().scenarioCalls()) {
      // No zone is given and +1 spans many zones: business hours and quiet hours are read in UTC.
      const verdict = expectedTextBack(call, new Date(), 'UTC');
      if (verdict && outcomes[call.sid] !== undefined) expected[call.key] = verdict;
    }
    // These calls already got their text-back earlier in the day: running the step for them is a replay,
    // which returns the text already sent and sends nothing new.
    for (const key of ['texted-back-replied-yes', 'texted-back-asked-question', 'texted-back-said-stop-texting'])
      expected[key] = 'sent';
    const actual = Object.fromEntries(Object.keys(expected).map((key) => [key, outcomes[sandbox().callSid(key)]]));
    expect(actual).toEqual(expected);
    const newTexts =
      sandbox().state.messages.filter((message) => message.direction === 'outbound-api').length - sentBefore;
    // One text per caller: a repeat caller's two missed calls share the one text-back.
    expect(newTexts).toBe([...sids].filter((sid) => !seededSids.has(sid as string)).length);
    expect(outcomes[sandbox().callSid('repeat-caller-first')]).toBe(expected['repeat-caller-first']);
    // No city, state or carrier label is greeted, and no call over an hour old is promised minutes.
    expect(bodies.filter(({ body }) => /Hi (Austin|Round|Wireless|Tx)\b/i.test(body))).toEqual([]);
    expect(bodies.filter(({ body, minutesOld }) => minutesOld > 61 && /within|\bmin\b/.test(body))).toEqual([]);
    const firstNames = Object.fromEntries(missed.map((call) => [call.id, call.caller_first_name]));
    expect(
      ['forwarded-no-answer', 'forwarded-busy', 'caller-no-answer', 'voicemail-processing'].map(
        (key) => firstNames[sandbox().callSid(key)],
      ),
    ).toEqual(['Maria', null, null, null]);
    // The whole day, one run after another: over 20 s when the shared machine is busy.
  }, 60000);
});
