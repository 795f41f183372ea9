import type { ConsentEvidence } from '../consent/evidence';
import type { Message } from '../twilio/resources';
import type { Skip } from './checks';
import { type EvidenceKind, textBackEvidence } from './evidence-record';
import type { RequestWithHistory } from './history';
import type { ResolvedRequest } from './resolve';
import { skipSentence } from './sentences';

/** The step's output (contract: `send_text_back`). */
export interface TextBackResult {
  id: string;
  status: 'sent' | 'skipped' | 'dry_run';
  skip_reason: Skip['reason'] | null;
  message_sid: string | null;
  to: string | null;
  from: string | null;
  body: string;
  segments: number;
  encoding: 'GSM-7' | 'UCS-2';
  footer_added: boolean;
  consent_basis: 'inbound_call' | 'not_required';
  consent_call_id: string | null;
  consent_called_at: string | null;
  twilio_status: string | null;
  sent_at: string | null;
  after_hours: boolean | null;
  /** The text returned was sent earlier (a replay, or another run that won the race), not by this run. */
  replayed: boolean;
  /** One plain line a log can keep after Twilio's records are gone (evidence-record.ts). */
  evidence_record: string;
  evidence_kind: EvidenceKind;
}

/** The result, and for a skip the sentence the Zap's history shows when the run halts. */
export interface TextBackOutcome {
  result: TextBackResult;
  skipSentence: string | null;
}

/**
 * The text a result shows. Before the history (a number that failed the number checks) the call's age is unknown,
 * and an unknown call counts as old: the text that promises no minutes.
 */
const textOf = (request: ResolvedRequest | RequestWithHistory) =>
  'composed' in request ? request.composed : request.texts.late;

/** The output for a request; `extra` carries what the run learnt (the message sent, the consent evidence). */
export function outcome(
  request: ResolvedRequest | RequestWithHistory,
  status: TextBackResult['status'],
  extra: Partial<TextBackResult>,
  skip: Skip | null = null,
): TextBackOutcome {
  const { settings, customer, fromPhone, now } = request;
  const composed = textOf(request);
  const sentence =
    skip && status === 'skipped'
      ? withCalledAtProblem(request, skipSentence(skip.reason, skip.facts, request.timeZone))
      : null;
  const fields = {
    id: extra.message_sid ?? `${status}:${skip?.reason ?? 'ok'}:${customer?.e164 ?? settings.to}:${now.getTime()}`,
    status,
    skip_reason: skip?.reason ?? null,
    message_sid: null,
    to: customer?.e164 ?? null,
    from: fromPhone?.e164 ?? settings.messagingServiceSid ?? null,
    body: composed.body,
    segments: composed.segments,
    encoding: composed.encoding,
    footer_added: composed.footerAdded,
    consent_basis: 'not_required' as const,
    consent_call_id: null,
    consent_called_at: null,
    twilio_status: null,
    sent_at: null,
    after_hours: request.afterHours,
    replayed: false,
    ...extra,
  };
  const evidence = textBackEvidence({
    ...fields,
    to: fields.to ?? JSON.stringify(settings.to),
    now,
    skip,
    skipSentence: skip ? skipSentence(skip.reason, skip.facts, request.timeZone) : null,
    inbound: 'history' in request ? request.history.inboundMessages : null,
  });
  return { result: { ...fields, ...evidence }, skipSentence: sentence };
}

/** A mapped `called_at` that is no time is said with every skip: the owner's mapping needs fixing either way. */
const withCalledAtProblem = (request: ResolvedRequest, sentence: string) =>
  request.calledAtProblem ? `${sentence} ${request.calledAtProblem}` : sentence;

/** A skip; a dry run reports what a real run would have skipped, and never halts. */
export function skipped(
  request: ResolvedRequest | RequestWithHistory,
  skip: Skip,
  evidence: ConsentEvidence | null = null,
): TextBackOutcome {
  return outcome(request, request.settings.dryRun ? 'dry_run' : 'skipped', consentFields(evidence), skip);
}

export function sentFields(message: Message): Partial<TextBackResult> {
  return {
    message_sid: message.sid,
    twilio_status: message.status,
    sent_at: message.date_sent ?? message.date_created,
    ...(message.body ? { body: message.body } : {}),
  };
}

export function consentFields(evidence: ConsentEvidence | null): Partial<TextBackResult> {
  return evidence
    ? { consent_basis: 'inbound_call', consent_call_id: evidence.callId, consent_called_at: evidence.calledAt }
    : { consent_basis: 'not_required', consent_call_id: null, consent_called_at: null };
}
