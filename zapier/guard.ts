import type { Bundle, ZObject } from 'zapier-platform-core';
import { InputError } from '../lib/errors/input-error';
import { RetryLaterError } from '../lib/errors/retry-later-error';

/**
 * Wraps an operation so the owner only ever reads plain sentences: input problems become Zapier errors
 * with the core's words, and an unexpected bug becomes a short apology instead of a stack trace.
 * Zapier's own errors (throttled, halted, expired auth) pass through untouched.
 */
export function guard<B extends Bundle, R>(perform: (z: ZObject, bundle: B) => Promise<R>) {
  return async (z: ZObject, bundle: B): Promise<R> => {
    try {
      return await perform(z, bundle);
    } catch (error) {
      if (error instanceof InputError) throw new z.errors.Error(error.message, 'invalid_input', 400);
      if (error instanceof RetryLaterError) throw new z.errors.ThrottledError(error.message, error.delaySeconds);
      if (error instanceof TypeError || error instanceof RangeError || error instanceof SyntaxError) {
        z.console.log('Unexpected error', error.stack);
        throw new z.errors.Error(
          'Something unexpected went wrong while reading the data for this step. Nothing was sent. Please check the mapped fields and try again.',
          'unexpected',
          500,
        );
      }
      throw error;
    }
  };
}
