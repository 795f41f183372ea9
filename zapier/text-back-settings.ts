import { optedOutElsewhere } from '../lib/consent/opted-out-elsewhere';
import { DEFAULT_CONSENT_WINDOW_HOURS } from '../lib/consent/window';
import { InputError } from '../lib/errors/input-error';
import { isCountryCode } from '../lib/phone/parse';
import { DEFAULT_CALLBACK_MINUTES, MAX_CALLBACK_MINUTES, type TemplateName, templateNamed } from '../lib/sms/templates';
import { DEFAULT_QUIET_HOURS } from '../lib/text-back/quiet-hours';
import type { TextBackSettings } from '../lib/text-back/settings';
import { MESSAGING_SERVICE_SID } from '../lib/twilio/sids';
import { readBoolean, readText, readWholeNumber } from './inputs';

const readTemplate = (value: unknown, label: string): TemplateName =>
  templateNamed(readText(value, label), 'acknowledge', label);

/** `us, CA` → ['US', 'CA']; an unknown code is an error naming it. */
export function readCountries(value: unknown): string[] | undefined {
  const text = readText(value, 'Allowed Countries');
  if (!text) return undefined;
  const codes = text
    .split(/[\s,;]+/)
    .filter(Boolean)
    .map((code) => code.toUpperCase());
  const unknown = codes.filter((code) => !isCountryCode(code));
  if (unknown.length) {
    throw new InputError(
      `Allowed Countries has ${unknown.map((code) => `"${code}"`).join(', ')}, which is not a two-letter country code. Use codes like US, CA, GB.`,
    );
  }
  return codes;
}

export function readTextBackSettings(input: Record<string, unknown>): TextBackSettings {
  const to = readText(input.to, 'To');
  if (!to) throw new InputError("The To field is empty. Map the caller's number from the trigger (Caller Number).");
  // A Messaging Service SID mapped into From is taken for what it is.
  const typedFrom = readText(input.from, 'From');
  const fromIsService = typedFrom !== undefined && MESSAGING_SERVICE_SID.test(typedFrom);
  const from = fromIsService ? undefined : typedFrom;
  const messagingServiceSid =
    readText(input.messaging_service_sid, 'Messaging Service SID') ?? (fromIsService ? typedFrom : undefined);
  if (messagingServiceSid && !MESSAGING_SERVICE_SID.test(messagingServiceSid)) {
    throw new InputError(
      'The Messaging Service SID should start with MG followed by 32 letters and digits, or be left blank.',
    );
  }
  if (!from && !messagingServiceSid)
    throw new InputError('The From field is empty. Pick the Twilio number to text from.');
  const ifSkipped = (readText(input.if_skipped, 'If Skipped') ?? 'halt').toLowerCase();
  if (ifSkipped !== 'halt' && ifSkipped !== 'continue') {
    throw new InputError(`If Skipped should be "halt" or "continue", not "${String(input.if_skipped)}".`);
  }
  return {
    to,
    from,
    messagingServiceSid,
    template: readTemplate(input.template, 'Template'),
    message: readText(input.message, 'Message'),
    businessName: readText(input.business_name, 'Business Name') ?? '',
    callbackNumber: readText(input.callback_number, 'Callback Number'),
    bookingLink: readText(input.booking_link, 'Booking Link'),
    callbackMinutes: readWholeNumber(
      input.callback_minutes,
      DEFAULT_CALLBACK_MINUTES,
      'Callback Minutes',
      MAX_CALLBACK_MINUTES,
    ),
    service: readText(input.service, 'Service'),
    callerName: readText(input.caller_name, 'Caller Name'),
    optOutText: readText(input.opt_out_text, 'Opt-Out Text'),
    requireCallerConsent: readBoolean(input.require_caller_consent, true, 'Only Text People Who Called'),
    consentWindowHours: readWholeNumber(
      input.consent_window_hours,
      DEFAULT_CONSENT_WINDOW_HOURS,
      'Consent Window (Hours)',
    ),
    callId: readText(input.call_id, 'Call ID'),
    optedOutElsewhere: optedOutElsewhere(input.opted_out_elsewhere),
    calledAt: readText(input.called_at, 'Called At'),
    cooldownHours: readWholeNumber(input.cooldown_hours, 24, 'Cooldown (Hours)'),
    allowedCountries: readCountries(input.allowed_countries),
    skipLandlines: readBoolean(input.skip_landlines, false, 'Skip Landlines'),
    ifSkipped,
    dryRun: readBoolean(input.dry_run, false, 'Dry Run'),
    skipIfConnected: readBoolean(input.skip_if_connected, true, 'Skip If Already Connected'),
    businessHours: readText(input.business_hours, 'Business Hours'),
    timeZone: readText(input.timezone, 'Time Zone'),
    afterHoursTemplate: templateNamed(
      readText(input.after_hours_template, 'After-Hours Template'),
      'after_hours',
      'After-Hours Template',
    ),
    afterHoursMessage: readText(input.after_hours_message, 'After-Hours Message'),
    // Left out means the default; a blank field turns quiet hours off.
    quietHours:
      input.quiet_hours === undefined || input.quiet_hours === null
        ? DEFAULT_QUIET_HOURS
        : readText(input.quiet_hours, 'Quiet Hours'),
  };
}
