import { isoString } from '../time/dates';
import { readConnection, type TwilioAuthData, type TwilioConnection } from './connection';
import type { ZapierLike } from './http';
import { messagingApi } from './messaging';
import {
  type Account,
  type Call,
  type IncomingNumber,
  type Message,
  messageTime,
  type Recording,
  type Transcription,
  toAccount,
  toCall,
  toIncomingNumber,
  toMessage,
  toRecording,
  toTranscription,
} from './resources';
import { MAX_PAGE_SIZE, type Params, type Raw, twilioTransport } from './transport';

export { MAX_PAGE_SIZE } from './transport';

export interface LineType {
  phone_number: string;
  valid: boolean;
  /** `mobile`, `landline`, `fixedVoip`, `nonFixedVoip`, `tollFree`, ... or null when unknown. */
  line_type: string | null;
}

export interface MessageToSend {
  to: string;
  from?: string;
  messaging_service_sid?: string;
  body: string;
}

/** Time window filters, as Twilio's list endpoints take them (`StartTime>`, `DateSent>`...). */
export function since(field: 'StartTime' | 'DateSent' | 'DateCreated', from: Date): Params {
  return { [`${field}>`]: isoString(from) };
}

/**
 * The app's only door to Twilio: each resource the app reads or writes, as typed records with ISO dates. How the
 * requests travel (auth, paging, errors) is `transport.ts`; the Messaging v1 resources are `messaging.ts`.
 */
export function twilioClient(z: ZapierLike, authData: TwilioAuthData) {
  const checked = readConnection(authData);
  if (!checked.ok) throw new z.errors.Error(checked.problem, 'invalid_connection', 400);
  const connection: TwilioConnection = checked.value;

  const { send, get, post, list, pagedList } = twilioTransport(z, connection);

  return {
    connection,
    fetchAccount: async (): Promise<Account> => toAccount(await get('.json')),
    listNumbers: async (params: Params = {}): Promise<IncomingNumber[]> =>
      (await list('/IncomingPhoneNumbers.json', 'incoming_phone_numbers', params)).map(toIncomingNumber),
    fetchNumber: async (sid: string): Promise<IncomingNumber> =>
      toIncomingNumber(await get(`/IncomingPhoneNumbers/${encodeURIComponent(sid)}.json`)),
    updateNumber: async (sid: string, form: Params): Promise<IncomingNumber> =>
      toIncomingNumber(await post(`/IncomingPhoneNumbers/${encodeURIComponent(sid)}.json`, form)),
    listCalls: async (params: Params): Promise<Call[]> => (await list('/Calls.json', 'calls', params)).map(toCall),
    fetchCall: async (sid: string): Promise<Call> => toCall(await get(`/Calls/${encodeURIComponent(sid)}.json`)),
    listRecordings: async (params: Params): Promise<Recording[]> =>
      (await list('/Recordings.json', 'recordings', params)).map(toRecording),
    /**
     * The account's newest transcriptions, one page and no more: Twilio's list has no date or recording filter, so
     * a poll matches all its voicemails against this one request instead of asking per recording.
     */
    listRecentTranscriptions: async (pageSize = MAX_PAGE_SIZE): Promise<Transcription[]> =>
      (await list('/Transcriptions.json', 'transcriptions', { PageSize: String(pageSize) }, () => true)).map(
        toTranscription,
      ),
    listRecordingTranscriptions: async (recordingSid: string): Promise<Transcription[]> =>
      (await list(`/Recordings/${encodeURIComponent(recordingSid)}/Transcriptions.json`, 'transcriptions')).map(
        toTranscription,
      ),
    listMessages: async (params: Params): Promise<Message[]> =>
      (await list('/Messages.json', 'messages', params)).map(toMessage),
    /**
     * Messages newest first without a date filter, paged only until a page reaches back to `from`: unlike
     * `DateSent`, this keeps texts that failed before Twilio sent them (no `date_sent`).
     */
    listRecentMessages: async (from: Date, params: Params = {}): Promise<Message[]> =>
      (
        await list('/Messages.json', 'messages', params, (rows) => rows.some((row) => olderThan(toMessage(row), from)))
      ).map(toMessage),
    createMessage: async (message: MessageToSend): Promise<Message> => {
      const form: Params = { To: message.to, Body: message.body };
      if (message.messaging_service_sid) form.MessagingServiceSid = message.messaging_service_sid;
      if (message.from) form.From = message.from;
      const sent = toMessage(await post('/Messages.json', form, 'text'));
      if (!sent.sid) {
        throw new z.errors.Error(
          'Twilio answered the send without a message ID, so the app cannot confirm the text. Check the Messaging Logs in Twilio; running this step again with the same Call ID does not text twice.',
          'unconfirmed_send',
          502,
        );
      }
      return sent;
    },
    lookupLineType: async (e164: string): Promise<LineType> => {
      const raw = (await send('GET', `${connection.lookupBaseUrl}/v2/PhoneNumbers/${encodeURIComponent(e164)}`, {
        Fields: 'line_type_intelligence',
      })) as Raw;
      const intelligence = (raw.line_type_intelligence ?? null) as Raw | null;
      return {
        phone_number: typeof raw.phone_number === 'string' ? raw.phone_number : e164,
        valid: raw.valid !== false,
        line_type: typeof intelligence?.type === 'string' ? intelligence.type : null,
      };
    },
    ...messagingApi(connection, pagedList),
  };
}

export type TwilioClient = ReturnType<typeof twilioClient>;

const olderThan = (message: Message, from: Date): boolean =>
  messageTime(message) !== '' && messageTime(message) < isoString(from);
