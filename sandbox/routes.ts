import { settleMessages } from './delivery';
import { dateFilter, newestFirst, numberFilter, paginate, type Query } from './listing';
import { lookupJson } from './lookup';
import { MESSAGING_V1_ROUTES } from './messaging-v1';
import { accountJson, callJson, messageJson, phoneNumberJson, recordingJson, transcriptionJson } from './resources';
import { sendMessage, updateNumber } from './state';
import { TwilioError } from './twilio-errors';
import type { SandboxState } from './types';

export interface RouteContext {
  state: SandboxState;
  /** Named path parts (`sid`, `number`, ...). */
  params: Record<string, string>;
  query: Query;
  form: Record<string, string>;
  /** The request path, for paging URIs. */
  path: string;
  baseUrl: string;
  now: Date;
}

export interface RouteAnswer {
  status: number;
  body: unknown;
  /** Runs after the answer is written (a created message moves on from `queued`). */
  after?: () => void;
}

interface Route {
  method: 'GET' | 'POST';
  pattern: RegExp;
  handle(ctx: RouteContext): RouteAnswer;
}

const ok = (body: unknown): RouteAnswer => ({ status: 200, body });
const ACCOUNT = '/2010-04-01/Accounts/(?<account>AC[0-9a-f]{32})';
const route = (method: Route['method'], path: string, handle: Route['handle']): Route => ({
  method,
  pattern: new RegExp(`^${path}$`),
  handle,
});

function found<T>(item: T | undefined, ctx: RouteContext): T {
  if (item === undefined) throw new TwilioError(20404, ctx.path);
  return item;
}

/** The record the path's SID names, or Twilio's 20404 for the path. */
const withPathSid = <T extends { sid: string }>(records: T[], ctx: RouteContext): T =>
  found(
    records.find((record) => record.sid === ctx.params.sid),
    ctx,
  );

/** PhoneNumber filter: digits anywhere in the number, `*` matching any digits (Twilio's pattern match). */
function phoneNumberPattern(value: string | undefined): (number: string) => boolean {
  if (!value) return () => true;
  const digits = value.replace(/[^\d*]/g, '').replace(/\*/g, '\\d*');
  const pattern = new RegExp(digits);
  return (number) => pattern.test(number.replace(/\D/g, ''));
}

