import { FAILURE_KINDS, type FailureKind, failureAdvice, failureKind } from '../../../lib/delivery/failure-kinds';

/** The contract's table (`text_back_undelivered`: failure_kind, fix_needed, call_instead), written out independently. */
const CONTRACT: Array<[FailureKind, number[], boolean, boolean]> = [
  ['not_registered', [30034, 30035], true, true],
  ['registration_pending', [30024], true, true],
  ['toll_free_unverified', [30032], true, true],
  ['unreachable', [30003], false, true],
  ['blocked', [30004], false, true],
  ['unknown_number', [30005], false, true],
  ['landline', [30006], false, true],
  ['carrier_filtered', [30007], true, true],
  ['rate_limited', [30022, 30027], true, true],
  ['fraud_block', [30450], false, true],
  ['opted_out', [21610], false, false],
  ['other', [], false, true],
];

test("the table holds exactly the contract's kinds", () => {
  expect(Object.keys(FAILURE_KINDS).sort()).toEqual(CONTRACT.map(([kind]) => kind).sort());
});

test.each(CONTRACT)('%s: codes %j, fix_needed %s, call_instead %s', (kind, codes, fixNeeded, callInstead) => {
  expect(FAILURE_KINDS[kind]).toMatchObject({ codes, fixNeeded, callInstead });
  for (const code of codes) expect(failureKind(code)).toBe(kind);
});

test.each([[null], [undefined], [30008], [0], [-1], [Number.NaN], [30034.5]])('code %p is other', (code) => {
  expect(failureKind(code)).toBe('other');
});

test('codes are looked up as own entries only', () => {
  for (const hostile of ['constructor', '__proto__', 'toString'])
    expect(failureKind(hostile as unknown as number)).toBe('other');
});

/** Each kind's codes, and for `other` a code nobody knows, none at all, and one only the refusal table explains. */
const ADVICE_CASES = CONTRACT.flatMap(([kind, codes]) =>
  (codes.length ? codes : [30999, null, 21612]).map((code): [FailureKind, number | null] => [kind, code]),
);

test.each(ADVICE_CASES)(
  'advice for %s (code %p) names the customer in national format, in one or two sentences',
  (kind, code) => {
    const advice = failureAdvice(code, '(512) 555-0160');
    expect(advice).toContain('(512) 555-0160');
    expect(advice).not.toMatch(/[{}]/);
    expect(advice.split(/(?<=[.!?])\s+(?=[A-Z(])/).length).toBeLessThanOrEqual(2);
    expect(/\bcall\b/i.test(advice)).toBe(FAILURE_KINDS[kind].callInstead);
  },
);
