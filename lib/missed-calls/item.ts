import { greetingName } from '../callers/greeting-name';
import { callerIdentity, isWithheldWord } from '../phone/parse';
import { toIso } from '../time/dates';
import { type TranscriptStatus, voicemailTranscript } from './transcript';

/** Why a call counts as missed; the contract's `missed_reason` values. */
export const MISSED_REASONS = ['no_answer', 'busy', 'hung_up', 'voicemail', 'rejected', 'failed', 'unknown'] as const;
export type MissedReason = (typeof MISSED_REASONS)[number];

/**
 * `twilio` or another phone system: a key of the provider registry (`lib/providers/registry.ts`). The registry
 * sits a floor above this item (its rows build items), so the item takes the key as a string and the providers
 * narrow it to `ProviderKey`.
 */
export type Provider = string;

/** One missed call: the output shape shared by every missed-call trigger. */
export interface MissedCall {
  id: string;
  call_id: string;
  provider: Provider;
  caller_number: string | null;
  caller_number_national: string | null;
  caller_country: string | null;
  caller_name: string | null;
  /** The name a text greets (contract: Greeting names); null when the caller ID is not a person's name. */
  caller_first_name: string | null;
  caller_id_withheld: boolean;
  business_number: string | null;
  missed_reason: MissedReason;
  voicemail: boolean;
  voicemail_url: string | null;
  /** The voicemail's words once transcribed (clipped, NFKC); null otherwise. */
  voicemail_transcript: string | null;
  voicemail_transcript_status: TranscriptStatus;
  /** `tel:` and the caller's E.164 number, for a one-tap callback; null when the caller ID is withheld. */
  callback_link: string | null;
  called_at: string;
  duration_seconds: number | null;
  after_hours: boolean | null;
}

/**
 * What a provider (or Twilio) tells us about a missed call, before it is put in the shared shape: camelCase like
 * every record inside the core; `missedCall` makes the contract's snake_case keys.
 */
export interface MissedCallFacts {
  id: string;
  callId: string;
  provider: Provider;
  caller: unknown;
  callerName?: unknown;
  businessNumber: string | null;
  missedReason: MissedReason;
  voicemailUrl?: string | null;
  /** True when the message sits on a forwarded phone, so there is no recording URL. */
  voicemail?: boolean;
  /** The voicemail's transcript as the source gave it; counted only once its status is completed. */
  transcript?: unknown;
  /** Absent: `completed` when a transcript is given, else `none`. */
  transcriptStatus?: TranscriptStatus;
  calledAt: unknown;
  durationSeconds?: unknown;
  /** Zone for zone-less timestamps. */
  timeZone?: string;
  /** Country used to read caller numbers that lack a country code (the business number's). */
  defaultCountry?: string;
}

function wholeSeconds(value: unknown): number | null {
  if (value === null || value === undefined || value === '') return null;
  const n = Number(value);
  return Number.isFinite(n) && n >= 0 ? Math.round(n) : null;
}

function nameOrNull(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const name = value.trim();
  // Carriers put the number itself, or words like "WIRELESS CALLER", where they have no name.
  return !name || /^[+\d\s().-]+$/.test(name) || isWithheldWord(name) ? null : name;
}

/** Builds the contract's missed-call item; `after_hours` is filled later by the trigger when hours are set. */
export function missedCall(facts: MissedCallFacts): MissedCall {
  const voicemail = facts.missedReason === 'voicemail' || facts.voicemail === true;
  const callerName = nameOrNull(facts.callerName);
  const caller = callerIdentity(facts.caller, facts.defaultCountry ?? 'US');
  const transcript = voicemailTranscript(voicemail, facts.transcript, facts.transcriptStatus);
  return {
    id: facts.id,
    call_id: facts.callId,
    provider: facts.provider,
    ...caller,
    caller_name: callerName,
    caller_first_name: greetingName(callerName),
    business_number: facts.businessNumber,
    missed_reason: facts.missedReason,
    voicemail,
    voicemail_url: voicemail ? (facts.voicemailUrl ?? null) : null,
    voicemail_transcript: transcript.text,
    voicemail_transcript_status: transcript.status,
    callback_link: caller.caller_number ? `tel:${caller.caller_number}` : null,
    called_at: toIso(facts.calledAt, facts.timeZone) ?? toIso(new Date())!,
    duration_seconds: wholeSeconds(facts.durationSeconds),
    after_hours: null,
  };
}