/** The sandbox's API: one row per Twilio operation it serves. */
export const ROUTES: Route[] = [
  route('GET', `${ACCOUNT}\\.json`, ({ state }) => ok(accountJson(state.account))),

  route('GET', `${ACCOUNT}/IncomingPhoneNumbers\\.json`, (ctx) => {
    const matchesNumber = phoneNumberPattern(ctx.query.PhoneNumber);
    const numbers = ctx.state.numbers.filter(
      (number) =>
        matchesNumber(number.phoneNumber) &&
        (!ctx.query.FriendlyName || number.friendlyName === ctx.query.FriendlyName),
    );
    return ok(
      paginate(numbers, ctx.query, ctx.path, 'incoming_phone_numbers', (number) =>
        phoneNumberJson(ctx.state.account.sid, number),
      ).body,
    );
  }),
  route('GET', `${ACCOUNT}/IncomingPhoneNumbers/(?<sid>PN[0-9a-f]{32})\\.json`, (ctx) =>
    ok(phoneNumberJson(ctx.state.account.sid, withPathSid(ctx.state.numbers, ctx))),
  ),
  route('POST', `${ACCOUNT}/IncomingPhoneNumbers/(?<sid>PN[0-9a-f]{32})\\.json`, (ctx) => {
    const number = withPathSid(ctx.state.numbers, ctx);
    return ok(phoneNumberJson(ctx.state.account.sid, updateNumber(number, ctx.form, ctx.now)));
  }),

  route('GET', `${ACCOUNT}/Calls\\.json`, (ctx) => {
    const { query } = ctx;
    const to = numberFilter(query.To);
    const from = numberFilter(query.From);
    const started = dateFilter(query, 'StartTime');
    const ended = dateFilter(query, 'EndTime');
    const calls = ctx.state.calls
      .filter(
        (call) =>
          to(call.to) &&
          from(call.from) &&
          started(call.startTime) &&
          ended(call.endTime) &&
          (!query.Status || call.status === query.Status) &&
          (!query.ParentCallSid || call.parentCallSid === query.ParentCallSid),
      )
      .sort(newestFirst((call) => call.dateCreated));
    return ok(paginate(calls, query, ctx.path, 'calls', (call) => callJson(ctx.state.account.sid, call)).body);
  }),
  route('GET', `${ACCOUNT}/Calls/(?<sid>CA[0-9a-f]{32})\\.json`, (ctx) =>
    ok(callJson(ctx.state.account.sid, withPathSid(ctx.state.calls, ctx))),
  ),

  route('GET', `${ACCOUNT}/(?:Calls/(?<call>CA[0-9a-f]{32})/)?Recordings\\.json`, (ctx) => {
    const created = dateFilter(ctx.query, 'DateCreated');
    const callSid = ctx.params.call ?? ctx.query.CallSid;
    const recordings = ctx.state.recordings
      .filter((recording) => (!callSid || recording.callSid === callSid) && created(recording.dateCreated))
      .sort(newestFirst((recording) => recording.dateCreated));
    return ok(
      paginate(recordings, ctx.query, ctx.path, 'recordings', (recording) =>
        recordingJson(ctx.state.account.sid, ctx.baseUrl, recording),
      ).body,
    );
  }),
  route('GET', `${ACCOUNT}/(?:Calls/CA[0-9a-f]{32}/)?Recordings/(?<sid>RE[0-9a-f]{32})\\.json`, (ctx) =>
    ok(recordingJson(ctx.state.account.sid, ctx.baseUrl, withPathSid(ctx.state.recordings, ctx))),
  ),

  // The account's list has no filters (Twilio's spec lists none); a recording's list is its own transcriptions.
  route('GET', `${ACCOUNT}/(?:Recordings/(?<recording>RE[0-9a-f]{32})/)?Transcriptions\\.json`, (ctx) => {
    const transcriptions = ctx.state.transcriptions
      .filter((transcription) => !ctx.params.recording || transcription.recordingSid === ctx.params.recording)
      .sort(newestFirst((transcription) => transcription.dateCreated));
    return ok(
      paginate(transcriptions, ctx.query, ctx.path, 'transcriptions', (transcription) =>
        transcriptionJson(ctx.state.account.sid, transcription),
      ).body,
    );
  }),
  route('GET', `${ACCOUNT}/(?:Recordings/RE[0-9a-f]{32}/)?Transcriptions/(?<sid>TR[0-9a-f]{32})\\.json`, (ctx) =>
    ok(transcriptionJson(ctx.state.account.sid, withPathSid(ctx.state.transcriptions, ctx))),
  ),

  route('GET', `${ACCOUNT}/Messages\\.json`, (ctx) => {
    settleMessages(ctx.state, ctx.now);
    const to = numberFilter(ctx.query.To);
    const from = numberFilter(ctx.query.From);
    const sent = dateFilter(ctx.query, 'DateSent');
    const messages = ctx.state.messages
      .filter((message) => to(message.to) && from(message.from) && sent(message.dateSent))
      .sort(newestFirst((message) => message.dateSent ?? message.dateCreated));
    return ok(
      paginate(messages, ctx.query, ctx.path, 'messages', (message) => messageJson(ctx.state.account.sid, message))
        .body,
    );
  }),
  route('POST', `${ACCOUNT}/Messages\\.json`, (ctx) => {
    const message = sendMessage(ctx.state, ctx.form, ctx.now);
    return {
      status: 201,
      body: messageJson(ctx.state.account.sid, message),
      after: () => {
        message.status = 'sent';
      },
    };
  }),
  route('GET', `${ACCOUNT}/Messages/(?<sid>(?:SM|MM)[0-9a-f]{32})\\.json`, (ctx) => {
    settleMessages(ctx.state, ctx.now);
    return ok(messageJson(ctx.state.account.sid, withPathSid(ctx.state.messages, ctx)));
  }),

  route('GET', '/v2/PhoneNumbers/(?<number>[^/]+)', (ctx) =>
    ok(lookupJson(ctx.params.number, ctx.query.Fields ?? '', ctx.query.CountryCode, ctx.baseUrl, ctx.state.lookups)),
  ),

  ...MESSAGING_V1_ROUTES,
];

/** The route for a request, with its named path parts; null for anything the sandbox does not serve. */
export function matchRoute(method: string, path: string): { route: Route; params: Record<string, string> } | null {
  for (const candidate of ROUTES) {
    if (candidate.method !== method) continue;
    const match = candidate.pattern.exec(path);
    if (match)
      return {
        route: candidate,
        params: Object.fromEntries(Object.entries(match.groups ?? {}).filter(([, value]) => value !== undefined)),
      };
  }
  return null;
}
