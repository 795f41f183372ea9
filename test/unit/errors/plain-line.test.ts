import { greetingName } from '../../../lib/callers/greeting-name';
import { plainLine } from '../../../lib/errors/plain-line';
import { plainTranscript } from '../../../lib/missed-calls/transcript';
import { oneLine } from '../../../lib/team-alert/alert-text';

// Hostile text from a caller or a webhook, and the one plain line every reader of it must see.
const CASES: [string, string][] = [
  ['Mary\u0007 Smith', 'Mary Smith'], // a bell (control character) inside a name
  ['Mary\u0000Smith', 'MarySmith'],
  ['\u202EMary Smith', 'Mary Smith'], // a reversed-text mark
  ['Mary\u00ADSmith', 'MarySmith'], // a soft hyphen
  ['Mary\u200B Smith', 'Mary Smith'],
  ['Mary\u2028Smith', 'Mary Smith'], // a line separator is white space
  ['Mary\r\n\t Smith  ', 'Mary Smith'],
  ['\uFF2D\uFF41\uFF52\uFF59 Smith', 'Mary Smith'], // full-width letters (NFKC)
  ['\u0085Mary\u000BSmith', 'Mary Smith'], // control characters that are white space become a space
  ['', ''],
];

describe('plainLine: one rule for turning hostile text into one plain line', () => {
  it.each(CASES)('%j reads as %j', (raw, plain) => {
    expect(plainLine(raw)).toBe(plain);
  });

  it.each(CASES.filter(([, plain]) => plain))(
    'the transcript, the team alert and the greeting agree on %j',
    (raw, plain) => {
      expect(plainTranscript(raw)).toBe(plain);
      expect(oneLine(raw)).toBe(plain);
      const greeted = greetingName(`${raw}`);
      expect(greeted === null ? null : plainLine(greeted)).toBe(greetingName(plain));
    },
  );

  it('is linear on long runs of marks and spaces', () => {
    const hostile = `${'\u200B \u202E'.repeat(50_000)}x`;
    expect(plainLine(hostile)).toBe('x');
  });
});
