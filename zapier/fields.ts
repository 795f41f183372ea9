import { sampleMissedCall } from '../lib/providers/samples';
import { TIME_ZONE_NAMES } from '../lib/time/time-zones';

/** Field definitions several operations share, so labels and help read the same everywhere. */

export const businessNumberField = (required: boolean, helpText: string) =>
  ({
    key: 'business_number',
    label: 'Business Number',
    required,
    dynamic: 'phone_number.id.label',
    helpText,
  }) as const;

/** The number a missed-call trigger watches. */
export const watchedCallsField = businessNumberField(
  false,
  'Which of your Twilio numbers to watch. Leave blank to watch all of them.',
);

export const countVoicemailField = {
  key: 'count_voicemail_as_missed',
  label: 'Count Voicemails as Missed',
  type: 'boolean',
  default: 'true',
  required: false,
  helpText: 'When yes, a caller who left a voicemail also counts as a missed call (they still wait for a call back).',
} as const;

export const includeWithheldField = {
  key: 'include_withheld_callers',
  label: 'Include Withheld Callers',
  type: 'boolean',
  default: 'false',
  required: false,
  helpText:
    'When yes, calls with a hidden caller ID also trigger. They cannot be texted back, so most Zaps leave this off.',
} as const;

export const businessHoursField = {
  key: 'business_hours',
  label: 'Business Hours',
  type: 'string',
  required: false,
  helpText:
    'Optional. When you are open, e.g. `Mon-Fri 08:00-17:00, Sat 09:00-12:00`. Calls outside these hours are marked After Hours.',
} as const;

/** Every IANA zone, UTC first: a dropdown instead of free text nobody spells right. */
const TIME_ZONES = ['UTC', ...TIME_ZONE_NAMES.filter((zone) => zone !== 'UTC')];

export const timezoneField = {
  key: 'timezone',
  label: 'Time Zone',
  type: 'string',
  required: false,
  choices: TIME_ZONES,
  helpText:
    "Optional. Your business's time zone, e.g. `America/Chicago`, for Business Hours and Quiet Hours. Leave blank to use your Zap's time zone.",
} as const;

/** Output fields of every missed-call trigger (contract: the missed-call shape). */
export const missedCallOutputFields = [
  { key: 'id', label: 'ID' },
  { key: 'call_id', label: 'Call ID' },
  { key: 'provider', label: 'Phone System' },
  { key: 'caller_number', label: 'Caller Number' },
  { key: 'caller_number_national', label: 'Caller Number (National Format)' },
  { key: 'caller_country', label: 'Caller Country' },
  { key: 'caller_name', label: 'Caller Name' },
  { key: 'caller_first_name', label: 'Caller First Name' },
  { key: 'caller_id_withheld', label: 'Caller ID Withheld', type: 'boolean' },
  { key: 'business_number', label: 'Business Number' },
  { key: 'missed_reason', label: 'Missed Reason' },
  { key: 'voicemail', label: 'Left Voicemail', type: 'boolean' },
  { key: 'voicemail_url', label: 'Voicemail URL' },
  { key: 'voicemail_transcript', label: 'Voicemail Transcript' },
  { key: 'voicemail_transcript_status', label: 'Voicemail Transcript Status' },
  { key: 'callback_link', label: 'Callback Link' },
  { key: 'called_at', label: 'Called At', type: 'datetime' },
  { key: 'duration_seconds', label: 'Duration (Seconds)', type: 'integer' },
  { key: 'after_hours', label: 'After Hours', type: 'boolean' },
] as const;

/** The static sample every missed-call trigger shows: a Twilio call nobody answered. */
export const missedCallSample = { ...sampleMissedCall('twilio'), after_hours: null };
