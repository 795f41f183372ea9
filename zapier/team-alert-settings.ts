import { InputError } from '../lib/errors/input-error';
import type { TeamAlertResult, TeamAlertSettings } from '../lib/team-alert/send-team-alert';
import { readBoolean, readText } from './inputs';

/** Alert Team by Text's inputs as Zapier sends them, read into the core's settings. */
export function readTeamAlertSettings(input: Record<string, unknown>): TeamAlertSettings {
  const teamNumbers = readText(input.team_numbers, 'Team Numbers');
  if (!teamNumbers) {
    throw new InputError('Team Numbers is empty. Type the mobile numbers to alert, separated by commas.');
  }
  const from = readText(input.from, 'From');
  if (!from) throw new InputError('The From field is empty. Pick the Twilio number to send the alert from.');
  const callerNumber = readText(input.caller_number, 'Caller Number');
  if (!callerNumber) {
    throw new InputError("Caller Number is empty. Map the caller's number from the trigger (Caller Number).");
  }
  return {
    teamNumbers,
    from,
    callerNumber,
    callerName: readText(input.caller_name, 'Caller Name'),
    callId: readText(input.call_id, 'Call ID'),
    calledAt: readText(input.called_at, 'Called At'),
    missedReason: readText(input.missed_reason, 'Missed Reason'),
    voicemailTranscript: readText(input.voicemail_transcript, 'Voicemail Transcript'),
    textBackBody: readText(input.text_back_body, 'Text-Back Sent'),
    note: readText(input.note, 'Note'),
    includeHistory: readBoolean(input.include_history, true, 'Include Caller History'),
  };
}

/** The contract's snake_case output, made here once. */
export function teamAlertOutput(result: TeamAlertResult) {
  return {
    id: result.id,
    status: result.status,
    sent_to: result.sentTo.join(', '),
    message_sids: result.messageSids.join(', '),
    skipped_numbers: result.skippedNumbers.join('; '),
    body: result.body,
    segments: result.segments,
    callback_link: result.callbackLink,
  };
}
