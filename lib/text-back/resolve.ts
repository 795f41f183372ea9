import { InputError } from '../errors/input-error';
import { TEAM_ALERT_MARKER } from '../history/text-backs';
import { displayNumber, isWithheldSentinel, type ParsedPhone, parsePhone } from '../phone/parse';
import { type ComposedText, composeText } from '../sms/compose';
import { afterHoursFor, type BusinessHours } from '../time/business-hours';
import { readLocalTime } from '../time/local-time';
import { opensAt } from '../time/next-opening';
import { resolveTimeZone } from '../time/time-zone';
import { checkNumber, type Skip } from './checks';
import { parseQuietHours } from './quiet-hours';
import type { TextBackContext, TextBackSettings } from './settings';

/** The two texts a run may send, both composed before anything is asked of Twilio (a mistake shows first). */
export interface TextsByAge {
  recent: ComposedText;
  late: ComposedText;
}

/**
 * Step 1 of Send Text-Back. Everything a run knows before it asks Twilio anything: the numbers read, the zone, both
 * texts composed. How old the call is, and so which text goes out, only the history tells (`history.ts`).
 */
export interface ResolvedRequest {
  settings: TextBackSettings;
  now: Date;
  fromPhone: ParsedPhone | null;
  /** The From number's country: typed numbers are read, and shown, as its owner would. */
  homeCountry: string;
  timeZone: string;
  afterHours: boolean | null;
  texts: TextsByAge;
  quietHours: BusinessHours | null;
  /** The customer's number, or null when it is withheld or not a valid number. */
  customer: ParsedPhone | null;
  withheld: boolean;
  /** The customer's number as sentences show it. */
  shown: string;
  /** The countries this run may text; undefined until the account's own country is known (Messaging Service only). */
  allowedCountries?: string[];
  /** Why the mapped `called_at` is no time (unreadable, or local with no zone known); skip sentences say it. */
  calledAtProblem: string | null;
}

const isWithheld = (to: string) => isWithheldSentinel(to) || /^(client|sips?):/i.test(to);

/** Reads the settings into a request; composing first means a template mistake is reported before anything else. */
export function resolveRequest(typedSettings: TextBackSettings, context: TextBackContext = {}): ResolvedRequest {
  const now = context.now ?? new Date();
  const fromPhone = typedSettings.from ? parsePhone(typedSettings.from) : null;
  if (typedSettings.from && !fromPhone) {
    throw new InputError(
      `The From number "${typedSettings.from}" is not a phone number. Pick one of your Twilio numbers.`,
    );
  }
  const homeCountry = fromPhone?.country ?? 'US';
  const timeZone = resolveTimeZone(typedSettings.timeZone, context.zapTimeZone, fromPhone?.e164);
  // `called_at` becomes an instant once, here: everything after reads it as ISO with its offset.
  const calledAt = readLocalTime('Called At', typedSettings.calledAt, {
    typed: typedSettings.timeZone,
    zap: context.zapTimeZone,
    number: fromPhone?.e164,
  });
  const settings = { ...typedSettings, calledAt: calledAt.at ?? undefined };
  const afterHours = afterHoursFor(settings.businessHours, now, timeZone);
  const quietHours = parseQuietHours(settings.quietHours);
  const opens = settings.businessHours ? opensAt(settings.businessHours, now, timeZone) : undefined;
  // The settings carry the text's fields under the same names; only what depends on this run is set here.
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
  if ([texts.recent, texts.late].some((text) => text.body.startsWith(TEAM_ALERT_MARKER))) {
    throw new InputError(
      `This text begins with "${TEAM_ALERT_MARKER}", which marks the app's alerts to your team, so it would not count as a text-back. Start the Message with other words.`,
    );
  }
  const withheld = isWithheld(settings.to);
  const customer = withheld ? null : parsePhone(settings.to, homeCountry);
  return {
    settings,
    now,
    fromPhone,
    homeCountry,
    timeZone,
    afterHours,
    texts,
    quietHours,
    customer,
    withheld,
    shown: customer ? displayNumber(customer.e164, homeCountry) : settings.to,
    allowedCountries: settings.allowedCountries ?? (fromPhone?.country ? [fromPhone.country] : undefined),
    calledAtProblem: calledAt.problem,
  };
}

/**
 * Step 1 whole: the request, then the number checks (`checks.ts`: the number, its kind, its country) once, before
 * any request. A number that passes them is the customer's.
 */
export function resolve(
  settings: TextBackSettings,
  context: TextBackContext = {},
): { request: ResolvedRequest; customer: ParsedPhone } | { request: ResolvedRequest; skip: Skip } {
  const request = resolveRequest(settings, context);
  return { request, ...checkNumber(request) };
}
