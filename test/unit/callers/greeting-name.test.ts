import { greetingName } from '../../../lib/callers/greeting-name';

/** Caller ID names as carriers and phone systems deliver them, with the name a text should greet. */
const PEOPLE: ReadonlyArray<readonly [string, string]> = [
  // Carrier CNAM: all capitals, LAST FIRST, often a middle initial
  ['JOHNSON MARIA', 'Maria'],
  ["O'BRIEN PATRICK J", 'Patrick'],
  ['GARCIA JOSE L', 'Jose'],
  ['NGUYEN THANH', 'Thanh'],
  ['SMITH-JONES ANNA', 'Anna'],
  ['WILLIAMS MARY-JANE', 'Mary-Jane'],
  ["D'AMATO GINA", 'Gina'],
  ['MCDONALD KEVIN R', 'Kevin'],
  ['DE LA CRUZ MARIA', 'Maria'],
  ['VAN DER BERG PIETER', 'Pieter'],
  ['LEE SOO-JIN', 'Soo-Jin'],
  ["OKAFOR CHI'AMAKA", "Chi'Amaka"],
  ['MARTINEZ LUIS JR', 'Luis'],
  ['BROWN, DAVID', 'David'],
  ['KOWALSKI,ANNA M', 'Anna'],
  ['PATEL RAJ', 'Raj'],
  ['MULLER JURGEN', 'Jurgen'],
  ['MÜLLER JÜRGEN', 'Jürgen'],
  ['ROSS  DIANE   K', 'Diane'],
  // Mixed case: the name as given, first word only
  ['Dana Smith', 'Dana'],
  ['Dana Whitfield', 'Dana'],
  ['José Álvarez', 'José'],
  ["Shaquille O'Neal", 'Shaquille'],
  ['Mary-Kate Olsen', 'Mary-Kate'],
  ['Dr. Priya Raman', 'Priya'],
  ['Smith, Dana', 'Dana'],
  ['Maria', 'Maria'],
  ['Ｍａｒｉａ', 'Maria'],
  ['Ma\u00ADria Lopez', 'Maria'],
  ['Dana\u200B Smith', 'Dana'],
  ['JOHNSON MARÍA', 'María'],
  // A title in front puts the name in speaking order: the word after the title, never the surname
  ['DR JOHN SMITH', 'John'],
  ['MRS MARIA LOPEZ', 'Maria'],
  // All lower case: the person typed it quickly; the greeting still starts with a capital
  ['dana', 'Dana'],
  ['dana smith', 'Dana'],
  ["o'brien", "O'Brien"],
];

const NO_NAME: readonly string[] = [
  // Carrier labels
  'WIRELESS CALLER',
  'UNAVAILABLE',
  'ANONYMOUS',
  'PRIVATE',
  'UNKNOWN',
  'RESTRICTED',
  'TOLL FREE',
  'V5125550123',
  'V123',
  'CELL PHONE',
  'OUT OF AREA',
  'UNKNOWN CALLER',
  'PRIVATE CALLER',
  'NO CALLER ID',
  'SPAM RISK',
  'SCAM LIKELY',
  'NAME UNAVAILABLE',
  'Wireless Caller',
  'unknown',
  // A carrier's word in the place of the first name
  'VERIZON WIRELESS',
  'TMOBILE CALLER',
  'INFO REQUESTED',
  'WIRELESS CALLER JOHN',
  'NOT AVAILABLE',
  'NAME NOT FOUND',
  // Businesses
  'RAPID ROOTER LLC',
  'ACME PLUMBING',
  'SUNRISE DENTAL',
  'SMITH & SONS',
  'BLUE SKY SERVICES',
  'FIRST NATL BANK',
  'Lone Star Roofing Co',
  'CITY OF AUSTIN',
  'Contoso Ltd',
  'GLOBEX CORP',
  'INITECH INC',
  // Trades and firms "and the like": never "Hi Painting"
  'ABC PAINTING',
  'DALLAS PLUMBERS',
  'GONZALEZ LAW',
  'SMITH BROS',
  'SMITH BROTHERS',
  'SMITH LAWN CARE',
  'SMITH CARPET',
  'SMITH PAINTERS',
  'FIRST BAPTIST',
  'KIM TOWING',
  'Acme Painting',
  'Joe Landscaping',
  'MR SMITH',
  // Two-word cities whose state fell off the 15-character caller ID: never "Hi Diego" or "Hi Francisco"
  'SAN DIEGO',
  'SAN FRANCISCO C',
  'SANTA ANA',
  'LOS ANGELES',
  'LAS VEGAS',
  'NEW YORK',
  'FORT WORTH',
  'ST LOUIS',
  'Mrs. Lopez',
  // Digits
  '5125550123',
  '+1 512 555 0123',
  'CALLER 42',
  'J0HN SMITH',
  // One-letter words and lone surnames
  'SMITH J',
  'J SMITH',
  'SMITH',
  'A',
  'Q',
  // Injection-like text mapped into Caller Name
  'Visit evil.example now',
  'Visit evil example now',
  'click https://evil.example',
  '<script>alert(1)</script>',
  '{caller_name}',
  'Reply YES to win',
  'Call me now please',
  'Dana; DROP TABLE',
  'Dana\nSTOP',
  'dana smith at www evil',
  // Nothing
  '',
  '   ',
  '\u200B',
];

