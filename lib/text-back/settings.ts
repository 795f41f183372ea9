import type { ClaimStore } from '../claims/claims';
import type { TemplateName } from '../sms/templates';

/** Send Text-Back's inputs, read the way Zapier sends them (contract: `send_text_back`). */
export interface TextBackSettings {
  to: string;
  from?: string;
  messagingServiceSid?: string;
  template: TemplateName;
  message?: string;
  businessName: string;
  callbackNumber?: string;
  bookingLink?: string;
  callbackMinutes: number;
  service?: string;
  callerName?: string;
  optOutText?: string;
  requireCallerConsent: boolean;
  consentWindowHours: number;
  callId?: string;
  /** `opted_out_elsewhere` as shown when it says the number opted out; unset or null when it says it did not. */
  optedOutElsewhere?: string | null;
  calledAt?: string;
  cooldownHours: number;
  /** Upper-case ISO codes; undefined means "the From number's country". */
  allowedCountries?: string[];
  skipLandlines: boolean;
  ifSkipped: 'halt' | 'continue';
  dryRun: boolean;
  skipIfConnected: boolean;
  businessHours?: string;
  timeZone?: string;
  afterHoursTemplate: TemplateName;
  afterHoursMessage?: string;
  /** `21:00-08:00` by default; undefined turns quiet hours off. */
  quietHours?: string;
}

/** What a run is given besides the settings (the one context of Send Text-Back). */
export interface TextBackContext {
  now?: Date;
  zapTimeZone?: string;
  /** Zapier's cache, for the claims against duplicate texts; undefined where there is none. */
  claims?: ClaimStore;
  /** One line for the Zap's log. */
  log?: (line: string) => void;
  /** How long a run that lost a claim waits, each time, for the winner's text to show in Twilio's log. */
  loserWaitsMs?: readonly number[];
}
