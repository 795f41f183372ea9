import type { ZapierLike } from './http';

/**
 * What each Twilio error code means for a business owner, and what Zapier should do when a request is refused with
 * it. `meaning` is the code's one explanation, read at every moment the code shows up (a refused request here, an
 * undelivered text in `lib/delivery/failure-kinds.ts`); `whenRefused` is what the owner does after a refused request.
 * `auth`: the connection is wrong; `retry`: a passing problem, Zapier tries again later;
 * `permanent`: retrying will not help, the owner has to change something.
 * Codes: https://www.twilio.com/docs/api/errors
 */
type ErrorKind = 'auth' | 'retry' | 'permanent';

interface ErrorRow {
  kind: ErrorKind;
  meaning: string;
  whenRefused?: string;
}

const UNREGISTERED = 'US carriers block texts from this number because it is not registered for A2P 10DLC.';

export const TWILIO_ERRORS: Readonly<Record<number, ErrorRow>> = {
  20003: {
    kind: 'auth',
    meaning: 'Twilio did not accept the Account SID and Auth Token (or API Key).',
    whenRefused: 'Copy them again from the Twilio Console and reconnect.',
  },
  20404: {
    kind: 'permanent',
    meaning: 'Twilio could not find that item in this account.',
    whenRefused: 'It may have been deleted, or it belongs to another Twilio account.',
  },
  20429: {
    kind: 'retry',
    meaning: 'Twilio is receiving too many requests from this account right now.',
    whenRefused: 'Zapier will try again shortly.',
  },
  21211: {
    kind: 'permanent',
    meaning: "Twilio says the recipient's phone number is not valid.",
    whenRefused: 'Check the number mapped into the To field.',
  },
  21212: {
    kind: 'permanent',
    meaning: 'Twilio says the number to send from is not valid.',
    whenRefused: 'Pick one of your Twilio numbers in the From field.',
  },
  21408: {
    kind: 'permanent',
    meaning: 'Your Twilio account is not allowed to text this country.',
    whenRefused:
      'Enable it in the Twilio Console under Messaging > Settings > Geo Permissions, or leave the number out.',
  },
  21606: {
    kind: 'permanent',
    meaning: 'This Twilio number cannot send text messages.',
    whenRefused: 'Pick a number with SMS capability in the From field, or enable SMS for it in Twilio.',
  },
  21610: {
    kind: 'permanent',
    meaning: 'This person replied STOP to your number, so Twilio blocks texts to them until they reply START.',
  },
  21612: {
    kind: 'permanent',
    meaning:
      'Twilio cannot deliver a text between these two numbers (the recipient may be a landline or a number that cannot receive texts).',
  },
  21614: { kind: 'permanent', meaning: 'The recipient is not a mobile number, so it cannot receive text messages.' },
  21635: { kind: 'permanent', meaning: 'The recipient is a landline, so it cannot receive text messages.' },
  30003: {
    kind: 'permanent',
    meaning: "The recipient's phone is switched off or out of reach; the carrier could not deliver the text.",
  },
  30004: { kind: 'permanent', meaning: "The recipient's phone or carrier blocked the text." },
  30005: { kind: 'permanent', meaning: 'The recipient number does not exist or is no longer in service.' },
  30006: { kind: 'permanent', meaning: 'The recipient is a landline or on a carrier that cannot receive texts.' },
  30007: {
    kind: 'permanent',
    meaning: 'The carrier filtered this text as possible spam.',
    whenRefused: 'Make the message more personal, and register your number for A2P 10DLC.',
  },
  30022: { kind: 'permanent', meaning: 'This number went over its A2P 10DLC carrier sending limit.' },
  30024: { kind: 'permanent', meaning: "This number's A2P 10DLC registration is still pending with the carriers." },
  30027: { kind: 'permanent', meaning: "This number reached T-Mobile's daily A2P 10DLC message limit." },
  30032: { kind: 'permanent', meaning: 'Carriers block texts from this toll-free number because it is not verified.' },
  30034: {
    kind: 'permanent',
    meaning: UNREGISTERED,
    whenRefused: 'Register it in the Twilio Console (Messaging > Regulatory Compliance) and try again.',
  },
  // Twilio's 30035 is the same block for a sole proprietor or low-volume number without its registration.
  30035: { kind: 'permanent', meaning: UNREGISTERED },
  30450: { kind: 'permanent', meaning: "Twilio's fraud protection (SMS pumping protection) blocked the text." },
};

