import { InputError } from '../errors/input-error';
import { type ParsedPhone, parsePhone } from '../phone/parse';

/** Alert Team by Text texts at most this many people per call (contract: `team_numbers`, up to 10). */
export const MAX_TEAM_NUMBERS = 10;

export interface TeamNumbers {
  numbers: ParsedPhone[];
  /** What was typed that is not a phone number, as typed (cut short), with why. */
  invalid: { typed: string; why: string }[];
}

const shown = (typed: string) => (typed.length > 30 ? `${typed.slice(0, 27)}...` : typed);

/**
 * The team's numbers as the owner typed them: comma-, semicolon- or line-separated, any format, read as numbers of
 * the sending number's country unless they start with +. The same number twice is texted once.
 */
export function readTeamNumbers(text: string, homeCountry: string): TeamNumbers {
  const typed = text
    .split(/[,;\n\r]+/)
    .map((part) => part.trim())
    .filter(Boolean);
  if (typed.length === 0) {
    throw new InputError('Team Numbers is empty. Type the mobile numbers to alert, separated by commas.');
  }
  if (typed.length > MAX_TEAM_NUMBERS) {
    throw new InputError(
      `Team Numbers has ${typed.length} numbers; an alert goes to at most ${MAX_TEAM_NUMBERS}. Keep the people who call back.`,
    );
  }
  const numbers: ParsedPhone[] = [];
  const invalid: TeamNumbers['invalid'] = [];
  for (const entry of typed) {
    const parsed = parsePhone(entry, homeCountry);
    if (!parsed) invalid.push({ typed: shown(entry), why: 'is not a phone number' });
    else if (!numbers.some((known) => known.e164 === parsed.e164)) numbers.push(parsed);
  }
  if (numbers.length === 0) {
    const each = invalid.map((entry) => `"${entry.typed}" ${entry.why}`).join('; ');
    throw new InputError(`No alert was sent: ${each}. Type full mobile numbers, e.g. (512) 555-0101 or +447700900123.`);
  }
  return { numbers, invalid };
}
