import { optOutState } from '../../../lib/consent/opt-out-state';
import type { Message } from '../../../lib/twilio/resources';
import { inboundMessageRecord } from '../../helpers/twilio-records';

const CUSTOMER = '+15125550142';
const inbound = (sid: string, body: string, at: string): Message =>
  inboundMessageRecord(at, body, { sid, from: CUSTOMER, to: '+15125550100' });

/** Every order of a list: the order Twilio lists messages in must not decide anything. */
function orders<T>(items: T[]): T[][] {
  if (items.length <= 1) return [items];
  return items.flatMap((item, index) =>
    orders([...items.slice(0, index), ...items.slice(index + 1)]).map((rest) => [item, ...rest]),
  );
}

describe('an opt-out and an opt-in with the same timestamp: the opt-out wins (fail closed)', () => {
  const at = '2026-11-29T14:03:00Z';
  // SIDs that sort both ways, so neither SID order nor list order can decide.
  test.each([
    ['YES', 'STOP'],
    ['START', 'STOP'],
    ['UNSTOP', 'stop texting me'],
    ['yes', 'Yes, stop'],
  ])('%s and %s at the same second, in every order and either SID order', (optIn, optOut) => {
    for (const [inSid, outSid] of [
      ['SMa', 'SMb'],
      ['SMb', 'SMa'],
    ]) {
      for (const list of orders([inbound(inSid, optIn, at), inbound(outSid, optOut, at)])) {
        const state = optOutState(list);
        expect(state).toMatchObject({ optedOut: true, optedOutAt: at, optOutMessage: optOut, optedInAt: null });
      }
    }
  });

  test('an opt-in at the same second does not lift an earlier opt-out either way round', () => {
    const messages = [
      inbound('SM1', 'STOP', '2026-11-29T10:00:00Z'),
      inbound('SM2', 'START', '2026-11-29T12:00:00Z'),
      inbound('SM3', 'stop', '2026-11-29T14:00:00Z'),
      inbound('SM4', 'YES', '2026-11-29T14:00:00Z'),
    ];
    for (const list of orders(messages))
      expect(optOutState(list)).toMatchObject({ optedOut: true, optedOutAt: '2026-11-29T14:00:00Z' });
  });

  test('a later opt-in still lifts the opt-out', () => {
    const state = optOutState([
      inbound('SM2', 'START', '2026-11-29T14:00:01Z'),
      inbound('SM1', 'STOP', '2026-11-29T14:00:00Z'),
    ]);
    expect(state).toMatchObject({
      optedOut: false,
      optedOutAt: '2026-11-29T14:00:00Z',
      optedInAt: '2026-11-29T14:00:01Z',
    });
  });
});
