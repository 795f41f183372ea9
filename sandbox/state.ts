import { SegmentedMessage } from 'sms-segments-calculator';
import { callerLeg, forwardedLeg, recordingOf, transcriptionOf } from './call-records';
import { createDeliveryState, settleMessages } from './delivery';
import { randomSid, stableSid } from './format';
import { AUTO_REPLIES, keywordOf } from './keywords';
import { countryOfNumber, readE164 } from './phone';
import type { CallSpec, Scenario } from './scenario-types';
import { TwilioError } from './twilio-errors';
import type { CallRecord, MessageRecord, PhoneNumberRecord, RecordingRecord, SandboxState } from './types';

const MINUTE = 60_000;

export interface Credentials {
  accountSid: string;
  authToken: string;
  apiKeySid: string;
  apiKeySecret: string;
}

/** Credentials that stay the same for a scenario, so a sandbox URL and token can be pasted once. */
export function credentialsFor(seed: string): Credentials {
  return {
    accountSid: stableSid('AC', `${seed}:account`),
    authToken: stableSid('', `${seed}:auth-token`),
    apiKeySid: stableSid('SK', `${seed}:api-key`),
    apiKeySecret: stableSid('', `${seed}:api-key-secret`).slice(0, 32),
  };
}

export function createState(scenario: Scenario, now: Date, credentials: Credentials): SandboxState {
  const created = new Date(now.getTime() - 400 * 24 * 60 * MINUTE);
  const state: SandboxState = {
    account: {
      sid: credentials.accountSid,
      friendlyName: scenario.accountFriendlyName,
      authToken: credentials.authToken,
      apiKeySid: credentials.apiKeySid,
      apiKeySecret: credentials.apiKeySecret,
      dateCreated: created,
      smsGeoPermissions: [...scenario.smsGeoPermissions],
    },
    numbers: scenario.numbers.map(
      (number): PhoneNumberRecord => ({
        sid: stableSid('PN', `${scenario.name}:${number.phoneNumber}`),
        phoneNumber: number.phoneNumber,
        friendlyName: number.friendlyName,
        capabilities: { voice: true, sms: number.sms ?? true, mms: number.sms ?? true, fax: false },
        voiceUrl: number.voiceUrl ?? null,
        voiceMethod: 'POST',
        voiceFallbackUrl: null,
        voiceApplicationSid: number.voiceApplicationSid ?? '',
        trunkSid: number.trunkSid ?? null,
        statusCallback: number.statusCallback ?? '',
        statusCallbackMethod: number.statusCallbackMethod ?? 'POST',
        smsUrl: '',
        smsMethod: 'POST',
        dateCreated: created,
        dateUpdated: created,
      }),
    ),
    calls: [],
    recordings: [],
    transcriptions: [],
    messages: [],
    messagingServices: scenario.messagingServices.map((service) => ({
      sid: stableSid('MG', `${scenario.name}:${service.friendlyName}`),
      friendlyName: service.friendlyName,
      numbers: [...service.numbers],
    })),
    lookups: new Map(Object.entries(scenario.lookups)),
    optOuts: new Map(),
    delivery: createDeliveryState(scenario.delivery, scenario.name, created),
  };
  for (const call of scenario.calls) addCall(state, { ...call, key: `${scenario.name}:${call.key}` }, now);
  const messages = [...scenario.messages].sort((a, b) => b.minutesAgo - a.minutesAgo);
  messages.forEach((message, index) => {
    const at = new Date(now.getTime() - message.minutesAgo * MINUTE);
    const sid = stableSid('SM', `${scenario.name}:message:${index}`);
    if (message.direction === 'inbound') addInboundMessage(state, { ...message, at }, sid);
    else state.messages.push(outboundRecord({ ...message, at, sid, status: 'sent', direction: 'outbound-api' }));
  });
  settleMessages(state, now);
  return state;
}

export interface AddedCall {
  call: CallRecord;
  legs: CallRecord[];
  recording: RecordingRecord | null;
}

function numberSid(state: SandboxState, e164: string): string | null {
  return state.numbers.find((number) => number.phoneNumber === e164)?.sid ?? null;
}

