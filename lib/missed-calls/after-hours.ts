import { afterHoursFor } from '../time/business-hours';
import type { MissedCall } from './item';
import { resolveTimeZone } from '../time/time-zone';

/** Fills `after_hours` on missed calls when the owner set business hours; null otherwise (contract). */
export function markAfterHours(items: MissedCall[], businessHours: string | undefined, typedZone: string | undefined, zapZone: string | undefined): MissedCall[] {
  if (!businessHours) return items;
  return items.map((item) => {
    const zone = resolveTimeZone(typedZone, zapZone, item.business_number);
    return { ...item, after_hours: afterHoursFor(businessHours, new Date(item.called_at), zone) };
  });
}
