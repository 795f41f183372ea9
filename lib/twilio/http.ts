/**
 * The slice of Zapier's `z` object the Twilio client needs. Declared here so the core stays free of
 * Zapier imports; Zapier's real `z` satisfies it, and every request still goes through `z.request`
 * (Zapier logs it and censors the credentials).
 */
export interface HttpResponse {
  status: number;
  content: string;
  getHeader(name: string): string | undefined;
}

export interface HttpRequest {
  url: string;
  method: 'GET' | 'POST';
  params?: Record<string, string>;
  body?: string;
  headers: Record<string, string>;
  skipThrowForStatus: true;
  /** Handle 429 here, with plain words, instead of Zapier's generic early ThrottledError. */
  throwForThrottlingEarly: false;
  /** node-fetch's option: a 3xx comes back as the answer instead of being followed. */
  redirect: 'manual';
  timeout?: number;
}

type ErrorClass<Args extends unknown[]> = new (...args: Args) => Error;

export interface ZapierLike {
  request(options: HttpRequest): Promise<HttpResponse>;
  errors: {
    Error: ErrorClass<[message: string, code?: string, status?: number]>;
    ThrottledError: ErrorClass<[message: string, delay?: number]>;
    ExpiredAuthError: ErrorClass<[message: string]>;
    HaltedError: ErrorClass<[message: string]>;
  };
  console?: { log(...args: unknown[]): void };
}