/** Adds a call the way Twilio logs it: the caller's leg, its `outbound-dial` legs, and any recording. */
export function addCall(state: SandboxState, spec: CallSpec, now: Date): AddedCall {
  const start = spec.at ?? new Date(now.getTime() - (spec.minutesAgo ?? 0) * MINUTE);
  const sid = (prefix: string, part: string) =>
    spec.key ? stableSid(prefix, `${spec.key}:${part}`) : randomSid(prefix);
  const inbound = (spec.direction ?? 'inbound') === 'inbound';
  const call = callerLeg(spec, start, sid('CA', 'call'), numberSid(state, inbound ? spec.to : spec.from));
  const legs = (spec.legs ?? []).map((leg, index) => forwardedLeg(leg, index, call, start, sid('CA', `leg:${index}`)));
  const recording = spec.recording ? recordingOf(spec.recording, call, sid('RE', 'recording')) : null;
  if (recording) state.recordings.push(recording);
  if (recording && spec.recording?.transcription)
    state.transcriptions.push(
      transcriptionOf(spec.recording.transcription, recording, call, sid('TR', 'transcription')),
    );
  state.calls.push(call, ...legs);
  return { call, legs, recording };
}

export interface InboundText {
  from: string;
  to: string;
  body: string;
  at?: Date;
}

const optOutKey = (businessNumber: string, customerNumber: string) => `${businessNumber}|${customerNumber}`;

function outboundRecord(input: {
  sid: string;
  from: string;
  to: string;
  body: string;
  at: Date;
  status: MessageRecord['status'];
  direction: MessageRecord['direction'];
  messagingServiceSid?: string | null;
}): MessageRecord {
  return {
    sid: input.sid,
    direction: input.direction,
    from: input.from,
    to: input.to,
    body: input.body,
    status: input.status,
    numSegments: new SegmentedMessage(input.body, 'auto').segmentsCount,
    messagingServiceSid: input.messagingServiceSid ?? null,
    errorCode: null,
    dateCreated: input.at,
    dateSent: input.at,
    dateUpdated: input.at,
  };
}

/**
 * Records a text from a customer, with Twilio's keyword handling: an opt-out keyword blocks the pair and
 * Twilio answers (`outbound-reply`); START/UNSTOP lift the block and answer; YES lifts a block too.
 */
export function addInboundMessage(
  state: SandboxState,
  text: InboundText,
  sid = randomSid('SM'),
  now = new Date(),
): { message: MessageRecord; autoReply: MessageRecord | null } {
  const at = text.at ?? now;
  const message: MessageRecord = {
    sid,
    direction: 'inbound',
    from: text.from,
    to: text.to,
    body: text.body,
    status: 'received',
    numSegments: new SegmentedMessage(text.body, 'auto').segmentsCount,
    messagingServiceSid: null,
    errorCode: null,
    dateCreated: at,
    dateSent: at,
    dateUpdated: at,
  };
  state.messages.push(message);
  const keyword = keywordOf(text.body);
  if (!keyword) return { message, autoReply: null };
  const key = optOutKey(text.to, text.from);
  const wasBlocked = state.optOuts.has(key);
  if (keyword.action === 'opt_out')
    state.optOuts.set(key, { businessNumber: text.to, customerNumber: text.from, keyword: keyword.keyword, at });
  if (keyword.action === 'opt_in') state.optOuts.delete(key);
  // Twilio answers YES only when it lifts a block: YES is also an everyday reply.
  const replies = keyword.action !== 'opt_in' || keyword.keyword !== 'YES' || wasBlocked;
  // Opted-out senders get no HELP reply.
  if (!replies || (keyword.action === 'help' && wasBlocked)) return { message, autoReply: null };
  const autoReply = outboundRecord({
    sid: stableSid('SM', `${sid}:reply`),
    direction: 'outbound-reply',
    status: 'delivered',
    from: text.to,
    to: text.from,
    body: AUTO_REPLIES[keyword.action],
    at: new Date(at.getTime() + 1000),
  });
  state.messages.push(autoReply);
  return { message, autoReply };
}

export type MessageForm = Record<string, string | undefined>;

