import { isCallerLeg, toCall } from '../../../lib/twilio/resources';

/** One caller-leg rule for the missed-call poll, the customer's history and the undelivered poll. */
test.each([
  ['the caller dialling in', { direction: 'inbound', parent_call_sid: null }, true],
  ['the forwarded leg to a cell', { direction: 'outbound-dial', parent_call_sid: 'CA1' }, false],
  ['a child leg marked inbound (a SIP or conference leg)', { direction: 'inbound', parent_call_sid: 'CA1' }, false],
  ['a call the business made', { direction: 'outbound-api', parent_call_sid: null }, false],
  ['a direction Twilio may add one day', { direction: 'trunking-originating', parent_call_sid: null }, false],
])('%s: caller leg %p', (_name, raw, expected) => {
  expect(isCallerLeg(toCall({ sid: 'CA2', from: '+15125550123', ...raw }))).toBe(expected);
});
