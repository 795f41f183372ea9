import type { CampaignRecord, ServiceRegistration, TollFreeVerificationRecord } from './delivery-types';
import { stableSid } from './format';
import { countryOfNumber } from './phone';
import type { RouteAnswer, RouteContext } from './routes';
import { TwilioError } from './twilio-errors';
import type { MessagingServiceRecord, SandboxState } from './types';

/**
 * Messaging v1 as Twilio serves it on `messaging.twilio.com` (the sandbox serves it on its own host): Messaging
 * Services, their sender pools, A2P 10DLC campaigns and toll-free verifications, field for field as
 * twilio-oai `twilio_messaging_v1.json` describes them. Dates are ISO 8601 here (not RFC 2822 as in 2010-04-01),
 * and lists page with a `meta` block of absolute URLs.
 */

const iso = (date: Date) => date.toISOString().replace(/\.\d{3}Z$/, 'Z');
const NO_REGISTRATION: ServiceRegistration = { usAppToPersonRegistered: false, campaigns: [] };

/** Messaging v1 paging: `Page`/`PageSize`, and `meta` with absolute page URLs. */
function page<T>(all: T[], ctx: RouteContext, key: string, render: (item: T) => unknown): RouteAnswer {
  const size = Number(ctx.query.PageSize ?? 50);
  if (!Number.isInteger(size) || size < 1 || size > 1000)
    throw new TwilioError(20001, `PageSize: ${ctx.query.PageSize}`);
  const index = Math.max(0, Number.parseInt(ctx.query.Page ?? '0', 10) || 0);
  const items = all.slice(index * size, (index + 1) * size);
  const filters = Object.entries(ctx.query).filter(([name]) => !['Page', 'PageSize', 'PageToken'].includes(name));
  const url = (pageIndex: number) => {
    const params = new URLSearchParams(filters);
    params.set('PageSize', String(size));
    params.set('Page', String(pageIndex));
    if (pageIndex > 0) params.set('PageToken', `PT${pageIndex}`);
    return `${ctx.baseUrl}${ctx.path}?${params.toString()}`;
  };
  return {
    status: 200,
    body: {
      [key]: items.map(render),
      meta: {
        page: index,
        page_size: size,
        first_page_url: url(0),
        previous_page_url: index > 0 ? url(index - 1) : null,
        next_page_url: (index + 1) * size < all.length ? url(index + 1) : null,
        key,
        url: url(index),
      },
    },
  };
}

const registrationOf = (state: SandboxState, service: MessagingServiceRecord) =>
  state.delivery.registrations.get(service.friendlyName) ?? NO_REGISTRATION;

function serviceJson(ctx: RouteContext, service: MessagingServiceRecord): Record<string, unknown> {
  const url = `${ctx.baseUrl}/v1/Services/${service.sid}`;
  const created = iso(ctx.state.account.dateCreated);
  return {
    account_sid: ctx.state.account.sid,
    sid: service.sid,
    friendly_name: service.friendlyName,
    date_created: created,
    date_updated: created,
    sticky_sender: true,
    mms_converter: true,
    smart_encoding: true,
    fallback_to_long_code: true,
    area_code_geomatch: true,
    validity_period: 14400,
    scan_message_content: 'inherit',
    synchronous_validation: false,
    inbound_request_url: null,
    inbound_method: 'POST',
    fallback_url: null,
    fallback_method: 'POST',
    status_callback: null,
    usecase: 'mixed',
    us_app_to_person_registered: registrationOf(ctx.state, service).usAppToPersonRegistered,
    use_inbound_webhook_on_number: true,
    links: {
      phone_numbers: `${url}/PhoneNumbers`,
      short_codes: `${url}/ShortCodes`,
      alpha_senders: `${url}/AlphaSenders`,
      messages: `${url}/Messages`,
      us_app_to_person: `${url}/Compliance/Usa2p`,
      us_app_to_person_usecases: `${url}/Compliance/Usa2p/Usecases`,
      channel_senders: `${url}/ChannelSenders`,
    },
    url,
  };
}

function serviceNumberJson(ctx: RouteContext, service: MessagingServiceRecord, e164: string): Record<string, unknown> {
  const number = ctx.state.numbers.find((candidate) => candidate.phoneNumber === e164);
  const sid = number?.sid ?? stableSid('PN', e164);
  const capabilities = number
    ? [
        ...(number.capabilities.voice ? ['Voice'] : []),
        ...(number.capabilities.sms ? ['SMS'] : []),
        ...(number.capabilities.mms ? ['MMS'] : []),
      ]
    : [];
  return {
    account_sid: ctx.state.account.sid,
    service_sid: service.sid,
    sid,
    date_created: iso(number?.dateCreated ?? ctx.state.account.dateCreated),
    date_updated: iso(number?.dateUpdated ?? ctx.state.account.dateCreated),
    phone_number: e164,
    country_code: countryOfNumber(e164) ?? 'US',
    capabilities,
    url: `${ctx.baseUrl}/v1/Services/${service.sid}/PhoneNumbers/${sid}`,
  };
}

