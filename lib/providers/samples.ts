import { PROVIDERS, type MissedCall, type Provider } from '../missed-calls/item';

/** What each phone system's call ids look like, so a Zap's sample reads like the real thing. */
const SAMPLE_CALL_IDS: Record<Provider, string> = {
  twilio: 'CA2f0c3a1e5b7d9f1a3c5e7b9d1f3a5c7e',
  aircall: '1843219572',
  callrail: 'CAL8154748ae6bd4e278a7cddd38a662f4f',
  dialpad: '6128842307903488',
  justcall: '48217701',
  openphone: 'ACa2e0e4a1b2c3d4e5f60718293a4b5c6d',
  plivo: '93b0e5a2-44fb-11ef-9c6a-0242ac110004',
  ringcentral: 's-a0d17e59b5d4cz18c6e1c2f5fz2b0a9e10000',
  telnyx: '428c31b6-7af4-4bcb-b68e-5013ef9657c1',
  vonage: 'CON-f972836a-550f-45fa-956c-12a2ab5b7d22',
  zoom: '7098536711934529537',
  generic: 'call-20261129-1403-0042',
};

/** A realistic missed call as the chosen phone system would produce it (for the Zap editor's sample). */
export function sampleMissedCall(provider: string): MissedCall {
  const key: Provider = (PROVIDERS as readonly string[]).includes(provider) ? (provider as Provider) : 'generic';
  const callId = SAMPLE_CALL_IDS[key];
  return {
    id: key === 'twilio' ? callId : `${key}:${callId}`,
    call_id: callId,
    provider: key,
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
    called_at: '2026-11-29T14:03:00Z',
    duration_seconds: 28,
    after_hours: null,
  };
}
