import { clip } from '../../../lib/errors/clip';
import { replyEvidence } from '../../../lib/replies/evidence';
import { parseQuietHours } from '../../../lib/text-back/quiet-hours';

/** A lone surrogate: half of a character, which a log or a Zapier field shows as garbage. */
const HALF_A_CHARACTER = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

describe('clip: one quoting rule for what someone else wrote', () => {
  test.each([
    ['short text is kept', 'Plumbing', 40, 'Plumbing'],
    ['exactly the limit is kept', 'x'.repeat(40), 40, 'x'.repeat(40)],
    ['one over the limit is cut, "..." marking the cut', 'x'.repeat(41), 40, `${'x'.repeat(37)}...`],
    [
      'the limit is counted in characters, not UTF-16 units',
      `${'a'.repeat(36)}😀😀😀😀`,
      40,
      `${'a'.repeat(36)}😀😀😀😀`,
    ],
    ['a longer limit', 'y'.repeat(200), 160, `${'y'.repeat(157)}...`],
  ])('%s', (_name, text, limit, expected) => {
    expect(clip(text, limit)).toBe(expected);
  });

  test('a cut never splits a character', () => {
    for (let before = 30; before < 45; before++) {
      const clipped = clip(`${'a'.repeat(before)}${'😀'.repeat(20)}`, 40);
      expect(clipped).not.toMatch(HALF_A_CHARACTER);
      expect([...clipped]).toHaveLength(40);
    }
  });
});

describe('the quotes that use it', () => {
  test("a reply's evidence line quotes 160 characters of the reply, whole characters only", () => {
    const body = `${'a'.repeat(156)}${'😀'.repeat(10)}`;
    const { evidence_record } = replyEvidence(
      { id: 'SM1', from_number: '+15125550112', business_number: '+15125550100', body, received_at: 'T' },
      { intent: 'other', isOptOut: false, liftsOptOut: false },
    );
    const quoted = JSON.parse(/replied (".*") to/.exec(evidence_record)![1]) as string;
    expect(quoted).toBe(clip(body, 160));
    expect(quoted).not.toMatch(HALF_A_CHARACTER);
  });

  test('Quiet Hours quotes what the owner typed with the same clip', () => {
    const typed = `${'9'.repeat(36)}🕘🕘🕘🕘🕘`;
    expect(() => parseQuietHours(typed)).toThrow(`Quiet Hours "${clip(typed)}" is not a time range`);
  });
});
