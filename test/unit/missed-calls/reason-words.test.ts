import { MISSED_REASONS } from '../../../lib/missed-calls/item';
import { whatHappened } from '../../../lib/missed-calls/reason-words';
import { composeAlert } from '../../../lib/team-alert/alert-text';
import { missedReasonWords } from '../../../scripts/main-job/words';

const alertHeadline = (missedReason: string | undefined) =>
  composeAlert({
    callerNumber: '(303) 555-0100',
    when: 'Sun, Dec 6, 3:02 PM',
    missedReason,
    callbackLink: 'tel:+13035550100',
  }).headline;

describe('what happened on a missed call, in words: one table', () => {
  it.each(MISSED_REASONS)('%s has its own words, and the team alert and the report use them', (reason) => {
    const words = whatHappened(reason);
    expect(words).not.toBe(reason === 'unknown' ? '' : whatHappened('unknown'));
    expect(alertHeadline(reason)).toContain(`- ${words}.`);
    expect(missedReasonWords(reason)).toBe(words);
  });

  // missed_reason is a mapped field: whatever a Zap puts there must not reach an inherited property.
  it.each(['constructor', '__proto__', 'toString', 'hasOwnProperty', 'something new', ''])(
    '%j reads as an unknown reason',
    (reason) => {
      expect(whatHappened(reason)).toBe(whatHappened('unknown'));
      expect(alertHeadline(reason)).toContain(`- ${whatHappened('unknown')}.`);
      expect(alertHeadline(reason)).not.toMatch(/function|\[object/);
    },
  );
});
