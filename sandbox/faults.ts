/**
 * Failures the sandbox can inject into its next answers, to test retries and idempotency:
 * - `429`: Twilio's rate limit (20429) with `Retry-After`;  `500`: an internal error (20500);
 * - `slow`: answer after `delayMs`, with the state as it was when the request arrived (a slow network);  `drop`: close the socket without answering, nothing done;
 * - `lose_response`: do the work (e.g. create the message), then close the socket: the answer is lost;
 * - `garbage`: HTTP 200 with a body that is not JSON (a proxy's error page), nothing done;
 * - `500_after_commit`: do the work (the text is created), then answer Twilio's 500 (20500) as if it failed;
 * - `503_page_after_commit`: do the work, then answer a load balancer's 503 HTML page;
 * - `page_link`: the normal answer, its link to the next page (`next_page_uri`, Messaging v1's `meta.next_page_url`)
 *   replaced by `link` (a hostile server's link: another host, user info, a page that repeats itself);
 * - `redirect`: HTTP `redirectStatus` (default 302) with `Location: location`, nothing done.
 * `drop` is the connection lost before the message is committed; the `*_after_commit` kinds and `lose_response`
 * are sends whose text went out although the app cannot tell.
 */
export const FAULT_KINDS = [
  '429',
  '500',
  'slow',
  'drop',
  'lose_response',
  'garbage',
  '500_after_commit',
  '503_page_after_commit',
  'page_link',
  'redirect',
] as const;
export type FaultKind = (typeof FAULT_KINDS)[number];

export interface FaultSpec {
  kind: FaultKind;
  /** How many matching requests it hits (default 1). */
  count?: number;
  /** Only requests with this method (e.g. `POST`). */
  method?: string;
  /** Only paths containing this text, or matching this pattern (e.g. `Messages.json`). */
  path?: string | RegExp;
  /** Seconds in `Retry-After` for `429` (default 1). */
  retryAfter?: number;
  /** Delay for `slow` (default 2000 ms). */
  delayMs?: number;
  /** The next-page link `page_link` writes into the answer. */
  link?: string;
  /** Where `redirect` points. */
  location?: string;
  /** The status of `redirect` (default 302). */
  redirectStatus?: number;
}

export interface ArmedFault extends Required<Pick<FaultSpec, 'kind' | 'count'>>, Omit<FaultSpec, 'kind' | 'count'> {}

export class Faults {
  private armed: ArmedFault[] = [];

  /** Arms a fault; it fires on the next `count` requests that match. */
  add(spec: FaultSpec): this {
    this.armed.push({ ...spec, count: spec.count ?? 1 });
    return this;
  }

  clear(): void {
    this.armed = [];
  }

  get pending(): readonly ArmedFault[] {
    return this.armed;
  }

  /** The fault for this request, if one is armed for it (using up one of its count). */
  take(method: string, path: string): ArmedFault | null {
    const fault = this.armed.find((candidate) => matches(candidate, method, path));
    if (!fault) return null;
    fault.count -= 1;
    if (fault.count <= 0) this.armed = this.armed.filter((candidate) => candidate !== fault);
    return fault;
  }
}

function matches(fault: ArmedFault, method: string, path: string): boolean {
  if (fault.method && fault.method.toUpperCase() !== method.toUpperCase()) return false;
  if (fault.path === undefined) return true;
  return typeof fault.path === 'string' ? path.includes(fault.path) : fault.path.test(path);
}
