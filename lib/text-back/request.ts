import { InputError } from '../errors/input-error';
import { displayNumber, isWithheldSentinel, type ParsedPhone, parsePhone } from '../phone/parse';
import { type ComposedText, composeText } from '../sms/compose';
import { afterHoursFor, type BusinessHours } from '../time/business-hours';
import { opensAt } from '../time/next-opening';
import { resolveTimeZone } from '../time/time-zone';
import { callStartedAt, isLateCall, type TextsByAge } from './call-age';
import { parseQuietHours } from './quiet-hours';
import type { TextBackSettings } from './settings';

/** Everything a run knows before it asks Twilio anything: the numbers read, the zone, the text composed. */
export interface TextBackRequest {
  settings: TextBackSettings;
  now: Date;
  fromPhone: ParsedPhone | null;
  /** The From number's country: typed numbers are read, and shown, as its owner would. */
  homeCountry: string;
  timeZone: string;
  afterHours: boolean | null;
  /** The text this run sends: `texts.late` once the call is known to be over an hour old. */
  composed: ComposedText;
  texts: TextsByAge;
  /** When the missed call started, as far as the settings tell (the history may tell more: `withCallAge`). */
  callStartedAt: string | null;
  lateCall: boolean;
  quietHours: BusinessHours | null;
  /** The customer's number, or null when it is withheld or not a valid number. */
  customer: ParsedPhone | null;
  withheld: boolean;
  /** The customer's number as sentences show it. */
  shown: string;
  /** The countries this run may text; undefined until the account's own country is known (Messaging Service only). */
  allowedCountries?: string[];
}

export interface TextBackContext {
  now?: Date;
  zapTimeZone?: string;
}

const isWithheld = (to: string) => isWithheldSentinel(to) || /^(client|sips?):/i.test(to);

/** Reads the settings into a request; composing first means a template mistake is reported before anything else. */
export function resolveRequest(settings: TextBackSettings, context: TextBackContext = {}): TextBackRequest {
  const now = context.now ?? new Date();
  const fromPhone = settings.from ? parsePhone(settings.from) : null;
  if (settings.from && !fromPhone) {
    throw new InputError(`The From number "${settings.from}" is not a phone number. Pick one of your Twilio numbers.`);
  }
  const homeCountry = fromPhone?.country ?? 'US';
  const timeZone = resolveTimeZone(settings.timeZone, context.zapTimeZone, fromPhone?.e164);
  const afterHours = afterHoursFor(settings.businessHours, now, timeZone);
  const quietHours = parseQuietHours(settings.quietHours);
  const opens = settings.businessHours ? opensAt(settings.businessHours, now, timeZone) : undefined;
  // Both texts are composed now, so a template mistake shows before anything is asked of Twilio. The settings
  // carry the text's fields under the same names; only what depends on this run is set here.
  const compose = (lateCall: boolean) =>
    composeText({
      ...settings,
      lateCall,
      opensAt: opens,
      template: afterHours ? settings.afterHoursTemplate : settings.template,
      message: afterHours ? (settings.afterHoursMessage ?? settings.message) : settings.message,
      callbackNumber: settings.callbackNumber ?? (fromPhone ? displayNumber(fromPhone.e164, homeCountry) : undefined),
    });
  const texts = { recent: compose(false), late: compose(true) };
  const startedAt = callStartedAt([], settings.callId, settings.calledAt);
  const lateCall = isLateCall(startedAt, now);
  const withheld = isWithheld(settings.to);
  const customer = withheld ? null : parsePhone(settings.to, homeCountry);
  return {
    settings,
    now,
    fromPhone,
    homeCountry,
    timeZone,
    afterHours,
    composed: lateCall ? texts.late : texts.recent,
    texts,
    callStartedAt: startedAt,
    lateCall,
    quietHours,
    customer,
    withheld,
    shown: customer ? displayNumber(customer.e164, homeCountry) : settings.to,
    allowedCountries: settings.allowedCountries ?? (fromPhone?.country ? [fromPhone.country] : undefined),
  };
}
