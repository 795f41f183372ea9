/** A minimal client for the sandbox's API (tests and scripts), authenticating like Twilio's SDKs. */
export interface SandboxAnswer {
  status: number;
  headers: Headers;
  /** Parsed JSON, or null when the body is not JSON. */
  // biome-ignore lint/suspicious/noExplicitAny: tests read Twilio's JSON answers by their documented field names.
  body: any;
  text: string;
}

export interface SandboxClient {
  /** `path` is relative to the account (`/Calls.json`) unless it starts with `/2010-04-01`, `/v1` or `/v2`. */
  get(path: string, query?: Record<string, string>): Promise<SandboxAnswer>;
  post(path: string, form: Record<string, string>): Promise<SandboxAnswer>;
  /** Follows a `*_page_uri` exactly as Twilio returned it. */
  follow(uri: string): Promise<SandboxAnswer>;
}

export function sandboxClient(
  target: { url: string; accountSid: string },
  credentials: { username: string; password: string },
): SandboxClient {
  const authorization = `Basic ${Buffer.from(`${credentials.username}:${credentials.password}`).toString('base64')}`;
  const absolute = (path: string) =>
    /^\/(2010-04-01|v1|v2)\//.test(path) ? path : `/2010-04-01/Accounts/${target.accountSid}${path}`;
  const call = async (url: string, init: RequestInit = {}): Promise<SandboxAnswer> => {
    const response = await fetch(url, {
      ...init,
      headers: { authorization, ...(init.headers as Record<string, string>) },
    });
    const text = await response.text();
    let body = null;
    try {
      body = JSON.parse(text);
    } catch {
      body = null;
    }
    return { status: response.status, headers: response.headers, body, text };
  };
  return {
    get: (path, query = {}) => {
      const search = new URLSearchParams(query).toString();
      return call(`${target.url}${absolute(path)}${search ? `?${search}` : ''}`);
    },
    post: (path, form) =>
      call(`${target.url}${absolute(path)}`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams(form).toString(),
      }),
    follow: (uri) => call(`${target.url}${uri}`),
  };
}
