import { type CreatePerform, defineCreate } from 'zapier-platform-core';
import type { TextBackResult } from '../lib/text-back/result';
import { twilioClient } from '../lib/twilio/client';
import { sendingContext } from '../zapier/claim-store';
import { guard } from '../zapier/guard';
import { textBackFieldGroups, textBackInputFields } from '../zapier/text-back-fields';
import { readTextBackSettings } from '../zapier/text-back-settings';

const perform = guard(async (z, bundle) => {
  const { sendTextBack } = await import('../lib/text-back/send-text-back');
  const settings = readTextBackSettings(bundle.inputData);
  const { result, skipSentence } = await sendTextBack(
    twilioClient(z, bundle.authData),
    settings,
    sendingContext(z, bundle),
  );
  if (skipSentence && settings.ifSkipped === 'halt') throw new z.errors.HaltedError(skipSentence);
  return result;
}) satisfies CreatePerform<typeof textBackInputFields, TextBackResult>;

const sample = {
  id: 'SM5b1d3f5a7c9e1b3d5f7a9c1e3b5d7f9a',
  status: 'sent',
  skip_reason: null,
  message_sid: 'SM5b1d3f5a7c9e1b3d5f7a9c1e3b5d7f9a',
  to: '+15125550123',
  from: '+15125550100',
  // Exactly what the default settings send (test/operations/zap-editor.test.ts composes it).
  body: "Hi there, sorry Rapid Rooter Plumbing missed your call! We'll call you back within 5 min. Reply YES to confirm. Reply STOP to opt out.",
  segments: 1,
  encoding: 'GSM-7',
  footer_added: true,
  consent_basis: 'inbound_call',
  consent_call_id: 'CA2f0c3a1e5b7d9f1a3c5e7b9d1f3a5c7e',
  consent_called_at: '2026-11-29T14:03:00Z',
  twilio_status: 'queued',
  sent_at: '2026-11-29T14:03:41Z',
  after_hours: false,
  replayed: false,
  evidence_record:
    '2026-11-29T14:03:41Z texted +15125550123 from +15125550100 (SM5b1d3f5a7c9e1b3d5f7a9c1e3b5d7f9a): consent by inbound call CA2f0c3a1e5b7d9f1a3c5e7b9d1f3a5c7e at 2026-11-29T14:03:00Z; no opt-out on record.',
  evidence_kind: 'text_back',
} satisfies TextBackResult;

export default defineCreate({
  key: 'send_text_back',
  noun: 'Text-Back',
  display: {
    label: 'Send Text-Back',
    description: 'Texts a caller you missed, from your business number, only when the law and your settings allow it.',
  },
  operation: {
    inputFields: textBackInputFields,
    inputFieldGroups: textBackFieldGroups,
    perform,
    // Zapier runs one send per customer number and connection at a time; the cache claims stay as the second guard
    // (a lock serialises runs, it does not deduplicate them). Held at most 60 s: longer than a step can run.
    lock: { key: 'send_text_back:{{bundle.inputData.to}}', scope: ['auth'], timeout: 60 },
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
      { key: 'replayed', label: 'Sent Earlier (Replay)', type: 'boolean' },
      { key: 'evidence_record', label: 'Evidence Record' },
      { key: 'evidence_kind', label: 'Evidence Kind' },
    ],
    sample,
  },
});
