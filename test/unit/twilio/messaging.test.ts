import { twilioClient } from '../../../lib/twilio/client';
import { lookupBaseUrl, readConnection, serviceBaseUrl } from '../../../lib/twilio/connection';
import type { HttpRequest, HttpResponse, ZapierLike } from '../../../lib/twilio/http';

class AppError extends Error {
  override name = 'AppError';
}
class ThrottledError extends Error {
  override name = 'ThrottledError';
}
class ExpiredAuthError extends Error {
  override name = 'ExpiredAuthError';
}
class HaltedError extends Error {
  override name = 'HaltedError';
}
const fakeZ = (answer: (request: HttpRequest) => unknown, log: HttpRequest[]): ZapierLike => ({
  request: async (request): Promise<HttpResponse> => {
    log.push(request);
    return { status: 200, content: JSON.stringify(answer(request)), getHeader: () => undefined };
  },
  errors: { Error: AppError, ThrottledError, ExpiredAuthError, HaltedError },
});
const AUTH = { account_sid: 'AC0123456789abcdef0123456789abcdef', auth_token: 'secret-token' };

describe('the Messaging v1 host (contract: Authentication)', () => {
  test.each([
    [undefined, 'https://messaging.twilio.com'],
    ['https://api.twilio.com', 'https://messaging.twilio.com'],
    ['https://api.dublin.ie1.twilio.com', 'https://messaging.dublin.ie1.twilio.com'],
    ['https://example.signalwire.com/api/laml', 'https://example.signalwire.com/api/laml'],
    ['https://twilio.example.com', 'https://twilio.example.com'],
    ['http://127.0.0.1:4010', 'http://127.0.0.1:4010'],
  ])('API host %j → Messaging v1 at %s', (api_base_url, messaging) => {
    expect(readConnection({ ...AUTH, api_base_url })).toMatchObject({
      ok: true,
      value: { messagingBaseUrl: messaging },
    });
  });

  test('one rule for both services', () => {
    expect(serviceBaseUrl('https://api.sydney.au1.twilio.com', 'lookups')).toBe(
      lookupBaseUrl('https://api.sydney.au1.twilio.com'),
    );
    expect(serviceBaseUrl('https://api.sydney.au1.twilio.com', 'messaging')).toBe(
      'https://messaging.sydney.au1.twilio.com',
    );
  });
});

describe('Messaging v1 lists', () => {
  const page = (services: unknown[], next: string | null) => ({
    services,
    meta: { key: 'services', next_page_url: next },
  });
  const service = (n: number) => ({
    sid: `MG${String(n).padStart(32, '0')}`,
    friendly_name: `S${n}`,
    us_app_to_person_registered: n === 1,
  });

  test('follow meta.next_page_url on the same host, 1,000 a page', async () => {
    const log: HttpRequest[] = [];
    const z = fakeZ(
      (request) =>
        request.url.includes('Page=1')
          ? page([service(2)], null)
          : page([service(1)], 'https://messaging.twilio.com/v1/Services?PageSize=1000&Page=1&PageToken=PT1'),
      log,
    );
    const services = await twilioClient(z, AUTH).listMessagingServices();
    expect(services).toEqual([
      { sid: service(1).sid, friendly_name: 'S1', us_app_to_person_registered: true },
      { sid: service(2).sid, friendly_name: 'S2', us_app_to_person_registered: false },
    ]);
    expect(log.map((request) => [request.url, request.params])).toEqual([
      ['https://messaging.twilio.com/v1/Services', { PageSize: '1000' }],
      ['https://messaging.twilio.com/v1/Services?PageSize=1000&Page=1&PageToken=PT1', undefined],
    ]);
  });

  test('a next page on another host is never followed with the credentials', async () => {
    const log: HttpRequest[] = [];
    const z = fakeZ(() => page([service(1)], 'https://evil.example.com/v1/Services?Page=1'), log);
    await expect(twilioClient(z, AUTH).listMessagingServices()).rejects.toThrow(
      /next page[^.]*outside this account's lists/,
    );
    expect(log).toHaveLength(1);
  });

  test('campaign and verification statuses are read in capitals; sender pools by number', async () => {
    const log: HttpRequest[] = [];
    const z = fakeZ((request) => {
      if (request.url.endsWith('/Compliance/Usa2p'))
        return { compliance: [{ sid: 'QE1', messaging_service_sid: 'MG1', campaign_status: 'verified' }], meta: {} };
      if (request.url.endsWith('/PhoneNumbers'))
        return { phone_numbers: [{ sid: 'PN1', phone_number: '+15125550100', service_sid: 'MG1' }], meta: {} };
      return {
        verifications: [
          {
            sid: 'HH1',
            tollfree_phone_number: '+18335550100',
            tollfree_phone_number_sid: 'PN2',
            status: 'in_review',
            date_updated: '2026-11-01T00:00:00Z',
          },
        ],
        meta: {},
      };
    }, log);
    const client = twilioClient(z, AUTH);
    expect(await client.listCampaigns('MG1')).toEqual([
      { sid: 'QE1', messaging_service_sid: 'MG1', campaign_status: 'VERIFIED' },
    ]);
    expect(await client.listServiceNumbers('MG1')).toEqual([
      { sid: 'PN1', phone_number: '+15125550100', service_sid: 'MG1' },
    ]);
    expect(await client.listTollFreeVerifications()).toEqual([
      {
        sid: 'HH1',
        tollfree_phone_number: '+18335550100',
        tollfree_phone_number_sid: 'PN2',
        status: 'IN_REVIEW',
        date_updated: '2026-11-01T00:00:00Z',
      },
    ]);
    expect(log.map((request) => request.url)).toEqual([
      'https://messaging.twilio.com/v1/Services/MG1/Compliance/Usa2p',
      'https://messaging.twilio.com/v1/Services/MG1/PhoneNumbers',
      'https://messaging.twilio.com/v1/Tollfree/Verifications',
    ]);
  });
});

describe('recent messages', () => {
  test('paging stops at the first page that reaches back past the start', async () => {
    const log: HttpRequest[] = [];
    const message = (at: string) => ({
      sid: `SM${at}`,
      direction: 'outbound-api',
      status: 'failed',
      date_sent: null,
      date_created: at,
    });
    const pages: Record<string, unknown> = {
      first: {
        messages: [message('Sun, 29 Nov 2026 12:00:00 +0000')],
        next_page_uri: `/2010-04-01/Accounts/${AUTH.account_sid}/Messages.json?Page=1`,
      },
      second: {
        messages: [message('Sat, 28 Nov 2026 12:00:00 +0000'), message('Thu, 26 Nov 2026 12:00:00 +0000')],
        next_page_uri: `/2010-04-01/Accounts/${AUTH.account_sid}/Messages.json?Page=2`,
      },
    };
    const z = fakeZ(
      (request) =>
        request.url.includes('Page=1')
          ? pages.second
          : request.url.includes('Page=2')
            ? { messages: [], next_page_uri: null }
            : pages.first,
      log,
    );
    const messages = await twilioClient(z, AUTH).listRecentMessages(new Date('2026-11-27T00:00:00Z'), {
      From: '+15125550105',
    });
    expect(messages.map((m) => m.date_sent)).toEqual([
      '2026-11-29T12:00:00Z',
      '2026-11-28T12:00:00Z',
      '2026-11-26T12:00:00Z',
    ]);
    expect(log).toHaveLength(2);
    expect(log[0].params).toEqual({ PageSize: '1000', From: '+15125550105' });
  });
});