/** The SMS sender a Messaging Service picks: the number that last talked to the recipient, else one in its country. */
function serviceSender(state: SandboxState, pool: string[], to: string): string {
  const talked = state.messages
    .filter(
      (message) =>
        (pool.includes(message.from) && message.to === to) || (pool.includes(message.to) && message.from === to),
    )
    .sort((a, b) => b.dateCreated.getTime() - a.dateCreated.getTime())[0];
  if (talked) return pool.includes(talked.from) ? talked.from : talked.to;
  return pool.find((number) => countryOfNumber(number) === countryOfNumber(to)) ?? pool[0];
}

/** `POST Messages.json`: Twilio's checks, in its order, then a queued `outbound-api` message. */
export function sendMessage(state: SandboxState, form: MessageForm, now: Date): MessageRecord {
  const to = form.To ?? '';
  const body = form.Body ?? '';
  if (!to.trim()) throw new TwilioError(21604);
  if (!body.trim() && !form.MediaUrl) throw new TwilioError(21602);
  if (!form.From && !form.MessagingServiceSid) throw new TwilioError(21603);

  let pool: string[];
  const service = form.MessagingServiceSid
    ? state.messagingServices.find((candidate) => candidate.sid === form.MessagingServiceSid)
    : undefined;
  if (form.MessagingServiceSid && !service) throw new TwilioError(21701, form.MessagingServiceSid);
  const smsNumbers = state.numbers.filter((number) => number.capabilities.sms).map((number) => number.phoneNumber);
  let from: string | undefined;
  if (form.From) {
    from = readE164(form.From)?.e164;
    if (!from) throw new TwilioError(21212, form.From);
    if (!smsNumbers.includes(from)) throw new TwilioError(21606, form.From);
    pool = [from];
  } else {
    pool = service!.numbers.filter((number) => smsNumbers.includes(number));
  }
  // To is E.164 only (Twilio's spec and 21211's causes); a short code, a national form, a number no plan assigns,
  // or the sender itself is 21211.
  const recipient = readE164(to);
  if (!recipient || to === form.From) throw new TwilioError(21211, to);
  if (!recipient.country || !state.account.smsGeoPermissions.includes(recipient.country))
    throw new TwilioError(21408, recipient.e164);
  if (body.length > 1600) throw new TwilioError(21617);
  // A Messaging Service's opt-outs cover its whole sender pool.
  if (pool.some((number) => state.optOuts.has(optOutKey(number, recipient.e164)))) throw new TwilioError(21610);
  from ??= serviceSender(state, pool, recipient.e164);

  const message = outboundRecord({
    sid: randomSid('SM'),
    direction: 'outbound-api',
    status: 'queued',
    from,
    to: recipient.e164,
    body,
    at: now,
    messagingServiceSid: service?.sid ?? null,
  });
  state.messages.push(message);
  return message;
}

/** Number settings the update endpoint accepts: form name → record field. */
const NUMBER_FIELDS: Record<string, keyof PhoneNumberRecord> = {
  FriendlyName: 'friendlyName',
  StatusCallback: 'statusCallback',
  StatusCallbackMethod: 'statusCallbackMethod',
  VoiceUrl: 'voiceUrl',
  VoiceMethod: 'voiceMethod',
  VoiceFallbackUrl: 'voiceFallbackUrl',
  VoiceApplicationSid: 'voiceApplicationSid',
  TrunkSid: 'trunkSid',
  SmsUrl: 'smsUrl',
  SmsMethod: 'smsMethod',
};
const METHOD_FIELDS = new Set(['StatusCallbackMethod', 'VoiceMethod', 'SmsMethod']);

export function updateNumber(number: PhoneNumberRecord, form: MessageForm, now: Date): PhoneNumberRecord {
  for (const [name, field] of Object.entries(NUMBER_FIELDS)) {
    const value = form[name];
    if (value === undefined) continue;
    if (METHOD_FIELDS.has(name) && !/^(GET|POST)$/i.test(value)) throw new TwilioError(20001, `${name}: ${value}`);
    const text = METHOD_FIELDS.has(name) ? value.toUpperCase() : value;
    (number as unknown as Record<string, unknown>)[field] = field === 'trunkSid' && !text ? null : text;
  }
  number.dateUpdated = now;
  return number;
}
