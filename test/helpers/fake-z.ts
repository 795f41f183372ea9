import type { HttpRequest, HttpResponse, ZapierLike } from '../../lib/twilio/http';

/** Zapier's error classes, reduced to what the client decides: kind, message, code, status and delay. */
class AppError extends Error {
  override name = 'AppError';
  constructor(
    message: string,
    public code?: string,
    public status?: number,
  ) {
    super(message);
  }
}
class ThrottledError extends Error {
  override name = 'ThrottledError';
  constructor(
    message: string,
    public delay?: number,
  ) {
    super(message);
  }
}
class ExpiredAuthError extends Error {
  override name = 'ExpiredAuthError';
}
class HaltedError extends Error {
  override name = 'HaltedError';
}

/** A `z` whose every request is logged and answered by `answer`, as the Twilio client sees Zapier's. */
export function fakeZ(
  answer: (request: HttpRequest) => HttpResponse | Promise<HttpResponse>,
  log: HttpRequest[] = [],
): ZapierLike {
  return {
    request: async (request) => {
      log.push(request);
      return answer(request);
    },
    errors: { Error: AppError, ThrottledError, ExpiredAuthError, HaltedError },
  };
}

/** An HTTP answer with a JSON body (or the text given) and lower-case header names. */
export const answer = (status: number, body: unknown, headers: Record<string, string> = {}): HttpResponse => ({
  status,
  content: typeof body === 'string' ? body : JSON.stringify(body),
  getHeader: (name) => headers[name.toLowerCase()],
});
