/**
 * Nothing is wrong with the owner's settings, but this run must not go on now (another run is sending the same
 * text). The Zapier shell turns it into a ThrottledError, so Zapier runs the step again later.
 */
export class RetryLaterError extends Error {
  override name = 'RetryLaterError';

  constructor(
    message: string,
    readonly delaySeconds = 60,
  ) {
    super(message);
  }
}
