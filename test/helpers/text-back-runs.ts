import type { Bundle, ZObject } from 'zapier-platform-core';
import { MAIN_LINE } from '../../sandbox/scenario';
import type { Sandbox } from '../../sandbox/server';
import type { CacheDouble } from '../../sandbox/zapier-cache';
import { appTester, perform } from './app';
import { skipAhead } from './clock';

/** Send Text-Back runs against the sandbox with a chosen Zapier cache, and Zapier's retries of a failed step. */
export type Item = Record<string, unknown>;

export function textBackRuns(sandbox: () => Sandbox, firstCaller: number) {
  let nextCaller = firstCaller;
  const freshCaller = () => `+1412555${String(nextCaller++).padStart(4, '0')}`;
  const missedCall = (from: string, minutesAgo = 3) =>
    sandbox().addMissedCall({ from, to: MAIN_LINE, minutesAgo }).call.sid;
  const textsTo = (number: string) =>
    sandbox().state.messages.filter((message) => message.to === number && message.direction === 'outbound-api');

  /** One Send Text-Back run with `cache` as Zapier's cache (undefined: the app tester's own double). */
  const sendWith = (cache: CacheDouble | undefined, inputData: Item) => sendTextBack(sandbox(), inputData, cache);

  return { freshCaller, missedCall, textsTo, sendWith };
}

/**
 * One Send Text-Back run on the sandbox as the plumbing business's Zap writes it (main line, business name, skips
 * returned instead of halting), with `inputData` on top; `cache` as Zapier's cache (undefined: the tester's own).
 */
export function sendTextBack(sandbox: Sandbox, inputData: Item, cache?: CacheDouble): Promise<Item> {
  const send = perform('creates', 'send_text_back');
  const withCache = (z: ZObject, bundle: Bundle) => send(cache ? Object.assign(z, { cache }) : z, bundle);
  return appTester(withCache, {
    authData: sandbox.authData(),
    inputData: { from: MAIN_LINE, business_name: 'Rapid Rooter Plumbing', if_skipped: 'continue', ...inputData },
  }) as Promise<Item>;
}

/** How long Zapier waits before it runs a failed step again, in these tests (the clock is moved, not waited on). */
export const RETRY_STEP_MS = 30 * 1000;

/**
 * Zapier's retries of one step: run it, and while it fails, move the clock on by `RETRY_STEP_MS` and run it
 * again. Resolves with the result and how long the clock moved (how long the retries were held back).
 */
export async function retriedUntilDone(
  attempt: () => Promise<Item>,
  maxAttempts = 20,
): Promise<{ result: Item; heldBackMs: number; errors: Error[] }> {
  const errors: Error[] = [];
  for (let attempts = 0; attempts < maxAttempts; attempts++) {
    try {
      return { result: await attempt(), heldBackMs: attempts * RETRY_STEP_MS, errors };
    } catch (error) {
      errors.push(error as Error);
      skipAhead(RETRY_STEP_MS);
    }
  }
  throw new Error(`Still failing after ${maxAttempts} attempts: ${errors.at(-1)?.message}`);
}