/** A code's one explanation; undefined for a code the table does not know (own entries only). */
export function twilioMeaning(code: number | null | undefined): string | undefined {
  return typeof code === 'number' && Object.hasOwn(TWILIO_ERRORS, code) ? TWILIO_ERRORS[code].meaning : undefined;
}

/** The sentence for a request Twilio refused with the row's code: its explanation, then what the owner does. */
const refusalOf = (row: ErrorRow) => (row.whenRefused ? `${row.meaning} ${row.whenRefused}` : row.meaning);

/** The refused-request sentence for a known code. */
export function refusalSentence(code: number): string | undefined {
  return Object.hasOwn(TWILIO_ERRORS, code) ? refusalOf(TWILIO_ERRORS[code]) : undefined;
}

const RETRY_LATER_HTTP = 'Twilio is having a temporary problem (HTTP {status}). Zapier will try again shortly.';

export interface TwilioErrorBody {
  code?: number;
  message?: string;
  more_info?: string;
  status?: number;
}

/**
 * What a failed request proves about its effect (contract, "Exactly once, with nothing lost"): `refused` when Twilio
 * answered 4xx with its own code (it did nothing: a 21xxx refusal, a rate limit, a bad connection); `unknown` for
 * everything else (the connection dropped, a timeout, a 5xx, a redirect, a page that is not Twilio's, an answer the
 * app could not read), which may hide a text that went out.
 */
export type RequestOutcome = 'refused' | 'unknown';

/** A Zapier error carrying Twilio's code and HTTP status, so callers can react to one (21610 becomes a skip). */
export type TwilioFailure = Error & { twilioCode?: number; httpStatus?: number };

/** How a failed send ended, in words: `nothingWentOut` is the one rule. */
export function sendOutcome(error: unknown): RequestOutcome {
  return nothingWentOut(error) ? 'refused' : 'unknown';
}

/** The HTTP status Twilio answered a failed request with; undefined when no answer came. */
export const httpStatusOf = (error: unknown): number | undefined => (error as TwilioFailure | undefined)?.httpStatus;

/** The Twilio error code a failure carries, if any. */
export const twilioCodeOf = (error: unknown): number | undefined => (error as TwilioFailure | undefined)?.twilioCode;

/** What a request does, for the sentence that says what a failure means for it. */
export type RequestPurpose = 'read' | 'text' | 'change';

/** What the owner may assume after a request of each purpose failed without a usable answer. */
const AFTERWARDS: Record<RequestPurpose, string> = {
  read: 'Nothing was sent.',
  text: 'If the text went out, running this step again finds it and does not text twice.',
  change: 'The change may have been made; running this step again is safe.',
};

/** The request's own failures, where Twilio gave no error code; `{host}` is the API Host, `{target}` a redirect's. */
export type ClientFailure = 'unreachable' | 'timeout' | 'dropped' | 'redirect' | 'unreadable' | 'page_link';

interface ClientFailureRow {
  kind: 'retry' | 'permanent';
  message: string;
  /** The sentence when the request was a text and its answer was lost (contract, "Twilio client (additions)"). */
  text?: string;
}

const TEXT_ANSWER_LOST =
  "Twilio's answer to the text was lost; the step will be retried and will not send a second text.";

export const CLIENT_FAILURES: Record<ClientFailure, ClientFailureRow> = {
  unreachable: {
    kind: 'permanent',
    message:
      'Could not reach {host}. Check the API Host in your connection (leave it blank for Twilio). Nothing was sent.',
  },
  timeout: {
    kind: 'permanent',
    message: 'Twilio ({host}) did not answer in time. {afterwards}',
    text: TEXT_ANSWER_LOST,
  },
  dropped: {
    kind: 'permanent',
    message: 'The connection to Twilio ({host}) dropped before it answered. {afterwards}',
    text: TEXT_ANSWER_LOST,
  },
  redirect: {
    kind: 'permanent',
    message:
      '{host} answered with a redirect to {target} instead of an answer; the app does not follow redirects, so your credentials stay with the API Host. Check the API Host in your connection (leave it blank for Twilio). {afterwards}',
  },
  unreadable: {
    kind: 'retry',
    message: 'Twilio sent an answer the app could not read. Zapier will try again shortly.',
  },
  page_link: {
    kind: 'permanent',
    message:
      "Twilio's answer pointed its next page outside this account's lists on {host}, so the app stopped reading there: your credentials go nowhere else. Check the API Host in your connection (leave it blank for Twilio).",
  },
};

