import type { FaultSpec } from '../../sandbox/faults';
import { MAIN_LINE } from '../../sandbox/scenario';
import type { Sandbox } from '../../sandbox/server';
import type { AnsweringProxy, TwilioAnswer } from './answering-proxy';
import { appTester, connectionTest, perform } from './app';
import { type Case, ZAP_URL } from './bad-input-corpus';
import { expand, matcher } from './corpus-macros';
import { expectPlainError, ownerMessage } from './owner-errors';
import { instantDelivery, signedDelivery } from './webhook-signers';

/**
 * Runs one bad-input case through the real operation, the way Zapier runs it, against the sandbox (or the answering
 * proxy in front of it when the case needs a Twilio answer the sandbox cannot give). Whatever the input, the outcome
 * is the one the case names: a plain error, a skip, nothing, or a result; never a crash; and never a text that should
 * not go out (the sandbox's outbound-api messages are counted around every case).
 */

type Perform = Parameters<typeof appTester>[0];

type Outcome = { result: unknown; error?: undefined } | { result?: undefined; error: unknown };

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function corpusRunner(sandbox: () => Sandbox, proxy: AnsweringProxy): (entry: Case) => Promise<void> {
  const outboundTexts = () => sandbox().state.messages.filter((message) => message.direction === 'outbound-api').length;

  /** Waits for requests a failed step left in flight, so the next case's faults meet only its own requests. */
  async function settle(): Promise<void> {
    // A quiet window: siblings of a failed request leave together with it, so they arrive well within it.
    let seen: number;
    do {
      seen = sandbox().requests.length;
      await sleep(8);
    } while (seen !== sandbox().requests.length || proxy.busy);
    sandbox().faults.clear();
    proxy.clear();
  }

  /** The perform and bundle Zapier would use for this case. */
  function invocation(
    entry: Case,
    callSid: string | undefined,
    viaProxy: boolean,
  ): { perform: Perform; bundle: Record<string, unknown> } {
    const input = expand(entry.input, sandbox()) as Record<string, unknown>;
    const authData = { ...sandbox().authData(), ...(viaProxy ? { api_base_url: proxy.url } : {}) };
    const mainLine = sandbox().state.numbers.find((number) => number.phoneNumber === MAIN_LINE)!;
    switch (entry.operation) {
      case 'send_text_back':
        return {
          perform: perform('creates', 'send_text_back'),
          bundle: {
            authData,
            inputData: {
              from: MAIN_LINE,
              business_name: 'Rapid Rooter Plumbing',
              if_skipped: 'continue',
              ...(callSid ? { call_id: callSid } : {}),
              ...input,
            },
          },
        };
      case 'find_consent':
        return { perform: perform('searches', 'find_consent'), bundle: { authData, inputData: input } };
      case 'find_recovery_report':
        return { perform: perform('searches', 'find_recovery_report'), bundle: { authData, inputData: input } };
      case 'missed_call':
        return { perform: perform('triggers', 'missed_call'), bundle: { authData, inputData: input } };
      case 'text_reply':
        return { perform: perform('triggers', 'text_reply'), bundle: { authData, inputData: input } };
      case 'missed_call_webhook':
        return {
          perform: perform('triggers', 'missed_call_webhook'),
          bundle: {
            authData: {},
            inputData: input,
            rawRequest: signedDelivery(expand(entry.body, sandbox()), entry.headers ?? {}, entry.sign, ZAP_URL),
          },
        };
      case 'missed_call_instant':
        if (entry.step === 'subscribe')
          return {
            perform: perform('triggers', 'missed_call_instant', 'performSubscribe'),
            bundle: { authData, inputData: input, targetUrl: ZAP_URL },
          };
        return {
          perform: perform('triggers', 'missed_call_instant'),
          bundle: {
            authData,
            inputData: { business_number: MAIN_LINE, ...input },
            subscribeData: {
              targetUrl: ZAP_URL,
              number_sid: mainLine.sid,
              phone_number: MAIN_LINE,
              previous_status_callback: null,
              previous_status_callback_method: null,
            },
            rawRequest: callSid ? instantDelivery(sandbox(), callSid, entry.sign, ZAP_URL) : undefined,
          },
        };
      case 'auth':
        return {
          perform: connectionTest(),
          bundle: { authData: { ...authData, ...input }, inputData: {} },
        };
    }
  }

  async function attempt(perform: Perform, bundle: Record<string, unknown>): Promise<Outcome> {
    try {
      return { result: await appTester(perform, bundle) };
    } catch (error) {
      return { error };
    }
  }

  async function runCase(entry: Case): Promise<void> {
    const callSid = entry.caller ? sandbox().addMissedCall({ from: entry.caller, minutesAgo: 3 }).call.sid : undefined;
    const answer = entry.twilio && 'status' in entry.twilio ? (entry.twilio as TwilioAnswer) : undefined;
    const armTwilio = () => {
      if (answer) proxy.arm(answer);
      else if (entry.twilio) sandbox().faults.add(entry.twilio as FaultSpec);
    };
    armTwilio();
    const { perform, bundle } = invocation(entry, callSid, Boolean(answer));
    const textsBefore = outboundTexts();

    const outcomes: Outcome[] = [];
    for (let run = 0; run < (entry.runs ?? 1); run++) outcomes.push(await attempt(perform, bundle));
    // Only a failed step can leave requests behind (a rejected Promise.all does not wait for its siblings).
    if (outcomes.some((outcome) => outcome.error) || entry.twilio) await settle();
    for (const outcome of outcomes) if (outcome.error) expectPlainError(outcome.error);
    const last = outcomes.at(-1)!;
    const isSend = entry.operation === 'send_text_back';

    if (entry.expect === 'error') {
      expect(last.error).toBeDefined();
      if (entry.error_type) expect((last.error as Error).name).toBe(entry.error_type);
      if (entry.message) expect(ownerMessage(last.error)).toMatch(new RegExp(entry.message));
      if (entry.delay !== undefined) expect(JSON.parse((last.error as Error).message).delay).toBe(entry.delay);
    } else {
      if (last.error) throw last.error;
      const result = last.result;
      if (entry.expect === 'empty') {
        expect(result).toEqual([]);
      } else if (entry.expect === 'skip') {
        expect(isSend).toBe(true);
        const dryRun = /^(true|yes|1)$/i.test(String((bundle.inputData as Record<string, unknown>).dry_run ?? ''));
        expect(result).toMatchObject({
          status: dryRun ? 'dry_run' : 'skipped',
          skip_reason: entry.skip_reason,
          message_sid: null,
        });
      } else {
        const item = Array.isArray(result) ? result[0] : result;
        if (Array.isArray(result)) expect(result.length).toBeGreaterThan(0);
        expect(item).toMatchObject((matcher(entry.result ?? {}, sandbox()) ?? {}) as Record<string, unknown>);
        if (isSend) expect(item).toMatchObject({ status: expect.stringMatching(/^(sent|dry_run)$/) });
        // A retry or a redelivery of the same thing is the same thing: one id, one text.
        const ids = outcomes
          .filter((outcome) => !outcome.error)
          .map((outcome) => {
            const value = Array.isArray(outcome.result) ? outcome.result[0] : outcome.result;
            return (value as { id?: unknown })?.id;
          });
        expect(new Set(ids).size).toBe(1);
      }
    }

    const sent = isSend && entry.expect === 'ok' && (last.result as { status?: string })?.status === 'sent' ? 1 : 0;
    expect(outboundTexts() - textsBefore).toBe(entry.texts ?? sent);

    // A skip halts the Zap by default: the owner then reads one plain sentence.
    const inputData = bundle.inputData as Record<string, unknown>;
    if (entry.expect === 'skip' && !('if_skipped' in entry.input) && !('dry_run' in entry.input)) {
      armTwilio();
      const halted = await attempt(perform, { ...bundle, inputData: { ...inputData, if_skipped: 'halt' } });
      await settle();
      expect(halted.error).toBeDefined();
      expect((halted.error as Error).name).toBe('HaltedError');
      expectPlainError(halted.error);
      if (entry.message) expect(ownerMessage(halted.error)).toMatch(new RegExp(entry.message));
      expect(outboundTexts() - textsBefore).toBe(entry.texts ?? sent);
    }
  }

  return runCase;
}
