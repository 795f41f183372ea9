import { type Bundle, defineInputFields, type PlainInputField, type ZObject } from 'zapier-platform-core';
import { DEFAULT_CONSENT_WINDOW_HOURS } from '../lib/consent/window';
import { DEFAULT_OPT_OUT_TEXT } from '../lib/sms/opt-out-footer';
import { DEFAULT_CALLBACK_MINUTES, TEMPLATE_NAMES } from '../lib/sms/templates';
import { DEFAULT_QUIET_HOURS } from '../lib/text-back/quiet-hours';
import { businessHoursField, timezoneField } from './fields';

/**
 * Send Text-Back's input fields. The Zap editor shows a field only where it matters: Message only for the Custom
 * template, the after-hours fields only once Business Hours are set. Zapier asks the field functions again whenever
 * a field marked `altersDynamicFields` changes. Each function also carries the fields it can show (`fields`), so
 * the app's definition still names every key the contract promises.
 */

export const templateChoices = [
  {
    value: 'acknowledge',
    label: "Acknowledge: we got your call, we'll call back in a few minutes",
    sample: 'acknowledge',
  },
  { value: 'booking_link', label: 'Booking Link: book online or call us', sample: 'booking_link' },
  { value: 'social_proof', label: 'Busy Helping Customers: reply with a good time', sample: 'social_proof' },
  {
    value: 'service_specific',
    label: 'Service: emergency? we call back fast, otherwise book',
    sample: 'service_specific',
  },
  {
    value: 'after_hours',
    label: 'After Hours: we open tomorrow at 8:00 AM and call you back then (needs Business Hours)',
    sample: 'after_hours',
  },
  { value: 'custom', label: 'Custom: write your own message', sample: 'custom' },
];

const messageField = {
  key: 'message',
  group: 'message',
  label: 'Message',
  type: 'text',
  required: false,
  helpText:
    'Your own text, used with the Custom template. Placeholders: `{business_name}`, `{callback_number}`, `{booking_link}`, `{callback_minutes}`, `{caller_name}`, `{service}`, `{opens_at}` (when you next open, from Business Hours); add a fallback like `{caller_name|there}`.',
} satisfies PlainInputField;
const afterHoursTemplateField = {
  key: 'after_hours_template',
  group: 'hours',
  label: 'After-Hours Template',
  required: false,
  default: 'after_hours',
  choices: templateChoices,
  altersDynamicFields: true,
  helpText:
    'The text used outside your Business Hours. After Hours says when you open next and promises no minutes. Pick **Custom** to write your own.',
} satisfies PlainInputField;
const afterHoursMessageField = {
  key: 'after_hours_message',
  group: 'hours',
  label: 'After-Hours Message',
  type: 'text',
  required: false,
  helpText:
    'Your own after-hours text, for the Custom after-hours template, e.g. "We\'re closed now; we\'ll call you first thing tomorrow."',
} satisfies PlainInputField;

type FieldFunction = ((z: ZObject, bundle: Bundle) => PlainInputField[]) & { fields: readonly PlainInputField[] };

/** A field function that shows some of `fields` depending on what the owner has filled in so far. */
function showing(
  fields: readonly PlainInputField[],
  pick: (inputData: Record<string, unknown>) => readonly PlainInputField[],
): FieldFunction {
  return Object.assign((_z: ZObject, bundle: Bundle) => [...pick(bundle.inputData ?? {})], { fields });
}

/** A template picked from the list; anything else (a value mapped from an earlier step) may turn out to be Custom. */
const mayBeCustom = (value: unknown) => {
  const name = typeof value === 'string' ? value.trim().toLowerCase() : '';
  return name === 'custom' || (name !== '' && !TEMPLATE_NAMES.some((known) => known === name));
};
const isBlank = (value: unknown) => value === undefined || value === null || String(value).trim() === '';

export const messageFields = showing([messageField], (input) => (mayBeCustom(input.template) ? [messageField] : []));

export const afterHoursFields = showing([afterHoursTemplateField, afterHoursMessageField], (input) => {
  if (isBlank(input.business_hours)) return [];
  return mayBeCustom(input.after_hours_template)
    ? [afterHoursTemplateField, afterHoursMessageField]
    : [afterHoursTemplateField];
});

/** Shared with Find Consent Record: the same words, the same rule. */
export const optedOutElsewhereField = {
  key: 'opted_out_elsewhere',
  label: 'Opted Out Elsewhere',
  required: false,
  helpText:
    'Map an opt-out your CRM, a Zapier Tables lookup or another phone system knows. Anything but blank, false, no or 0 means this number opted out, and it is not texted.',
} as const;

/**
 * The form in four groups (each field names its own): what the trigger maps (To, From, Call ID, Called At) stays on
 * top, ungrouped, because every Zap fills it in.
 */
export const textBackFieldGroups = [
  { key: 'message', label: 'The Message' },
  { key: 'checks', label: 'Who Gets a Text' },
  { key: 'hours', label: 'Hours' },
  { key: 'advanced', label: 'Advanced' },
];

