import { readE164 } from '../../sandbox/phone';

/**
 * The sandbox reads To and From as Twilio's API documents them (twilio_api_v2010.json, `format: phone-number`:
 * "The recipient's phone number in E.164 format"), with its own reader, never the app's parser: a parser bug that
 * sends Twilio a number it refuses must meet Twilio's 21211 here too.
 */
describe("the sandbox's own E.164 reader", () => {
  test.each([
    ['a US mobile', '+15125550143', 'US'],
    ['a Canadian number', '+14165550123', 'CA'],
    ['a London number', '+442079460018', 'GB'],
    ['Jamaica, in the +1 plan', '+18765550142', 'JM'],
    ['a US toll-free number', '+18005550100', 'US'],
  ])('%s: %s is read, in %s', (_name, value, country) => {
    expect(readE164(value)).toMatchObject({ e164: value, country });
  });

  test.each([
    ['national format', '(512) 555-0143'],
    ['digits without the plus', '15125550143'],
    ['spaces inside', '+1 512 555 0143'],
    ['dashes inside', '+1-512-555-0143'],
    ['a space around it', ' +15125550143'],
    ['a trailing newline', '+15125550143\n'],
    ['an extension', '+15125550143 ext 5'],
    ['too short to be a number', '+1555012'],
    ['a leading zero after the plus', '+015125550143'],
    ['more than 15 digits', '+1512555014312345'],
    ['a number no plan assigns (withheld caller ID)', '+266696687'],
    ['a short code', '12345'],
    ['a channel address', 'whatsapp:+15125550143'],
    ['a SIP address', 'sip:alice@example.com'],
    ['fullwidth digits', '+１５１２５５５０１４３'],
    ['Arabic-Indic digits', '+١٥١٢٥٥٥٠١٤٣'],
    ['empty', ''],
  ])('%s (%j) is not E.164', (_name, value) => {
    expect(readE164(value)).toBeNull();
  });

  test.each([[undefined], [null], [15125550143], [{}], [['+15125550143']]])('%p is not a number', (value) => {
    expect(readE164(value)).toBeNull();
  });

  test('a toll-free number says so, for the carriers that want its verification', () => {
    expect(readE164('+18005550100')?.type).toBe('TOLL_FREE');
  });
});
