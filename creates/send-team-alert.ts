import { type CreatePerform, defineCreate, defineInputFields } from 'zapier-platform-core';
import { twilioClient } from '../lib/twilio/client';
import { sendingContext } from '../zapier/claim-store';
import { guard } from '../zapier/guard';
import { readTeamAlertSettings, teamAlertOutput } from '../zapier/team-alert-settings';

const inputFields = defineInputFields([
  {
    key: 'team_numbers',
    label: 'Team Numbers',
    type: 'text',
    required: true,
    helpText:
      'Up to 10 mobile numbers to alert, separated by commas or one per line, in any format, e.g. `(512) 555-0101, +447700900123`. A number that texted STOP is skipped and named.',
  },
  {
    key: 'from',
    label: 'From',
    required: true,
    dynamic: 'sms_phone_number.id.label',
    helpText: 'Your Twilio number to send the alert from (only numbers that can send texts are listed).',
  },
  {
    key: 'caller_number',
    label: 'Caller Number',
    required: true,
    helpText: "Map **Caller Number** from the trigger: the alert's callback link calls it.",
  },
  { key: 'caller_name', label: 'Caller Name', required: false, helpText: 'Map **Caller Name** from the trigger.' },
  {
    key: 'call_id',
    label: 'Call ID',
    required: false,
    helpText: 'Map **ID** from the trigger, so a replay of the Zap never alerts the team twice about one call.',
  },
  { key: 'called_at', label: 'Called At', required: false, helpText: 'Map **Called At** from the trigger.' },
  {
    key: 'missed_reason',
    label: 'Missed Reason',
    required: false,
    helpText: 'Map **Missed Reason** from the trigger.',
  },
  {
    key: 'voicemail_transcript',
    label: 'Voicemail Transcript',
    type: 'text',
    required: false,
    helpText:
      'Map **Voicemail Transcript** from the trigger. Long transcripts are cut so the alert stays 3 texts at most.',
  },
  {
    key: 'text_back_body',
    label: 'Text-Back Sent',
    type: 'text',
    required: false,
    helpText: 'Map **Text Sent** from the Send Text-Back step, so the team knows what the caller was told.',
  },
  {
    key: 'note',
    label: 'Note',
    type: 'text',
    required: false,
    helpText: 'A line of your own, e.g. "Call back within 10 min".',
  },
  {
    key: 'include_history',
    label: 'Include Caller History',
    type: 'boolean',
    required: false,
    default: 'true',
    helpText: 'Adds what the log knows of the caller, e.g. "3rd call this week; replied "YES" 2 days ago".',
  },
]);

/** The step's output, in the contract's snake_case (made at the edge). */
type TeamAlertOutput = ReturnType<typeof teamAlertOutput>;

const perform = guard(async (z, bundle) => {
  const { sendTeamAlert } = await import('../lib/team-alert/send-team-alert');
  const result = await sendTeamAlert(
    twilioClient(z, bundle.authData),
    readTeamAlertSettings(bundle.inputData),
    sendingContext(z, bundle),
  );
  return teamAlertOutput(result);
}) satisfies CreatePerform<typeof inputFields, TeamAlertOutput>;

const sample = {
  id: 'team-alert:CA2f0c3a1e5b7d9f1a3c5e7b9d1f3a5c7e',
  status: 'sent',
  sent_to: '+15125550101, +15125550102',
  message_sids: 'SM6c2e4a6b8d0f2a4c6e8b0d2f4a6c8e0b, SM7d3f5b7c9e1a3b5d7f9c1e3a5b7d9f1c',
  skipped_numbers: '+15125550103: replied STOP on Dec 2',
  body: 'TEAM ALERT: Dana Cruz (512) 555-0123 called Sun, Nov 29, 8:03 AM - left a voicemail.\n3rd call this week; replied "YES" 2 days ago.\nWe texted: "Hi Dana, sorry Rapid Rooter Plumbing missed your call! We\'ll call you back within 5 min. Reply STOP to opt out."\nVoicemail: "Hi, the water heater is leaking in the garage, please call me back."\nCall back: tel:+15125550123',
  segments: 3,
  callback_link: 'tel:+15125550123',
} satisfies TeamAlertOutput;

export default defineCreate({
  key: 'send_team_alert',
  noun: 'Team Alert',
  display: {
    label: 'Alert Team by Text',
    description:
      'Texts you or your team about a missed call: who, when, the voicemail, and a one-tap callback link. Not counted as a text-back.',
  },
  operation: {
    inputFields,
    perform,
    outputFields: [
      { key: 'id', label: 'ID' },
      { key: 'status', label: 'Status' },
      { key: 'sent_to', label: 'Sent To' },
      { key: 'message_sids', label: 'Message SIDs' },
      { key: 'skipped_numbers', label: 'Skipped Numbers' },
      { key: 'body', label: 'Alert Sent' },
      { key: 'segments', label: 'SMS Segments', type: 'integer' },
      { key: 'callback_link', label: 'Callback Link' },
    ],
    sample,
  },
});
