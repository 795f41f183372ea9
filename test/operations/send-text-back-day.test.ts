import { operations, run, useSandbox } from '../helpers/app';

const sandbox = useSandbox();

type Item = Record<string, unknown>;

/** Each of the day's missed calls goes through Send Text-Back with the defaults an owner would keep. */
describe('Send Text-Back over the sandbox day', () => {
  test('texts only the callers who may be texted, each once', async () => {
    const seededSids = new Set(sandbox().state.messages.map((message) => message.sid));
    const sentBefore = sandbox().state.messages.filter((message) => message.direction === 'outbound-api').length;
    const missed = (await run(sandbox(), operations.missedCall, { inputData: { include_withheld_callers: true } })) as Item[];
    const outcomes: Record<string, string> = {};
    const sids = new Set<unknown>();
    for (const call of missed) {
      const result = (await run(sandbox(), operations.sendTextBack, {
        inputData: {
          to: call.caller_number ?? 'Anonymous',
          from: call.business_number,
          business_name: 'Rapid Rooter Plumbing',
          call_id: call.id,
          if_skipped: 'continue',
        },
      })) as Item;
      outcomes[call.id as string] = result.status === 'sent' ? 'sent' : String(result.skip_reason);
      if (result.status === 'sent') sids.add(result.message_sid);
    }
    const expected: Record<string, string> = {};
    for (const call of sandbox().scenarioCalls()) {
      if (call.textBack && outcomes[call.sid] !== undefined) expected[call.key] = call.textBack;
    }
    // These calls already got their text-back earlier in the day: running the step for them is a replay,
    // which returns the text already sent and sends nothing new.
    for (const key of ['texted-back-replied-yes', 'texted-back-asked-question', 'texted-back-said-stop-texting']) expected[key] = 'sent';
    const actual = Object.fromEntries(Object.keys(expected).map((key) => [key, outcomes[sandbox().callSid(key)]]));
    expect(actual).toEqual(expected);
    const newTexts = sandbox().state.messages.filter((message) => message.direction === 'outbound-api').length - sentBefore;
    // One text per caller: a repeat caller's two missed calls share the one text-back.
    expect(newTexts).toBe([...sids].filter((sid) => !seededSids.has(sid as string)).length);
    expect(outcomes[sandbox().callSid('repeat-caller-first')]).toBe('sent');
  });
});
