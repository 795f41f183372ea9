/**
 * Keys CONTRACT.md already lists that open issues will deliver. The contract rule accepts exactly these as
 * missing: a missing key not listed here fails, and so does a listed key that now exists, so this list only
 * shrinks. An issue is resolved only when none of its keys is left here.
 */
export const PENDING_CONTRACT_KEYS: Readonly<Record<string, number>> = {
  'triggers.missed_call.outputFields.caller_first_name': 15,
  'triggers.missed_call_instant.outputFields.caller_first_name': 15,
  'triggers.missed_call_webhook.outputFields.caller_first_name': 15,
  'creates.send_text_back.inputFields.quiet_hours': 15,
  'searches.find_missed_call_in_webhook.outputFields.caller_first_name': 15,
};
