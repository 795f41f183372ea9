import { callsFromCustomer } from '../history/customer-calls';
import { classifyReply } from '../replies/intent';
import { MINUTE_MS } from '../time/dates';
import { type Call, type Message, messageTime } from '../twilio/resources';

const WEEK_MS = 7 * 86400000;

/** 1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st. */
export function ordinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : ({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10];
  return `${n}${suffix ?? 'th'}`;
}

/** "just now", "25 min ago", "3 h ago", "yesterday", "4 days ago". */
export function timeAgo(at: string, now: Date): string {
  const minutes = Math.max(0, Math.floor((now.getTime() - Date.parse(at)) / MINUTE_MS));
  if (minutes < 1) return 'just now';
  if (minutes < 60) return `${minutes} min ago`;
  if (minutes < 1440) return `${Math.floor(minutes / 60)} h ago`;
  const days = Math.floor(minutes / 1440);
  return days === 1 ? 'yesterday' : `${days} days ago`;
}

const quoted = (body: string) => {
  const words = body.replace(/\s+/g, ' ').trim();
  return `"${words.length > 24 ? `${words.slice(0, 21)}...` : words}"`;
};

/**
 * What the team should know before calling back, from the caller's own calls and texts: "3rd call this week;
 * replied "YES" 2 days ago". Null when the log knows nothing of them.
 */
export function callerHistory(calls: Call[], texts: Message[], caller: string, now: Date): string | null {
  const thisWeek = callsFromCustomer(calls, caller).filter((call) => {
    const at = Date.parse(call.start_time!);
    return at <= now.getTime() && at > now.getTime() - WEEK_MS;
  }).length;
  const latestText = texts
    .filter((text) => text.direction === 'inbound' && text.from === caller && messageTime(text) !== '')
    .sort((a, b) => messageTime(b).localeCompare(messageTime(a)))[0];
  const parts = [
    thisWeek > 1 ? `${ordinal(thisWeek)} call this week` : thisWeek === 1 ? 'first call this week' : '',
    latestText
      ? `${classifyReply(latestText.body).isOptOut ? 'opted out with' : 'replied'} ${quoted(latestText.body)} ${timeAgo(messageTime(latestText), now)}`
      : '',
  ].filter(Boolean);
  return parts.length ? `${parts.join('; ')}.` : null;
}
