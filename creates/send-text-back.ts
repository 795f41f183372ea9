import { defineCreate, defineInputFields, type Bundle, type ZObject } from 'zapier-platform-core';
import { businessHoursField, timezoneField } from '../zapier/fields';
import { guard } from '../zapier/guard';
import { zapTimeZone } from '../zapier/bundle';
import { sendTextBack } from '../lib/text-back/send-text-back';
import { readTextBackSettings } from '../zapier/text-back-settings';
import { twilioClient } from '../lib/twilio/client';

const templateChoices = [
  { value: 'acknowledge', label: "Acknowledge: we got your call, we'll call back in a few minutes", sample: 'acknowledge' },
  { value: 'booking_link', label: 'Booking Link: book online or call us', sample: 'booking_link' },
  { value: 'social_proof', label: "Busy Helping Customers: reply with a good time", sample: 'social_proof' },
  { value: 'service_specific', label: 'Service: emergency? we call back fast, otherwise book', sample: 'service_specific' },
  { value: 'after_hours', label: 'After Hours: we open tomorrow at 8:00 AM and call you back then (needs Business Hours)', sample: 'after_hours' },
  { value: 'custom', label: 'Custom: write your own message', sample: 'custom' },
];

const inputFields = defineInputFields([
  { key: 'to', label: 'To', required: true, helpText: "The caller's number, in any format. Map **Caller Number** from the missed-call trigger." },
  { key: 'from', label: 'From', required: true, dynamic: 'phone_number.id.label', helpText: 'Your Twilio number to text from. Map **Business Number** from the trigger so the text comes from the number they called.' },
  { key: 'business_name', label: 'Business Name', required: true, helpText: 'Who is texting, e.g. "Rapid Rooter Plumbing". Every text names your business.' },
  { key: 'template', label: 'Template', required: false, default: 'acknowledge', choices: templateChoices, helpText: 'Ready-made texts that fit one SMS. Pick **Custom** to write your own in Message.' },
  { key: 'message', label: 'Message', type: 'text', required: false, helpText: 'Your own text, used with the Custom template. Placeholders: `{business_name}`, `{callback_number}`, `{booking_link}`, `{callback_minutes}`, `{caller_name}`, `{service}`, `{opens_at}` (when you next open, from Business Hours); add a fallback like `{caller_name|there}`.' },
  { key: 'callback_number', label: 'Callback Number', required: false, helpText: 'The number the caller should ring back. Leave blank to use the From number.' },
  { key: 'booking_link', label: 'Booking Link', required: false, helpText: 'A link where customers book a visit. Needed by the Booking Link template.' },
  { key: 'callback_minutes', label: 'Callback Minutes', type: 'integer', required: false, default: '5', helpText: 'How soon you promise to call back, in minutes.' },
  { key: 'service', label: 'Service', required: false, helpText: 'Optional. What you do, e.g. "plumbing", for the Service template.' },
  { key: 'caller_name', label: 'Caller Name', required: false, helpText: 'Optional. Personalises the greeting. Map **Caller Name** from the trigger.' },
  { key: 'opt_out_text', label: 'Opt-Out Text', required: false, default: 'Reply STOP to opt out.', helpText: 'Added to the end of every text unless it already says how to opt out. Must contain the word STOP.' },
  { key: 'call_id', label: 'Call ID', required: false, helpText: "Map **ID** from the missed-call trigger. It proves the person called you, and makes sure one call never gets two texts." },
  { key: 'called_at', label: 'Called At', required: false, helpText: 'Map **Called At** from the trigger. Needed as consent evidence for calls from other phone systems.' },
  { key: 'require_caller_consent', label: 'Only Text People Who Called', type: 'boolean', required: false, default: 'true', helpText: 'Yes (recommended): only text numbers that called you within the Consent Window. Texting people who never contacted you can break the law (TCPA).' },
  { key: 'consent_window_hours', label: 'Consent Window (Hours)', type: 'integer', required: false, default: '72', helpText: 'How recent the call must be to count as consent.' },
  { key: 'cooldown_hours', label: 'Cooldown (Hours)', type: 'integer', required: false, default: '24', helpText: 'Skip the text if this number already got a text from you within this many hours. 0 turns it off.' },
  { key: 'skip_if_connected', label: 'Skip If Already Connected', type: 'boolean', required: false, default: 'true', helpText: 'Skip when, after the missed call, the caller reached someone or your team called them back. Makes a Delay step before this one safe.' },
  { key: 'allowed_countries', label: 'Allowed Countries', required: false, helpText: 'Two-letter country codes you may text, e.g. `US, CA`. Leave blank to text only numbers in the From number\'s country (protects you from SMS-pumping fraud).' },
  { key: 'skip_landlines', label: 'Skip Landlines', type: 'boolean', required: false, default: 'false', helpText: 'Checks the line type with Twilio Lookup first (Twilio charges a small fee per lookup).' },
  { key: 'messaging_service_sid', label: 'Messaging Service SID', required: false, helpText: 'Optional. Starts with MG. Sends through that Twilio Messaging Service instead of the From number directly.' },
  businessHoursField,
  timezoneField,
  { key: 'after_hours_template', label: 'After-Hours Template', required: false, default: 'after_hours', choices: templateChoices, helpText: 'The text used outside your Business Hours. After Hours says when you open next and promises no minutes.' },
  { key: 'after_hours_message', label: 'After-Hours Message', type: 'text', required: false, helpText: 'Your own after-hours text, for the Custom after-hours template, e.g. "We\'re closed now; we\'ll call you first thing tomorrow."' },
  { key: 'quiet_hours', label: 'Quiet Hours', required: false, default: '21:00-08:00', helpText: 'No text at night for a call more than an hour old, in your Time Zone: e.g. `21:00-08:00`. A call within the hour is always answered. Leave blank to text at any hour.' },
  { key: 'if_skipped', label: 'If Skipped', required: false, default: 'halt', choices: [
    { value: 'halt', label: 'Stop the Zap run (shown as Halted, with the reason)', sample: 'halt' },
    { value: 'continue', label: 'Continue, with Status "skipped"', sample: 'continue' },
  ], helpText: 'What happens when a check says not to text this person.' },
  { key: 'dry_run', label: 'Dry Run', type: 'boolean', required: false, default: 'false', helpText: 'Yes: compose the text and run every check, but send nothing. Good for testing.' },
]);