/** Every US state, district and territory code after a city, as carriers write where a number is registered. */
const STATES: Record<string, string> = {
  AL: 'MOBILE',
  AK: 'ANCHORAGE',
  AZ: 'PHOENIX',
  AR: 'LITTLE ROCK',
  CA: 'FRESNO',
  CO: 'DENVER',
  CT: 'HARTFORD',
  DE: 'DOVER',
  FL: 'TAMPA',
  GA: 'ATLANTA',
  HI: 'HONOLULU',
  ID: 'BOISE',
  IL: 'CHICAGO',
  IN: 'GARY',
  IA: 'AMES',
  KS: 'WICHITA',
  KY: 'LEXINGTON',
  LA: 'MONROE',
  ME: 'PORTLAND',
  MD: 'BALTIMORE',
  MA: 'BOSTON',
  MI: 'FLINT',
  MN: 'DULUTH',
  MS: 'JACKSON',
  MO: 'JOPLIN',
  MT: 'BILLINGS',
  NE: 'OMAHA',
  NV: 'RENO',
  NH: 'NASHUA',
  NJ: 'NEWARK',
  NM: 'TAOS',
  NY: 'NEW YORK',
  NC: 'RALEIGH',
  ND: 'FARGO',
  OH: 'AKRON',
  OK: 'TULSA',
  OR: 'SALEM',
  PA: 'ERIE',
  RI: 'PROVIDENCE',
  SC: 'AIKEN',
  SD: 'PIERRE',
  TN: 'MEMPHIS',
  TX: 'AUSTIN',
  UT: 'OGDEN',
  VT: 'BURLINGTON',
  VA: 'NORFOLK',
  WA: 'SPOKANE',
  WV: 'WHEELING',
  WI: 'MADISON',
  WY: 'CASPER',
  DC: 'WASHINGTON',
  PR: 'PONCE',
  VI: 'ST THOMAS',
  GU: 'HAGATNA',
  AS: 'PAGO PAGO',
  MP: 'SAIPAN',
};

describe('greeting names (contract: Greeting names)', () => {
  test.each(PEOPLE)('%p greets %p', (callerId, expected) => {
    expect(greetingName(callerId)).toBe(expected);
  });

  test.each(NO_NAME)('%p greets nobody', (callerId) => {
    expect(greetingName(callerId)).toBeNull();
  });

  test.each(Object.entries(STATES))('a city in %s (%s) greets nobody', (code, city) => {
    expect(greetingName(`${city} ${code}`)).toBeNull();
    expect(greetingName(`${city.toLowerCase().replace(/\b\w/g, (c) => c.toUpperCase())} ${code}`)).toBeNull();
  });

  test('the table has at least 60 real-looking caller IDs', () => {
    expect(PEOPLE.length + NO_NAME.length + Object.keys(STATES).length).toBeGreaterThanOrEqual(60);
  });

  test('not a string: no name', () => {
    for (const value of [null, undefined, 42, ['Dana'], { name: 'Dana' }]) expect(greetingName(value)).toBeNull();
  });

  test('a greeting name read again stays the same (caller_first_name can be mapped into Caller Name)', () => {
    for (const [callerId, expected] of PEOPLE) expect(greetingName(greetingName(callerId))).toBe(expected);
  });

  test('a long hostile caller ID is judged quickly', () => {
    const started = Date.now();
    for (const text of ['A'.repeat(100000), "A'".repeat(50000), `${'A-'.repeat(50000)}!`, `${'Ab '.repeat(30000)}1`])
      greetingName(text);
    expect(Date.now() - started).toBeLessThan(200);
  });
});
