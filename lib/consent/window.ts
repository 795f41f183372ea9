/** How recent a call must be, by default, to count as consent to text the caller back (contract: `consent_window_hours`). */
export const DEFAULT_CONSENT_WINDOW_HOURS = 72;