const perform = guard(async (z: ZObject, bundle: Bundle) => {
  const settings = readTextBackSettings(bundle.inputData);
  const { result, skipSentence } = await sendTextBack(twilioClient(z, bundle.authData), settings, { zapTimeZone: zapTimeZone(bundle) });
  if (skipSentence && settings.ifSkipped === 'halt') throw new z.errors.HaltedError(skipSentence);
  return result;
});

export default defineCreate({
  key: 'send_text_back',
  noun: 'Text-Back',
  display: {
    label: 'Send Text-Back',
    description: 'Texts a caller you missed, from your business number, only when the law and your settings allow it.',
  },
  operation: {
    inputFields,
    perform,
    outputFields: [
      { key: 'id', label: 'ID' },
      { key: 'status', label: 'Status' },
      { key: 'skip_reason', label: 'Skip Reason' },
      { key: 'message_sid', label: 'Message SID' },
      { key: 'to', label: 'To' },
      { key: 'from', label: 'From' },
      { key: 'body', label: 'Text Sent' },
      { key: 'segments', label: 'SMS Segments', type: 'integer' },
      { key: 'encoding', label: 'Encoding' },
      { key: 'footer_added', label: 'Opt-Out Footer Added', type: 'boolean' },
      { key: 'consent_basis', label: 'Consent Basis' },
      { key: 'consent_call_id', label: 'Consent Call ID' },
      { key: 'consent_called_at', label: 'Consent Called At', type: 'datetime' },
      { key: 'twilio_status', label: 'Twilio Status' },
      { key: 'sent_at', label: 'Sent At', type: 'datetime' },
      { key: 'after_hours', label: 'After Hours', type: 'boolean' },
    ],
    sample: {
      id: 'SM5b1d3f5a7c9e1b3d5f7a9c1e3b5d7f9a',
      status: 'sent',
      skip_reason: null,
      message_sid: 'SM5b1d3f5a7c9e1b3d5f7a9c1e3b5d7f9a',
      to: '+15125550123',
      from: '+15125550100',
      body: "Hi, it's Rapid Rooter Plumbing. Sorry we missed your call! We'll call you back within 5 minutes, or reply YES and we'll call you first. Reply STOP to opt out.",
      segments: 1,
      encoding: 'GSM-7',
      footer_added: true,
      consent_basis: 'inbound_call',
      consent_call_id: 'CA2f0c3a1e5b7d9f1a3c5e7b9d1f3a5c7e',
      consent_called_at: '2026-11-29T14:03:00Z',
      twilio_status: 'queued',
      sent_at: '2026-11-29T14:03:41Z',
      after_hours: false,
    },
  },
});
