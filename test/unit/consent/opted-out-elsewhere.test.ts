import { optedOutElsewhere } from '../../../lib/consent/opted-out-elsewhere';

/**
 * Contract, "Opt-outs, fail closed for real": any value of `opted_out_elsewhere` other than blank, `false`, `no`, `0`
 * means the number opted out. Only those four, trimmed and case-folded, say "not opted out"; every look-alike
 * ("No.", "0.0", "n", "null", a zero-width space before "false", a list Zapier mapped) fails closed.
 */
describe('optedOutElsewhere: only blank, false, no and 0 say "not opted out"', () => {
  test.each<[string, unknown]>([
    ['blank', ''],
    ['spaces only', '   '],
    ['false', 'false'],
    ['FALSE', 'FALSE'],
    ['no with spaces', ' No '],
    ['no between no-break spaces', '\u00A0no\u00A0'],
    ['0 with a tab and a new line', '\t0\n'],
    ['JSON false', false],
    ['the number 0', 0],
    ['null', null],
    ['unset', undefined],
  ])('%s is not an opt-out', (_name, value) => {
    expect(optedOutElsewhere(value)).toBeNull();
  });

  test.each<[string, unknown]>([
    ['No.', 'No.'],
    ['0.0', '0.0'],
    ['00', '00'],
    ['n', 'n'],
    ['the word null', 'null'],
    ['the word undefined', 'undefined'],
    ['an empty list as text', '[]'],
    ['an empty object as text', '{}'],
    ['a zero-width space before false', '\u200Bfalse'],
    ['a word joiner after no', 'no\u2060'],
    ['fullwidth false', 'ｆａｌｓｅ'],
    ['a date', '2025-01-03'],
    ['an empty list', []],
    ['an empty object', {}],
    ['a list holding false', [false]],
    ['a list holding no', ['no']],
    ['the number 1', 1],
    ['not a number', Number.NaN],
    ['true', true],
  ])('%s is an opt-out', (_name, value) => {
    expect(optedOutElsewhere(value)).toEqual(expect.any(String));
  });

  // The value is quoted to the owner in the skip reason: an invisible character must show, or the reason reads
  // 'Opted Out Elsewhere is "false"' for a value that is not false.
  test.each<[string, string]>([
    ['\u200Bfalse', '<U+200B>false'],
    ['no\u2060', 'no<U+2060>'],
    ['\u00ADno', '<U+00AD>no'],
    ['fa\u202Else', 'fa<U+202E>lse'],
    ['0\u00A0\u00A00.', '0<U+00A0><U+00A0>0.'],
    ['yes\r\nreally', 'yes<U+000D><U+000A>really'],
  ])('%j is quoted with its invisible characters named (%s)', (value, shown) => {
    expect(optedOutElsewhere(value)).toBe(shown);
  });

  test('a number that is not a number is quoted as NaN, not as null', () => {
    expect(optedOutElsewhere(Number.NaN)).toBe('NaN');
  });
});
