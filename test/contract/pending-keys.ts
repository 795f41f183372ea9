/**
 * Keys CONTRACT.md already lists that open issues will deliver. The contract rule accepts exactly these as
 * missing: a missing key not listed here fails, and so does a listed key that now exists, so this list only
 * shrinks. An issue is resolved only when none of its keys is left here.
 */
export const PENDING_CONTRACT_KEYS: Readonly<Record<string, number>> = {
  'creates.send_text_back.inputFields.opted_out_elsewhere': 20,
  'creates.send_text_back.outputFields.evidence_kind': 20,
  'creates.send_text_back.outputFields.evidence_record': 20,
  'searches.find_consent.inputFields.opted_out_elsewhere': 20,
  'searches.find_consent.outputFields.evidence_source': 20,
  'searches.find_recovery_report.outputFields.callers_called_back': 22,
  'searches.find_recovery_report.outputFields.callers_not_reached': 22,
  'searches.find_recovery_report.outputFields.median_minutes_to_callback': 22,
  'triggers.missed_call_unreturned': 22,
  'triggers.text_reply.outputFields.evidence_kind': 20,
  'triggers.text_reply.outputFields.evidence_record': 20,
};
