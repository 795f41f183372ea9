import { normalizeWebhook, parseDelivery } from '../../../lib/providers/index';
import { providerRow } from '../../../lib/providers/registry';
import { deliveryOf, fixture } from '../../helpers/provider-fixtures';

/** Item of a fixture through its own provider's row, with the fixture's settings. */
const itemOf = (provider: string, name: string) => {
  const f = fixture(provider, name);
  return normalizeWebhook(deliveryOf(f), f.settings ?? {}, providerRow(provider)!.key).item;
};

describe('one call reported several times (per ringing phone, leg or retry) gives one id', () => {
  test.each([
    ['telnyx', 'call-hangup-documented-rejected', 'call-hangup-documented-timeout-redelivered'],
    ['dialpad', 'missed', 'missed-ring-group-operator-line'],
    ['openphone', 'v4-call-completed-missed', 'v4-call-completed-missed-redelivered'],
    ['plivo', 'dial-action-no-answer', 'dial-action-busy-second-phone'],
    ['vonage', 'business-missed-extension-101', 'business-missed-extension-102'],
    ['twilio', 'outbound-dial-leg', 'dial-action-no-answer-duplicate'],
    ['aircall', 'voicemail', 'voicemail-left-event'],
  ])('%s: %s and %s', (provider, first, second) => {
    const a = itemOf(provider, first);
    const b = itemOf(provider, second);
    expect(a).not.toBeNull();
    expect(b?.id).toBe(a!.id);
  });
});

describe('the number that texts back is the one the caller dialled', () => {
  test("Dialpad: the main line, never the ringing person's own line", () => {
    const f = fixture('dialpad', 'missed-ring-group-operator-line');
    expect((f.body as { target: { phone: string } }).target.phone).toBe('+15125550177');
    expect(itemOf('dialpad', 'missed-ring-group-operator-line')!.business_number).toBe('+15125550100');
  });

  test('Dialpad without an entry point: the internal number', () => {
    const f = fixture('dialpad', 'missed-ring-group-operator-line');
    const { entry_point_target: _entry, ...body } = f.body as Record<string, unknown>;
    const item = normalizeWebhook(
      deliveryOf({ ...f, body: { ...body, internal_number: '+15125550100' } }),
      {},
      'dialpad',
    ).item;
    expect(item!.business_number).toBe('+15125550100');
  });

  test('Quo v4: the caller is the participant that is not the business number, in either order', () => {
    const f = fixture('openphone', 'v4-call-completed-missed');
    const body = structuredClone(f.body) as { data: { object: { participants: string[] } } };
    body.data.object.participants = ['+15125550100', '+15125550123'];
    const item = normalizeWebhook(deliveryOf({ ...f, body }), f.settings!, 'openphone').item;
    expect(item).toMatchObject({
      caller_number: '+15125550123',
      business_number: '+15125550100',
      caller_id_withheld: false,
    });
  });

  test('a Twilio forwarded leg whose caller ID is the business number does not text the business', () => {
    const f = fixture('twilio', 'outbound-dial-leg');
    const content = (f.body as string).replace('From=%2B15125550123', 'From=%2B15125550100');
    const item = normalizeWebhook(parseDelivery({ content, headers: f.headers }), f.settings!, 'twilio').item;
    expect(item).toMatchObject({
      id: 'CA0123456789abcdef0123456789abcdef',
      caller_number: null,
      caller_id_withheld: true,
    });
  });

  test('a Twilio API call (outbound-api) that went unanswered is not a missed call', () => {
    const f = fixture('twilio', 'outbound-dial-leg');
    const content = (f.body as string).replace('Direction=outbound-dial', 'Direction=outbound-api');
    expect(normalizeWebhook(parseDelivery({ content, headers: f.headers }), f.settings!, 'twilio').item).toBeNull();
  });
});
