import { afterHoursFor } from '../time/business-hours';
import { resolveTimeZone } from '../time/time-zone';

/** What marking needs of an item: any missed-call shape (Twilio's, or another phone system's with an unknown time). */
interface TimedItem {
  business_number: string | null;
  called_at: string | null;
  after_hours: boolean | null;
}

/** Fills `after_hours` on missed calls when the owner set business hours; null otherwise (contract). */
export function markAfterHours<Item extends TimedItem>(
  items: Item[],
  businessHours: string | undefined,
  typedZone: string | undefined,
  zapZone: string | undefined,
): Item[] {
  if (!businessHours) return items;
  return items.map((item) => {
    const zone = resolveTimeZone(typedZone, zapZone, item.business_number);
    // A call whose time the phone system did not give is neither inside nor outside the hours.
    const calledAt = item.called_at ? new Date(item.called_at) : null;
    return { ...item, after_hours: calledAt ? afterHoursFor(businessHours, calledAt, zone) : null };
  });
}
