import callrail from '../../../lib/providers/callrail';
import generic from '../../../lib/providers/generic';
import { PROVIDER_REGISTRY, parseDelivery } from '../../../lib/providers/index';
import justcall from '../../../lib/providers/justcall';
import plivo from '../../../lib/providers/plivo';
import telnyx from '../../../lib/providers/telnyx';
import twilio from '../../../lib/providers/twilio-form';
import type { WebhookDelivery } from '../../../lib/providers/types';
import vonage from '../../../lib/providers/vonage';
import { deliveryOf, fixture } from '../../helpers/provider-fixtures';

/**
 * What the normalizers adjust beyond the recorded fixtures: zone-less and epoch times, the business number from
 * the owner's settings, the generic shape's many spellings, and junk or malformed payloads (null, never a throw).
 */

describe('inputs the normalizers adjust', () => {
  test.each([
    ['UTC when no zone is set', {}, '2026-11-29T08:03:00Z'],
    ["the owner's zone", { timeZone: 'America/Chicago' }, '2026-11-29T14:03:00Z'],
    ['UTC for an unknown zone', { timeZone: 'Mars/Olympus' }, '2026-11-29T08:03:00Z'],
  ])('a zone-less time is read in %s', (_label, settings, calledAt) => {
    const item = generic.normalize(deliveryOf(fixture('generic', 'missed-zoneless')), settings);
    expect(item!.called_at).toBe(calledAt);
  });

  test.each([
    ['epoch seconds', 1795960980],
    ['epoch milliseconds', 1795960980000],
    ['digits as text', '1795960980'],
    ['ISO with offset', '2026-11-29T08:03:00-06:00'],
  ])('called_at from %s', (_label, calledAt) => {
    const item = generic.normalize(
      deliveryOf({
        ...fixture('generic', 'missed-redelivered'),
        body: { caller_number: '+15125550123', call_id: 'c-1', called_at: calledAt, missed: true },
      }),
      {},
    );
    expect(item!.called_at).toBe('2026-11-29T14:03:00Z');
  });

  test.each([
    ["the payload's number wins", { to: '+15125550100' }, { businessNumber: '+15125550177' }, '+15125550100'],
    ["the owner's number fills a gap", {}, { businessNumber: '512-555-0177' }, '+15125550177'],
    ['an extension is not a number', { to: '101' }, { businessNumber: '+15125550177' }, '+15125550177'],
    ['null when neither is known', {}, {}, null],
  ])('business_number: %s', (_label, extra, settings, businessNumber) => {
    const body = { from: '15125550123', id: 'c-2', called_at: '2026-11-29T14:03:00Z', missed: true, ...extra };
    const item = generic.normalize(deliveryOf({ ...fixture('generic', 'missed-redelivered'), body }), settings);
    expect(item!.business_number).toBe(businessNumber);
    expect(item!.caller_number).toBe('+15125550123');
  });

  test.each([
    ['no status', { missed: true }, 'no_answer'],
    ['a contract word', { missed: true, status: 'rejected' }, 'rejected'],
    ['a provider synonym', { status: 'no-answer' }, 'no_answer'],
    ['unknown', { status: 'unknown' }, 'unknown'],
    ['a voicemail URL', { missed: 'yes', voicemail_url: 'https://pbx.example.com/vm/1.wav' }, 'voicemail'],
  ])('generic missed_reason from %s', (_label, extra, reason) => {
    const body = { caller_number: '+15125550123', call_id: 'c-3', called_at: '2026-11-29T14:03:00Z', ...extra };
    expect(
      generic.normalize(deliveryOf({ ...fixture('generic', 'missed-redelivered'), body }), {})!.missed_reason,
    ).toBe(reason);
  });

  test('a generic call without an id keeps one id across redeliveries', () => {
    const body = { caller_number: '+15125550123', called_at: '2026-11-29T14:03:00Z', missed: true };
    const first = generic.normalize(deliveryOf({ ...fixture('generic', 'missed-redelivered'), body }), {});
    const again = generic.normalize(deliveryOf({ ...fixture('generic', 'missed-redelivered'), body: { ...body } }), {});
    expect(first!.id).toBe(again!.id);
    expect(first!.id.startsWith('generic:')).toBe(true);
  });

  test.each(PROVIDER_REGISTRY.map((normalizer) => [normalizer.key, normalizer] as const))(
    '%s never throws on junk',
    (_key, normalizer) => {
      const junk: WebhookDelivery[] = [
        parseDelivery({ content: '{"event":"call.ended","data":' }),
        parseDelivery({ content: 'a.b.c' }),
        parseDelivery({ content: '[1,2,3]' }),
        {
          body: { data: null, payload: 7, parties: 'x', body: [], event: 'constructor' },
          headers: {},
          rawBody: '',
          querystring: {},
        },
      ];
      for (const delivery of junk) {
        expect(() => normalizer.detect(delivery)).not.toThrow();
        expect(normalizer.normalize(delivery, {})).toBeNull();
        expect(normalizer.verify?.(delivery, { webhookSecret: 's3cret' }) ?? false).toBe(false);
      }
    },
  );
});

describe('settings', () => {
  const vonageFixture = fixture('vonage', 'unanswered');

  test.each([
    ['payload number wins', { businessNumber: '+15125550199' }, '+15125550100'],
    ['input number fills a gap', { businessNumber: '(512) 555-0199' }, '+15125550199'],
    ['neither: null', {}, null],
  ])('business_number: %s', (_label, settings, expected) => {
    const delivery = deliveryOf(vonageFixture);
    if (expected !== '+15125550100') delete delivery.body.to;
    expect(vonage.normalize(delivery, settings)?.business_number).toBe(expected);
  });

  test.each([
    ['', '2026-12-01T09:04:05Z'],
    ['America/Chicago', '2026-12-01T15:04:05Z'],
    ['Europe/London', '2026-12-01T09:04:05Z'],
  ])('zone-less Plivo StartTime read in %p', (timeZone, expected) => {
    const plivoFixture = fixture('plivo', 'hangup-caller-hung-up');
    expect(plivo.normalize(deliveryOf(plivoFixture), { timeZone })?.called_at).toBe(expected);
  });

  test.each([
    ['epoch seconds', '1796137445', '2026-12-01T15:04:05Z'],
    ['epoch milliseconds', '1796137445000', '2026-12-01T15:04:05Z'],
    ['offset date', '2026-12-01T09:04:05-06:00', '2026-12-01T15:04:05Z'],
  ])('CallRail start_time as %s', (_label, start, expected) => {
    const callrailFixture = fixture('callrail', 'post-call-missed');
    const delivery = deliveryOf(callrailFixture);
    delivery.body.start_time = start;
    expect(callrail.normalize(delivery, {})?.called_at).toBe(expected);
  });

  test.each([
    [telnyx, { data: 'not an object' }],
    [vonage, { conversation_uuid: 'CON-1', status: 42, direction: ['inbound'] }],
    [plivo, { CallUUID: {}, Direction: null }],
    [callrail, { customer_phone_number: null, tracking_phone_number: 5 }],
    [justcall, { type: 'call.completed', data: [] }],
    [twilio, { CallSid: 7 }],
  ])('malformed payloads give null, never throw (%#)', (normalizer, body) => {
    const delivery: WebhookDelivery = {
      body: body as Record<string, unknown>,
      headers: {},
      rawBody: '{',
      querystring: {},
    };
    expect(() => normalizer.normalize(delivery, {})).not.toThrow();
    expect(normalizer.normalize(delivery, {})).toBeNull();
  });
});
