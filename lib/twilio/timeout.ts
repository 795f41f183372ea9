/** How long one request to Twilio may take before the step gives up (Zapier stops a whole step at 30 s). */
export const DEFAULT_TIMEOUT_MS = 20000;

/**
 * The request timeout. `TWILIO_CLIENT_TIMEOUT_MS` may only lower it: tests meet a timeout in a second instead of
 * twenty, and no setting can make a step wait longer than the default.
 */
export function requestTimeoutMs(env: Record<string, string | undefined> = process.env): number {
  const raw = env.TWILIO_CLIENT_TIMEOUT_MS?.trim() ?? '';
  const lowered = /^\d{1,6}$/.test(raw) ? Number(raw) : NaN;
  return lowered > 0 && lowered < DEFAULT_TIMEOUT_MS ? lowered : DEFAULT_TIMEOUT_MS;
}
