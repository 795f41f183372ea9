import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FaultSpec } from '../../sandbox/faults';
import type { TwilioAnswer } from './answering-proxy';
import type { Signing } from './webhook-signers';

/**
 * The bad-input corpus (test/fixtures/bad-input.json): each case is an input to one real operation and the outcome
 * it must have. Values may be macros (see corpus-macros.ts).
 */

export type Operation =
  | 'send_text_back'
  | 'find_consent'
  | 'missed_call'
  | 'text_reply'
  | 'missed_call_webhook'
  | 'missed_call_instant'
  | 'find_recovery_report'
  | 'auth';

export interface Case {
  name: string;
  operation: Operation;
  input: Record<string, unknown>;
  expect: 'error' | 'skip' | 'empty' | 'ok';
  skip_reason?: string;
  /** A regex the owner's message must match (the error's, or a skip's halt sentence). */
  message?: string;
  /** A known defect: the case states the correct outcome and is skipped until the code is fixed. */
  bug?: string;
  /** A caller (E.164) with a missed call 3 minutes ago; Send Text-Back maps its Call SID into `call_id`. */
  caller?: string;
  step?: 'subscribe';
  body?: unknown;
  headers?: Record<string, string>;
  sign?: Signing;
  twilio?: FaultSpec | TwilioAnswer;
  /** Run the step this many times (a retry or a redelivery); the expectation is about the last run. */
  runs?: number;
  result?: Record<string, unknown>;
  error_type?: string;
  /** The ThrottledError's delay in seconds. */
  delay?: number;
  /** Texts the case may send; default: one for a sent text, none otherwise. */
  texts?: number;
}

export const corpus = JSON.parse(readFileSync(join(__dirname, '..', 'fixtures', 'bad-input.json'), 'utf8')) as Case[];
export const OPERATIONS: Operation[] = [
  'send_text_back',
  'find_consent',
  'missed_call',
  'text_reply',
  'missed_call_webhook',
  'missed_call_instant',
  'find_recovery_report',
  'auth',
];
/** The Zap the corpus's triggers deliver to. */
export const ZAP_URL = 'https://hooks.zapier.com/hooks/standard/424242/badinput/';

/** A case's test name: its operation and its own name (unique across the corpus). */
export const label = (entry: Case) => `${entry.operation}: ${entry.name}`;
