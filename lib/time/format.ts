/** Dates as a sentence names them, in the owner's zone ("Nov 20", "Nov 20 at 3:05 PM"). */

export function shortDate(iso: string | null | undefined, timeZone: string): string {
  if (!iso) return 'an earlier date';
  return new Intl.DateTimeFormat('en-US', { month: 'short', day: 'numeric', timeZone }).format(new Date(iso));
}

export function dateAndTime(iso: string | null | undefined, timeZone: string): string {
  if (!iso) return 'earlier';
  const date = new Date(iso);
  const time = new Intl.DateTimeFormat('en-US', { hour: 'numeric', minute: '2-digit', timeZone }).format(date);
  return `${shortDate(iso, timeZone)} at ${time}`;
}
