import { InputError } from '../errors/input-error';

/** The placeholders an owner may write in a custom message, with the field that fills each one. */
export const PLACEHOLDER_FIELDS = {
  business_name: 'Business Name',
  callback_number: 'Callback Number',
  booking_link: 'Booking Link',
  callback_minutes: 'Callback Minutes',
  caller_name: 'Caller Name',
  service: 'Service',
  opens_at: 'Business Hours',
} as const;

export type PlaceholderName = keyof typeof PLACEHOLDER_FIELDS;
export type PlaceholderValues = Readonly<Record<string, string | undefined>>;

/** `{name}` or `{name|fallback}`; spaces and capitals inside the braces are forgiven. */
const PLACEHOLDER = /\{([^{}|]*)(?:\|([^{}]*))?\}/g;

const LIST = Object.keys(PLACEHOLDER_FIELDS)
  .map((name) => `{${name}}`)
  .join(', ');

/**
 * Fills every placeholder in one pass (a value that itself looks like a placeholder is left alone).
 * `known` lists the names this text may use; the built-in templates may use a few more than owners.
 */
export function fillPlaceholders(text: string, values: PlaceholderValues, known: readonly string[]): string {
  const filled = text.replace(PLACEHOLDER, (written: string, rawName: string, fallback: string | undefined) => {
    const name = rawName.trim().toLowerCase();
    if (!known.includes(name)) {
      throw new InputError(
        `The message uses ${written}, which is not a placeholder this step can fill. ` +
          `Use one of ${LIST}, or remove it.`,
      );
    }
    const value = values[name]?.trim();
    if (value) return value;
    if (fallback !== undefined) return fallback.trim();
    throw new InputError(emptyPlaceholderMessage(name));
  });
  if (/[{}]/.test(text.replace(PLACEHOLDER, ''))) {
    throw new InputError(
      'The message has a "{" or "}" that is not part of a placeholder. ' +
        `Remove it, or write a placeholder such as {caller_name|there}. Placeholders: ${LIST}.`,
    );
  }
  return filled;
}

function emptyPlaceholderMessage(name: string): string {
  const field = PLACEHOLDER_FIELDS[name as PlaceholderName] ?? name;
  const message =
    `The message uses {${name}} but no ${field} is set. ` +
    'Add one in the Send Text-Back step, or remove the placeholder.';
  // Callers' names are often unknown: a fallback is the usual fix.
  if (name !== 'caller_name') return message;
  return (
    'The message uses {caller_name} but there is no name to greet: Caller Name is empty, or holds a caller ID label ' +
    '(a city, a business or "WIRELESS CALLER") rather than a person\'s name. Write {caller_name|there} to greet such callers.'
  );
}