export const textBackInputFields = defineInputFields([
  {
    key: 'to',
    label: 'To',
    required: true,
    helpText: "The caller's number, in any format. Map **Caller Number** from the missed-call trigger.",
  },
  {
    key: 'from',
    label: 'From',
    required: true,
    dynamic: 'sms_phone_number.id.label',
    helpText:
      'Your Twilio number to text from (only numbers that can send texts are listed). Map **Business Number** from the trigger so the text comes from the number they called.',
  },
  {
    key: 'business_name',
    group: 'message',
    label: 'Business Name',
    required: true,
    helpText: 'Who is texting, e.g. "Rapid Rooter Plumbing". Every text names your business.',
  },
  {
    key: 'template',
    group: 'message',
    label: 'Template',
    required: false,
    default: 'acknowledge',
    choices: templateChoices,
    altersDynamicFields: true,
    helpText: 'Ready-made texts that fit one SMS. Pick **Custom** to write your own: a Message field appears.',
  },
  messageFields,
  {
    key: 'callback_number',
    group: 'message',
    label: 'Callback Number',
    required: false,
    helpText: 'The number the caller should ring back. Leave blank to use the From number.',
  },
  {
    key: 'booking_link',
    group: 'message',
    label: 'Booking Link',
    required: false,
    helpText: 'A link where customers book a visit. Needed by the Booking Link template.',
  },
  {
    key: 'callback_minutes',
    group: 'message',
    label: 'Callback Minutes',
    type: 'integer',
    required: false,
    default: String(DEFAULT_CALLBACK_MINUTES),
    helpText: 'How soon you promise to call back, in minutes.',
  },
  {
    key: 'service',
    group: 'message',
    label: 'Service',
    required: false,
    helpText: 'Optional. What you do, e.g. "plumbing", for the Service template.',
  },
  {
    key: 'caller_name',
    group: 'message',
    label: 'Caller Name',
    required: false,
    helpText:
      "Optional. Personalises the greeting. Map **Caller First Name** (or Caller Name) from the trigger; a caller ID that is not a person's name gets the greeting's fallback instead.",
  },
  {
    key: 'opt_out_text',
    group: 'message',
    label: 'Opt-Out Text',
    required: false,
    default: DEFAULT_OPT_OUT_TEXT,
    helpText: 'Added to the end of every text unless it already says how to opt out. Must contain the word STOP.',
  },
  {
    key: 'call_id',
    label: 'Call ID',
    required: false,
    helpText:
      'Map **ID** from the missed-call trigger. It proves the person called you, and makes sure one call never gets two texts.',
  },
  {
    key: 'called_at',
    label: 'Called At',
    required: false,
    helpText:
      "Map **Called At** from the trigger. Needed as consent evidence for calls from other phone systems. A time without its offset (e.g. `2026-12-06 11:40`) is read in Time Zone, else your Zap's time zone.",
  },
  { ...optedOutElsewhereField, group: 'checks' },
  {
    key: 'require_caller_consent',
    group: 'checks',
    label: 'Only Text People Who Called',
    type: 'boolean',
    required: false,
    default: 'true',
    helpText:
      'Yes (recommended): only text numbers that called you within the Consent Window. Texting people who never contacted you can break the law (TCPA).',
  },
  {
    key: 'consent_window_hours',
    group: 'checks',
    label: 'Consent Window (Hours)',
    type: 'integer',
    required: false,
    default: String(DEFAULT_CONSENT_WINDOW_HOURS),
    helpText: 'How recent the call must be to count as consent.',
  },
  {
    key: 'cooldown_hours',
    group: 'checks',
    label: 'Cooldown (Hours)',
    type: 'integer',
    required: false,
    default: '24',
    helpText: 'Skip the text if this number already got a text from you within this many hours. 0 turns it off.',
  },
  {
    key: 'skip_if_connected',
    group: 'checks',
    label: 'Skip If Already Connected',
    type: 'boolean',
    required: false,
    default: 'true',
    helpText:
      'Skip when, after the missed call, the caller reached someone or your team called them back. Makes a Delay step before this one safe.',
  },
  {
    key: 'allowed_countries',
    group: 'checks',
    label: 'Allowed Countries',
    required: false,
    helpText:
      "Two-letter country codes you may text, e.g. `US, CA`. Leave blank to text only numbers in the From number's country (protects you from SMS-pumping fraud).",
  },
  {
    key: 'skip_landlines',
    group: 'checks',
    label: 'Skip Landlines',
    type: 'boolean',
    required: false,
    default: 'false',
    helpText: 'Checks the line type with Twilio Lookup first (Twilio charges a small fee per lookup).',
  },
  {
    key: 'messaging_service_sid',
    group: 'advanced',
    label: 'Messaging Service SID',
    required: false,
    helpText:
      'Optional. Starts with MG. Sends through that Twilio Messaging Service instead of the From number directly.',
  },
  { ...businessHoursField, altersDynamicFields: true, group: 'hours' },
  { ...timezoneField, group: 'hours' },
  afterHoursFields,
  {
    key: 'quiet_hours',
    group: 'hours',
    label: 'Quiet Hours',
    required: false,
    default: DEFAULT_QUIET_HOURS,
    helpText:
      "No text at night for a call more than an hour old, in your Time Zone and on the caller's clock (their number's zones): e.g. `21:00-08:00`. A call within the hour is always answered. Leave blank to text at any hour.",
  },
  {
    key: 'if_skipped',
    group: 'advanced',
    label: 'If Skipped',
    required: false,
    default: 'halt',
    choices: [
      { value: 'halt', label: 'Stop the Zap run (shown as Halted, with the reason)', sample: 'halt' },
      { value: 'continue', label: 'Continue, with Status "skipped"', sample: 'continue' },
    ],
    helpText: 'What happens when a check says not to text this person.',
  },
  {
    key: 'dry_run',
    group: 'advanced',
    label: 'Dry Run',
    type: 'boolean',
    required: false,
    default: 'false',
    helpText:
      'Yes: compose the text and run every check, but send nothing. Good for testing: it also checks that the From number can text.',
  },
]);
