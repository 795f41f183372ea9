import { clip } from '../errors/clip';
import type { ReplyVerdict } from './intent';

/**
 * One plain line per reply a log can keep (contract, "Consent evidence that outlasts Twilio's logs"):
 * `2026-12-06T15:05:00Z +15125550112 replied "STOP" to +15125550100 (SM...): opt-out.` Twilio deletes its records
 * after 13 months by default; a caller's opt-out must be provable, and honoured, long after.
 */
export type ReplyEvidenceKind = 'opt_out' | 'opt_in' | 'reply';

/** A reply is quoted up to this many characters: a log line, not the whole message. */
const QUOTED_CHARACTERS = 160;

const quoted = (body: string) => JSON.stringify(clip(body, QUOTED_CHARACTERS));

export function replyEvidenceKind(verdict: ReplyVerdict): ReplyEvidenceKind {
  if (verdict.isOptOut) return 'opt_out';
  return verdict.liftsOptOut || verdict.intent === 'opt_in' ? 'opt_in' : 'reply';
}

const ENDINGS: Readonly<Record<ReplyEvidenceKind, string>> = {
  opt_out: 'opt-out',
  opt_in: 'opt-in',
  reply: 'reply',
};

export function replyEvidence(
  reply: { id: string; from_number: string; business_number: string; body: string; received_at: string },
  verdict: ReplyVerdict,
): { evidence_record: string; evidence_kind: ReplyEvidenceKind } {
  const kind = replyEvidenceKind(verdict);
  const asks = verdict.intent === 'callback_request' ? ', asks for a call' : '';
  return {
    evidence_record: `${reply.received_at} ${reply.from_number} replied ${quoted(reply.body)} to ${reply.business_number} (${reply.id}): ${ENDINGS[kind]}${asks}.`,
    evidence_kind: kind,
  };
}
