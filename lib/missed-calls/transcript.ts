import { plainLine } from '../errors/plain-line';
import type { Transcription } from '../twilio/resources';

/** The contract's `voicemail_transcript_status` values. */
export const TRANSCRIPT_STATUSES = ['none', 'pending', 'completed', 'failed'] as const;
export type TranscriptStatus = (typeof TRANSCRIPT_STATUSES)[number];

export interface Transcript {
  status: TranscriptStatus;
  /** Only when completed; null for a message without words. */
  text: string | null;
}

export const NO_TRANSCRIPT: Transcript = { status: 'none', text: null };

/** Longest transcript an item carries (characters): a long voicemail still fits an email or a task. */
export const MAX_TRANSCRIPT_CHARS = 2000;

/** Twilio's `transcription_enum_status`, in the contract's words. */
const TWILIO_STATUSES = new Map<string, TranscriptStatus>([
  ['in-progress', 'pending'],
  ['completed', 'completed'],
  ['failed', 'failed'],
]);

/**
 * A transcript as an item may carry it: one plain line (`plainLine`), clipped by characters.
 */
export function plainTranscript(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const plain = plainLine(value);
  if (!plain) return null;
  const characters = Array.from(plain);
  return characters.length > MAX_TRANSCRIPT_CHARS
    ? `${characters
        .slice(0, MAX_TRANSCRIPT_CHARS - 1)
        .join('')
        .trimEnd()}…`
    : plain;
}

/** A transcript the item builder was handed: text counts only once it is completed, and only for a voicemail. */
export function voicemailTranscript(voicemail: boolean, text: unknown, status?: TranscriptStatus): Transcript {
  if (!voicemail) return NO_TRANSCRIPT;
  const plain = plainTranscript(text);
  const known = status ?? (plain ? 'completed' : 'none');
  return { status: known, text: known === 'completed' ? plain : null };
}

/** A Twilio-shaped transcription status (the list's `status`, a callback's `TranscriptionStatus`), in the contract's words. */
export const twilioTranscriptStatus = (status: string): TranscriptStatus => TWILIO_STATUSES.get(status) ?? 'pending';

/**
 * One recording's transcript from the transcriptions Twilio lists for it: a completed one wins (a failed retry
 * does not hide it), else the newest. A status Twilio may add later reads as still under way.
 */
export function twilioTranscript(transcriptions: Transcription[]): Transcript {
  const done = transcriptions.find((row) => row.status === 'completed');
  const newest =
    done ?? [...transcriptions].sort((a, b) => (b.date_created ?? '').localeCompare(a.date_created ?? ''))[0];
  if (!newest) return NO_TRANSCRIPT;
  const status = twilioTranscriptStatus(newest.status);
  return { status, text: status === 'completed' ? plainTranscript(newest.transcription_text) : null };
}

/** The account's transcriptions by recording SID, so one list answers a whole poll's voicemails. */
export function transcriptsByRecording(transcriptions: Transcription[]): Map<string, Transcript> {
  const rows = new Map<string, Transcription[]>();
  for (const row of transcriptions) rows.set(row.recording_sid, [...(rows.get(row.recording_sid) ?? []), row]);
  return new Map([...rows].map(([recordingSid, list]) => [recordingSid, twilioTranscript(list)]));
}
