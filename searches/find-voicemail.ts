import { defineInputFields, defineSearch, type SearchPerform } from 'zapier-platform-core';
import type { Voicemail } from '../lib/missed-calls/voicemail';
import { twilioClient } from '../lib/twilio/client';
import { guard } from '../zapier/guard';
import { readText } from '../zapier/inputs';

const inputFields = defineInputFields([
  {
    key: 'call_id',
    label: 'Call ID',
    required: true,
    helpText:
      'The **ID** or **Call ID** of a missed call from New Missed Call (or its Instant version). Put a Delay by ' +
      'Zapier before this step to give Twilio a minute or two to transcribe the message.',
  },
]);

/** The contract's snake_case output, made here at the edge. */
const voicemailOutput = (voicemail: Voicemail) => ({
  id: voicemail.callId,
  call_id: voicemail.callId,
  voicemail_url: voicemail.voicemailUrl,
  duration_seconds: voicemail.durationSeconds,
  transcript: voicemail.transcript.text,
  transcript_status: voicemail.transcript.status,
  recorded_at: voicemail.recordedAt,
});
type VoicemailOutput = ReturnType<typeof voicemailOutput>;

const perform = guard(async (z, bundle) => {
  const { findVoicemail } = await import('../lib/missed-calls/voicemail');
  const callId = readText(bundle.inputData.call_id, 'Call ID') ?? '';
  const voicemail = await findVoicemail(twilioClient(z, bundle.authData), callId);
  return voicemail ? [voicemailOutput(voicemail)] : [];
}) satisfies SearchPerform<typeof inputFields, VoicemailOutput>;

const sample = {
  id: 'CA2f0c3a1e5b7d9f1a3c5e7b9d1f3a5c7e',
  call_id: 'CA2f0c3a1e5b7d9f1a3c5e7b9d1f3a5c7e',
  voicemail_url:
    'https://api.twilio.com/2010-04-01/Accounts/AC0123456789abcdef0123456789abcdef/Recordings/RE5b1d3f5a7c9e1b3d5f7a9c1e3b5d7f9a',
  duration_seconds: 41,
  transcript: 'Hi, this is Dana. Our water heater is leaking into the garage, can someone come out today?',
  transcript_status: 'completed',
  recorded_at: '2026-11-29T14:04:12Z',
} satisfies VoicemailOutput;

export default defineSearch({
  key: 'find_voicemail',
  noun: 'Voicemail',
  display: {
    label: 'Find Voicemail',
    description:
      "Finds a missed call's voicemail with its transcript (or whether the transcript is still on its way), for a " +
      'Zap that waits for the words before emailing them.',
  },
  operation: {
    inputFields,
    perform,
    outputFields: [
      { key: 'id', label: 'ID' },
      { key: 'call_id', label: 'Call ID' },
      { key: 'voicemail_url', label: 'Voicemail URL' },
      { key: 'duration_seconds', label: 'Duration (Seconds)', type: 'integer' },
      { key: 'transcript', label: 'Transcript' },
      { key: 'transcript_status', label: 'Transcript Status' },
      { key: 'recorded_at', label: 'Recorded At', type: 'datetime' },
    ],
    sample,
  },
});