/** Zapier tries a step again this many seconds after a retryable failure of the client's own. */
const RETRY_SECONDS = 60;

/** The Zapier error for one of the client's own failures: no answer from Twilio, so its outcome is unknown. */
export function clientFailure(
  z: ZapierLike,
  failure: ClientFailure,
  purpose: RequestPurpose,
  words: { host: string; target?: string },
): TwilioFailure {
  const row = CLIENT_FAILURES[failure];
  const template = purpose === 'text' && row.text ? row.text : row.message;
  const message = template
    .replace('{host}', words.host)
    .replace('{target}', words.target ?? 'another address')
    .replace('{afterwards}', AFTERWARDS[purpose]);
  return row.kind === 'retry' || template === TEXT_ANSWER_LOST
    ? new z.errors.ThrottledError(message, RETRY_SECONDS)
    : new z.errors.Error(message, failure, 503);
}

/** Turns a failed Twilio answer into the Zapier error its table row names, in plain words. */
export function twilioError(
  z: ZapierLike,
  status: number,
  body: TwilioErrorBody,
  retryAfterSeconds?: number,
): TwilioFailure {
  const code = typeof body.code === 'number' ? body.code : undefined;
  const row = code !== undefined && Object.hasOwn(TWILIO_ERRORS, code) ? TWILIO_ERRORS[code] : undefined;
  let error: TwilioFailure;
  if (row?.kind === 'retry' || status === 429 || (!row && status >= 500)) {
    const message = row
      ? refusalOf(row)
      : status === 429
        ? refusalOf(TWILIO_ERRORS[20429])
        : RETRY_LATER_HTTP.replace('{status}', String(status));
    error = new z.errors.ThrottledError(message, retryAfterSeconds);
  } else if (row?.kind === 'auth' || status === 401) {
    error = new z.errors.ExpiredAuthError(refusalOf(row ?? TWILIO_ERRORS[20003]));
  } else if (row) {
    error = new z.errors.Error(`${refusalOf(row)} (Twilio error ${code})`, `twilio_${code}`, status);
  } else {
    // Unknown codes keep Twilio's own words and code, so support can look them up.
    const words = body.message ?? `Twilio answered HTTP ${status}.`;
    const label = code !== undefined ? ` (Twilio error ${code}${body.more_info ? `, ${body.more_info}` : ''})` : '';
    error = new z.errors.Error(`${words}${label}`, code !== undefined ? `twilio_${code}` : `http_${status}`, status);
  }
  error.twilioCode = code;
  error.httpStatus = status;
  return error;
}

/** Twilio's "no such resource" (HTTP 404, error 20404). */
export function isNotFound(error: unknown): boolean {
  const { twilioCode, httpStatus } = (error ?? {}) as TwilioFailure;
  return twilioCode === 20404 || httpStatus === 404;
}

/**
 * A request Twilio refused: a 4xx answer carrying Twilio's own error code (a 21xxx check, 20429, 20003), so nothing
 * was done. Anything else (no answer, a timeout, a 5xx, a page that is not Twilio's, an unreadable answer) leaves
 * the outcome unknown: a send may have gone out.
 */
export function nothingWentOut(error: unknown): boolean {
  const httpStatus = httpStatusOf(error);
  return httpStatus !== undefined && httpStatus >= 400 && httpStatus < 500 && twilioCodeOf(error) !== undefined;
}

/** The value, or null when Twilio says the resource does not exist; other errors are rethrown. */
export const orNullWhenNotFound = <T>(request: Promise<T>): Promise<T | null> =>
  request.catch((error: unknown) => {
    if (isNotFound(error)) return null;
    throw error;
  });
