import type { Bundle } from 'zapier-platform-core';

/** The Zap's time zone; `createAppTester` and some callers leave `bundle.meta` out. */
export function zapTimeZone(bundle: Bundle): string | undefined {
  const meta = (bundle as { meta?: { timezone?: unknown } }).meta;
  return typeof meta?.timezone === 'string' ? meta.timezone : undefined;
}

/** True while the Zap editor loads sample items (then a few real items are enough). */
export function isLoadingSample(bundle: Bundle): boolean {
  return Boolean((bundle as { meta?: { isLoadingSample?: unknown } }).meta?.isLoadingSample);
}