function campaignJson(
  ctx: RouteContext,
  service: MessagingServiceRecord,
  campaign: CampaignRecord,
): Record<string, unknown> {
  const failed = campaign.campaignStatus === 'FAILED';
  return {
    sid: campaign.sid,
    account_sid: ctx.state.account.sid,
    brand_registration_sid: campaign.brandRegistrationSid,
    messaging_service_sid: service.sid,
    description: 'Texts customers who called and could not reach us, offering a call back.',
    message_samples: [
      'Hi, this is Rapid Rooter Plumbing. Sorry we missed your call! We will call you back within 5 minutes. Reply STOP to opt out.',
    ],
    us_app_to_person_usecase: 'CUSTOMER_CARE',
    has_embedded_links: false,
    has_embedded_phone: false,
    subscriber_opt_in: true,
    age_gated: false,
    direct_lending: false,
    campaign_status: campaign.campaignStatus,
    campaign_id: campaign.campaignId,
    is_externally_registered: false,
    rate_limits:
      campaign.campaignStatus === 'VERIFIED' ? { att: { mps: 4, msg_class: 'T' }, tmobile: { brand_tier: 'LOW' } } : {},
    message_flow:
      'Customers who call the business and miss us get one text offering a call back; they can reply STOP at any time.',
    opt_in_message: null,
    opt_out_message:
      'You have successfully been unsubscribed. You will not receive any more messages from this number. Reply START to resubscribe.',
    help_message: 'Reply STOP to unsubscribe. Msg&Data Rates May Apply.',
    opt_in_keywords: ['START'],
    opt_out_keywords: ['STOP'],
    help_keywords: ['HELP'],
    date_created: iso(campaign.dateCreated),
    date_updated: iso(campaign.dateUpdated),
    url: `${ctx.baseUrl}/v1/Services/${service.sid}/Compliance/Usa2p/${campaign.sid}`,
    mock: false,
    errors: failed
      ? [
          {
            code: 30896,
            description: 'Campaign rejected: the message flow does not show how customers consent to texts.',
          },
        ]
      : [],
  };
}

function verificationJson(ctx: RouteContext, verification: TollFreeVerificationRecord): Record<string, unknown> {
  const number = ctx.state.numbers.find((candidate) => candidate.phoneNumber === verification.phoneNumber);
  const url = `${ctx.baseUrl}/v1/Tollfree/Verifications/${verification.sid}`;
  return {
    sid: verification.sid,
    account_sid: ctx.state.account.sid,
    customer_profile_sid: stableSid('BU', `${ctx.state.account.sid}:customer-profile`),
    trust_product_sid: stableSid('BU', `${verification.sid}:trust-product`),
    regulated_item_sid: stableSid('RA', `${verification.sid}:regulated-item`),
    date_created: iso(verification.dateCreated),
    date_updated: iso(verification.dateUpdated),
    business_name: ctx.state.account.friendlyName,
    business_street_address: '1200 Barton Springs Rd',
    business_street_address2: null,
    business_city: 'Austin',
    business_state_province_region: 'TX',
    business_postal_code: '78704',
    business_country: 'US',
    business_website: 'https://rapidrooter.example.com',
    business_contact_first_name: 'Dave',
    business_contact_last_name: 'Rooter',
    business_contact_email: 'dave@rapidrooter.example.com',
    business_contact_phone: '+15125550150',
    notification_email: 'dave@rapidrooter.example.com',
    use_case_categories: ['CUSTOMER_CARE'],
    use_case_summary: 'Texting back customers whose calls we missed.',
    production_message_sample: 'Hi, this is Rapid Rooter Plumbing. Sorry we missed your call! Reply STOP to opt out.',
    opt_in_image_urls: [],
    opt_in_type: 'VERBAL',
    message_volume: '1,000',
    additional_information: null,
    tollfree_phone_number_sid: number?.sid ?? stableSid('PN', verification.phoneNumber),
    tollfree_phone_number: verification.phoneNumber,
    status: verification.status,
    url,
    rejection_reason: verification.rejectionReason,
    error_code: verification.errorCode,
    edit_expiration: null,
    edit_allowed: verification.status === 'TWILIO_REJECTED',
    resource_links: {},
    external_reference_id: null,
  };
}

function serviceOf(ctx: RouteContext): MessagingServiceRecord {
  const service = ctx.state.messagingServices.find((candidate) => candidate.sid === ctx.params.service);
  if (!service) throw new TwilioError(20404, ctx.path);
  return service;
}

const route = (path: string, handle: (ctx: RouteContext) => RouteAnswer) => ({
  method: 'GET' as const,
  pattern: new RegExp(`^${path}$`),
  handle,
});
const SERVICE = '/v1/Services/(?<service>MG[0-9a-f]{32})';

/** The Messaging v1 reads the app makes, one row each (added to the sandbox's routes). */
export const MESSAGING_V1_ROUTES = [
  route('/v1/Services', (ctx) =>
    page(ctx.state.messagingServices, ctx, 'services', (service) => serviceJson(ctx, service)),
  ),
  route(`${SERVICE}/PhoneNumbers`, (ctx) => {
    const service = serviceOf(ctx);
    return page(service.numbers, ctx, 'phone_numbers', (e164) => serviceNumberJson(ctx, service, e164));
  }),
  route(`${SERVICE}/Compliance/Usa2p`, (ctx) => {
    const service = serviceOf(ctx);
    return page(registrationOf(ctx.state, service).campaigns, ctx, 'compliance', (campaign) =>
      campaignJson(ctx, service, campaign),
    );
  }),
  route('/v1/Tollfree/Verifications', (ctx) => {
    const numberSid = (verification: TollFreeVerificationRecord) =>
      ctx.state.numbers.find((n) => n.phoneNumber === verification.phoneNumber)?.sid;
    const verifications = ctx.state.delivery.tollFreeVerifications.filter(
      (verification) =>
        (!ctx.query.TollfreePhoneNumberSid || numberSid(verification) === ctx.query.TollfreePhoneNumberSid) &&
        (!ctx.query.Status || verification.status === ctx.query.Status),
    );
    return page(verifications, ctx, 'verifications', (verification) => verificationJson(ctx, verification));
  }),
];
