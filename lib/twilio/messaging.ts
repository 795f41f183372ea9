import { text as textOrNull } from '../json/fields';
import type { TwilioConnection } from './connection';
import { isObject, type ListPaging, type Params, type Raw } from './transport';

/**
 * Messaging v1 (`{messagingBaseUrl}/v1/...`): Messaging Services, the numbers in their sender pools, their
 * A2P 10DLC campaigns (`Compliance/Usa2p`) and toll-free verifications. Only the fields the app reads.
 * Source: twilio-oai `twilio_messaging_v1.json`. Its lists page with `meta.next_page_url` (an absolute URL).
 */
export interface MessagingService {
  sid: string;
  friendly_name: string;
  /** True once an A2P 10DLC campaign is registered for the service. */
  us_app_to_person_registered: boolean;
}

export interface ServiceNumber {
  sid: string;
  phone_number: string;
  service_sid: string;
}

export interface Campaign {
  sid: string;
  messaging_service_sid: string;
  /** `VERIFIED`, `PENDING`, `IN_PROGRESS`, `FAILED`, ... as Twilio writes it. */
  campaign_status: string;
}

export interface TollFreeVerification {
  sid: string;
  tollfree_phone_number: string;
  tollfree_phone_number_sid: string;
  /** `PENDING_REVIEW`, `IN_REVIEW`, `TWILIO_APPROVED`, `TWILIO_REJECTED`. */
  status: string;
  date_updated: string | null;
}

/** A field Twilio always sends, '' when it did not. */
const text = (value: unknown): string => textOrNull(value) ?? '';

export const toService = (raw: Raw): MessagingService => ({
  sid: text(raw.sid),
  friendly_name: text(raw.friendly_name),
  us_app_to_person_registered: raw.us_app_to_person_registered === true,
});
export const toServiceNumber = (raw: Raw): ServiceNumber => ({
  sid: text(raw.sid),
  phone_number: text(raw.phone_number),
  service_sid: text(raw.service_sid),
});
export const toCampaign = (raw: Raw): Campaign => ({
  sid: text(raw.sid),
  messaging_service_sid: text(raw.messaging_service_sid),
  campaign_status: text(raw.campaign_status).toUpperCase(),
});
export const toTollFreeVerification = (raw: Raw): TollFreeVerification => ({
  sid: text(raw.sid),
  tollfree_phone_number: text(raw.tollfree_phone_number),
  tollfree_phone_number_sid: text(raw.tollfree_phone_number_sid),
  status: text(raw.status).toUpperCase(),
  date_updated: text(raw.date_updated) || null,
});

/** A Messaging v1 list at `url` with its filters, paged under `paging` (the client's one paging rule). */
type PagedList = (url: string, key: string, params: Params, paging: ListPaging) => Promise<Raw[]>;

/** The Messaging v1 calls of the Twilio client; `pagedList` is the client's one way to read a list. */
export function messagingApi(connection: TwilioConnection, pagedList: PagedList) {
  const base = `${connection.messagingBaseUrl}/v1`;
  // Messaging v1 pages by `meta.next_page_url`, an absolute URL that must stay on the same host, under `/v1/`.
  const paging: ListPaging = {
    base: connection.messagingBaseUrl,
    prefix: '/v1/',
    link: (page) => (isObject(page.meta) ? page.meta.next_page_url : null),
  };
  const list = (path: string, key: string, params: Params = {}) => pagedList(`${base}${path}`, key, params, paging);

  const service = (sid: string) => `/Services/${encodeURIComponent(sid)}`;
  return {
    listMessagingServices: async (): Promise<MessagingService[]> =>
      (await list('/Services', 'services')).map(toService),
    listServiceNumbers: async (serviceSid: string): Promise<ServiceNumber[]> =>
      (await list(`${service(serviceSid)}/PhoneNumbers`, 'phone_numbers')).map(toServiceNumber),
    listCampaigns: async (serviceSid: string): Promise<Campaign[]> =>
      (await list(`${service(serviceSid)}/Compliance/Usa2p`, 'compliance')).map(toCampaign),
    listTollFreeVerifications: async (params: Params = {}): Promise<TollFreeVerification[]> =>
      (await list('/Tollfree/Verifications', 'verifications', params)).map(toTollFreeVerification),
  };
}
