import { TRANSCRIPT_STATUSES } from '../../../lib/missed-calls/transcript';
import { detectProvider, normalizeWebhook, PROVIDER_REGISTRY } from '../../../lib/providers/index';
import { deliveryOf, everyFixture, fixture, fixturesOf, normalizeFixture } from '../../helpers/provider-fixtures';

/**
 * The one loop over every provider's recorded deliveries (test/fixtures/providers/<provider>/*.json): each gives
 * the item it names, is recognised as its own provider's, and each provider's set covers the cases that matter.
 * A new provider only adds fixtures.
 */

const cases = everyFixture();
const providers = [...new Set(cases.map(([, provider]) => provider))];

/** Where each fixture's shape comes from: the provider's documentation; `generic` is our own shape, so it says so in words. */
const SOURCE: Record<string, RegExp> = { generic: /.{11}/ };
const sourceOf = (provider: string) => (Object.hasOwn(SOURCE, provider) ? SOURCE[provider] : /^https:\/\//);
/**
 * An item's id: the provider's key and its call id, except Twilio's, which is Twilio's own Call SID (a Twilio-compatible
 * host's call id, not a Call SID, gets the prefix).
 */
const ID: Record<string, RegExp> = { twilio: /^(CA[0-9a-f]{32}$|twilio:.)/ };
const idPatternOf = (provider: string) => (Object.hasOwn(ID, provider) ? ID[provider] : new RegExp(`^${provider}:.`));
/** `generic` fits any simple JSON with a caller and an outcome, so `auto` tries it last and it may claim others' shapes. */
const FALLBACK = 'generic';

describe('every fixture normalizes to its expected item', () => {
  test.each(cases)('%s', (_name, key, f) => {
    expect(f.source).toMatch(sourceOf(key));
    const item = normalizeFixture(key, f);
    if (f.expected === null) {
      expect(item).toBeNull();
      return;
    }
    expect(item).toMatchObject(f.expected);
    expect(item!.provider).toBe(key);
    expect(item!.id).toMatch(idPatternOf(key));
    // A delivery without any call time (a transcription callback) says so in its expected item.
    if (f.expected.called_at === null) expect(item!.called_at).toBeNull();
    else expect(item!.called_at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
    expect(item!.callback_link).toBe(item!.caller_number ? `tel:${item!.caller_number}` : null);
    expect(TRANSCRIPT_STATUSES).toContain(item!.voicemail_transcript_status);
    if (item!.voicemail_transcript !== null) expect(item!.voicemail_transcript_status).toBe('completed');
    if (!item!.voicemail) expect(item!.voicemail_transcript_status).toBe('none');
    expect(item!.voicemail).toBe(item!.missed_reason === 'voicemail');
    expect(item!.after_hours).toBeNull();
    if (item!.caller_id_withheld) {
      expect([item!.caller_number, item!.caller_number_national, item!.caller_country]).toEqual([null, null, null]);
    }
  });

  test.each(providers)('%s has a missed call, an answered call, a voicemail and a duplicate', (key) => {
    const expected = fixturesOf(key).map(([, f]) => f.expected);
    const items = expected.filter((e): e is Record<string, unknown> => e !== null);
    expect(expected).toContain(null);
    expect(items.some((e) => e.missed_reason === 'voicemail')).toBe(true);
    expect(items.some((e) => e.missed_reason !== 'voicemail')).toBe(true);
    const ids = items.map((e) => e.id);
    expect(new Set(ids).size).toBeLessThan(ids.length);
  });
});

describe('detection picks exactly the right provider', () => {
  test.each(cases)('%s is detected by %s only', (_name, key, f) => {
    const delivery = deliveryOf(f);
    const claimed = PROVIDER_REGISTRY.filter(
      (normalizer) => normalizer.key !== FALLBACK && normalizer.detect(delivery),
    ).map((normalizer) => normalizer.key);
    expect(claimed).toEqual(key === FALLBACK ? [] : [key]);
  });

  test.each(cases)('%s: provider auto picks %s', (_name, key, f) => {
    expect(detectProvider(deliveryOf(f))).toBe(key);
    const { item } = normalizeWebhook(deliveryOf(f), f.settings ?? {}, 'auto');
    expect(item?.id ?? null).toBe(f.expected === null ? null : normalizeFixture(key, f)!.id);
  });
});

describe('one call, one id', () => {
  test.each([
    ['aircall', 'missed', 'missed-retry'],
    ['ringcentral', 'session-missed', 'session-missed-second-phone'],
    ['openphone', 'missed', 'missed-redelivered'],
    ['dialpad', 'missed', 'missed-second-operator'],
    ['zoom', 'callee-missed', 'callee-missed-second-phone'],
    ['zoom', 'callee-missed', 'voicemail-received'],
    ['generic', 'missed-zoneless', 'missed-redelivered'],
    ['twilio', 'status-no-answer', 'dial-action-no-answer-duplicate'],
    ['telnyx', 'call-hangup-timeout', 'call-hangup-timeout-redelivered'],
    ['telnyx', 'call-hangup-timeout', 'call-hangup-originator-cancel'],
    ['vonage', 'unanswered', 'unanswered-redelivered'],
    ['vonage', 'unanswered', 'record-voicemail'],
    ['plivo', 'hangup-caller-hung-up', 'hangup-caller-hung-up-redelivered'],
    ['plivo', 'hangup-caller-hung-up', 'record-action-voicemail'],
    ['callrail', 'post-call-missed', 'post-call-missed-redelivered'],
    ['justcall', 'call-completed-missed', 'call-missed-same-call'],
  ])('%s: %s and %s share an id', (key, first, second) => {
    const a = normalizeFixture(key, fixture(key, first));
    const b = normalizeFixture(key, fixture(key, second));
    expect(a).not.toBeNull();
    expect(b?.id).toBe(a!.id);
    expect(a!.id).toMatch(idPatternOf(key));
  });

  test('Dialpad legs keep their own call_id under one master id', () => {
    const a = normalizeFixture('dialpad', fixture('dialpad', 'missed'))!;
    const b = normalizeFixture('dialpad', fixture('dialpad', 'missed-second-operator'))!;
    expect(a.id).toBe(b.id);
    expect(a.call_id).not.toBe(b.call_id);
  });
});
