import type { AlertFacts } from '../../../lib/team-alert/alert-text';

/** A missed call with a voicemail, as the team alert's tests start from; each test states only what it varies. */
export const alertFacts = (extra: Partial<AlertFacts> = {}): AlertFacts => ({
  callerName: 'Dana Cruz',
  callerNumber: '(303) 555-0100',
  when: 'Sun, Dec 6, 3:02 PM',
  missedReason: 'voicemail',
  callbackLink: 'tel:+13035550100',
  ...extra,
});
