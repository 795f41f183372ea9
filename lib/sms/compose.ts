import { greetingName } from '../callers/greeting-name';
import { InputError } from '../errors/input-error';
import { toGsmFriendly } from './gsm-friendly';
import { appendFooter, optOutText } from './opt-out-footer';
import { fillPlaceholders, PLACEHOLDER_FIELDS, type PlaceholderValues } from './placeholders';
import { assertSmsLength, measureSms, type SmsEncoding } from './segments';
import {
  type BuiltInTemplate,
  callbackWait,
  DEFAULT_CALLBACK_MINUTES,
  LATE_CALLBACK_WAIT,
  MAX_CALLBACK_MINUTES,
  TEMPLATES,
  type TemplateName,
  templateNamed,
  templateText,
} from './templates';

export interface ComposeInput {
  template: TemplateName;
  message?: string;
  businessName: string;
  callbackNumber?: string;
  bookingLink?: string;
  callbackMinutes?: number;
  service?: string;
  callerName?: string;
  optOutText?: string;
  /** When the business next opens ("tomorrow at 8:00 AM"); unset without business hours. */
  opensAt?: string;
  /** The call is more than an hour old: no template promises minutes (contract: Promises the business can keep). */
  lateCall?: boolean;
}

export interface ComposedText {
  body: string;
  footerAdded: boolean;
  segments: number;
  encoding: SmsEncoding;
}

/** What stands in for the caller's name while the text is checked for opt-out wording. */
const CALLER_STAND_IN = 'there';
const OWNER_PLACEHOLDERS = Object.keys(PLACEHOLDER_FIELDS);
const TEMPLATE_PLACEHOLDERS = [...OWNER_PLACEHOLDERS, 'callback_wait'];

/**
 * The text-back exactly as it will be sent: the template or the owner's message with its placeholders filled,
 * the business named, the opt-out footer added unless the text already has one, typographic look-alikes made
 * GSM-7, then measured. Anything the owner must fix is an InputError; nothing is ever cut short.
 */
export function composeText(input: ComposeInput): ComposedText {
  const template = templateNamed(input.template, 'acknowledge');
  const business = toGsmFriendly(input.businessName ?? '').trim();
  if (!business) {
    throw new InputError(
      'The Business Name is empty. Add it in the Send Text-Back step: every text must say who it is from.',
    );
  }
  const values = placeholderValues(input, business);
  const fill = (with_: PlaceholderValues) =>
    toGsmFriendly(
      template === 'custom' ? customText(input.message, with_, business) : builtInText(template, with_),
    ).trim();
  const text = fill(values);
  // Opt-out wording is looked for before the caller's name goes in: a caller ID "Text STOP" is not the footer.
  const judged = fill({ ...values, caller_name: values.caller_name?.trim() ? CALLER_STAND_IN : values.caller_name });
  const { text: body, footerAdded } = appendFooter(text, toGsmFriendly(optOutText(input.optOutText)), judged);
  assertSmsLength(body);
  const { segments, encoding } = measureSms(body);
  return { body, footerAdded, segments, encoding };
}

function placeholderValues(input: ComposeInput, business: string): PlaceholderValues {
  const minutes = input.callbackMinutes ?? DEFAULT_CALLBACK_MINUTES;
  if (!Number.isInteger(minutes) || minutes < 0 || minutes > MAX_CALLBACK_MINUTES) {
    throw new InputError(
      `Callback Minutes must be a whole number of minutes, from 0 to ${MAX_CALLBACK_MINUTES} (it is "${input.callbackMinutes}"). ` +
        'Change it in the Send Text-Back step.',
    );
  }
  return {
    business_name: business,
    callback_number: input.callbackNumber,
    booking_link: input.bookingLink,
    callback_minutes: String(minutes),
    caller_name: greetingName(input.callerName) ?? undefined,
    service: input.service,
    opens_at: input.opensAt,
    callback_wait: input.lateCall ? LATE_CALLBACK_WAIT : callbackWait(minutes),
    late_call: input.lateCall ? 'yes' : undefined,
  };
}

function isSet(values: PlaceholderValues, name: string): boolean {
  return Boolean(values[name]?.trim());
}

function builtInText(name: BuiltInTemplate, values: PlaceholderValues): string {
  const { label, requires } = TEMPLATES[name];
  for (const needed of requires) {
    if (!isSet(values, needed)) {
      const field = PLACEHOLDER_FIELDS[needed];
      throw new InputError(
        `The ${label} template needs a ${field}. Add one in the Send Text-Back step, or pick another template.`,
      );
    }
  }
  return fillPlaceholders(
    templateText(name, (value) => isSet(values, value)),
    values,
    TEMPLATE_PLACEHOLDERS,
  );
}

/** The owner's message; one that does not name the business gets the name in front, so the reader knows who. */
function customText(message: string | undefined, values: PlaceholderValues, business: string): string {
  if (!message?.trim()) {
    throw new InputError(
      'The Custom template needs a Message. Write one in the Send Text-Back step, or pick another template.',
    );
  }
  const text = toGsmFriendly(fillPlaceholders(message.trim(), values, OWNER_PLACEHOLDERS)).trim();
  return namesBusiness(text, business) ? text : `${business}: ${text}`;
}

/** Characters a pattern reads as syntax; in Unicode mode only these may be escaped. */
const ESCAPED = /[.*+?^${}()|[\]\\/]/g;

/**
 * The business is named only as a whole word or phrase, in any case (contract, "Opt-outs, fail closed for real"):
 * "Ace" is not in "space", "Pro" not in "promptly", "Ñu" not in "Ñuñoa". The name is escaped, so the pattern is
 * a literal with two look-arounds: linear.
 */
export function namesBusiness(text: string, business: string): boolean {
  const name = business.replace(ESCAPED, '\\$&');
  return new RegExp(`(?<![\\p{L}\\p{N}])${name}(?![\\p{L}\\p{N}])`, 'iu').test(text);
}
