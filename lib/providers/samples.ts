import type { MissedCall } from '../missed-calls/item';
import generic from './generic';
import { providerRow } from './registry';

/** A realistic missed call as the chosen phone system would produce it (for the Zap editor's sample). */
export function sampleMissedCall(provider: string): MissedCall {
  const row = providerRow(provider) ?? generic;
  const callId = row.sampleCallId;
  return {
    id: row.key === 'twilio' ? callId : `${row.key}:${callId}`,
    call_id: callId,
    provider: row.key,
    caller_number: '+15125550123',
    caller_number_national: '(512) 555-0123',
    caller_country: 'US',
    caller_name: 'Dana Whitfield',
    caller_first_name: 'Dana',
    caller_id_withheld: false,
    business_number: '+15125550100',
    missed_reason: 'no_answer',
    voicemail: false,
    voicemail_url: null,
    voicemail_transcript: null,
    voicemail_transcript_status: 'none',
    callback_link: 'tel:+15125550123',
    called_at: '2026-11-29T14:03:00Z',
    duration_seconds: 28,
    after_hours: null,
  };
}
