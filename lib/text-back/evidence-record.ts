import { optOutState } from '../consent/opt-out-state';
import { elsewhereWords } from '../consent/opted-out-elsewhere';
import { isoString } from '../time/dates';
import type { Message } from '../twilio/resources';
import type { Skip } from './checks';
import type { TextBackResult } from './result';

/**
 * One plain line a log can keep (contract, "Consent evidence that outlasts Twilio's logs"): Twilio keeps its
 * records 13 months by default, a TCPA claim can come four years later, so each text-back says what was sent, to
 * whom, from which number, and on what consent ("2026-12-06T15:02:11Z texted +15125550112 from +15125550100
 * (SM...): consent by inbound call CA... at 2026-12-06T15:01:40Z; no opt-out on record."). A skip says why not;
 * a skip for an opt-out is an `opt_out` line, so a log of opt-outs can be read back into `opted_out_elsewhere`.
 */
export type EvidenceKind = 'text_back' | 'opt_out' | 'opt_in' | 'reply';

export interface TextBackEvidence {
  evidence_record: string;
  evidence_kind: EvidenceKind;
}

/**
 * What a line is made of: the result's own fields (the contract's snake_case keys, kept as they are), the run's
 * time, the skip, and the customer's inbound texts.
 */
export type EvidenceFacts = Pick<
  TextBackResult,
  'status' | 'from' | 'message_sid' | 'sent_at' | 'consent_call_id' | 'consent_called_at'
> & {
  to: string;
  now: Date;
  skip: Skip | null;
  skipSentence: string | null;
  /** The customer's inbound texts, when the run read the history. */
  inbound: Message[] | null;
};

function consentWords({ consent_call_id, consent_called_at }: EvidenceFacts): string {
  return consent_call_id
    ? `consent by inbound call ${consent_call_id} at ${consent_called_at}`
    : 'no consent call required by this step';
}

function optOutWords(inbound: Message[] | null): string {
  if (!inbound) return 'opt-outs not read';
  const state = optOutState(inbound);
  return state.optedInAt
    ? `opted back in at ${state.optedInAt} after an opt-out at ${state.optedOutAt}`
    : 'no opt-out on record';
}

function whyNot(skip: Skip, sentence: string | null): string {
  const { facts } = skip;
  if (skip.reason === 'opted_out') {
    if (facts.elsewhere !== undefined) return elsewhereWords(facts.elsewhere);
    return `opted out (replied ${JSON.stringify(facts.detail ?? 'STOP')} at ${facts.at})`;
  }
  const plain = (sentence ?? '').replace(/^Not sent: /, '').replace(/\.$/, '');
  return plain ? `${skip.reason} (${plain})` : skip.reason;
}

export function textBackEvidence(facts: EvidenceFacts): TextBackEvidence {
  const at = isoString(facts.now);
  const from = facts.from ?? 'no number';
  if (facts.skip) {
    const verb = facts.status === 'dry_run' ? 'would not text (dry run)' : 'did not text';
    return {
      evidence_record: `${at} ${verb} ${facts.to} from ${from}: ${whyNot(facts.skip, facts.skipSentence)}.`,
      evidence_kind: facts.skip.reason === 'opted_out' ? 'opt_out' : 'text_back',
    };
  }
  const basis = `${consentWords(facts)}; ${optOutWords(facts.inbound)}.`;
  const record =
    facts.status === 'sent'
      ? `${facts.sent_at ?? at} texted ${facts.to} from ${from} (${facts.message_sid}): ${basis}`
      : `${at} would text (dry run) ${facts.to} from ${from}: ${basis}`;
  return { evidence_record: record, evidence_kind: 'text_back' };
}
