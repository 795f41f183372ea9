import { displayNumber } from '../../lib/phone/parse';
import { table } from '../report-format';
import { type Item, type JobContext, op, type Section } from './context';
import type { DayEvent } from './day-plan';
import { hookReceiver } from './hook-receiver';
import { callerWords, clockTime, duration, missedReasonWords, skipWords } from './words';
import { runRecipeOne, runSteps, type ZapRun } from './zap-run';

/** Zapier polls a polling trigger every 1 to 15 minutes by plan; the replay polls every 5. */
const POLL_MINUTES = 5;
export const WAIT_MINUTES = 15;
/** How long after Twilio's status callback the Zap's steps run. */
const ZAP_SECONDS = 5;

const later = (date: Date, seconds: number) => new Date(date.getTime() + seconds * 1000);
type Rows = string[][];

/** The text-back and the alert of one Zap run, in the timeline's words. */
function zapWords(zap: ZapRun, endedAt: Date): string {
  const { textBack, alert } = zap;
  const withheld = textBack.skip_reason === 'not_textable' && zap.item.caller_id_withheld;
  const text =
    textBack.status === 'sent'
      ? `TEXTED ${duration((Date.parse(String(textBack.sent_at)) - endedAt.getTime()) / 1000)} after the call ended: "${textBack.body}"`
      : `not texted: ${withheld ? 'Caller ID withheld, so it cannot be texted' : skipWords(textBack.skip_reason)}`;
  const phones = String(alert?.sent_to ?? '')
    .split(', ')
    .filter(Boolean).length;
  return alert ? `${text}; team alerted (${phones} phones)` : `${text}; no team alert (no number to call back)`;
}

/** Zapier shows an operation's error message; the app's errors carry it as JSON. */
function ownerWords(error: unknown): string {
  // Outside test mode core appends the run's console logs to an error's message.
  const text = (error instanceof Error ? error.message : String(error)).split('\n\nConsole logs:')[0];
  try {
    return String((JSON.parse(text) as { message?: unknown }).message ?? text);
  } catch {
    return text;
  }
}

/** Recipe 1 with the instant trigger on every business number that allows it (one Zap per line). */
async function subscribeLines(context: JobContext, hookUrl: string) {
  const instant = new Map<string, Item>();
  const polled: string[] = [];
  for (const number of context.sandbox.state.numbers) {
    const inputData = { business_number: number.phoneNumber };
    try {
      instant.set(number.phoneNumber, (await context.run(op.subscribe, { inputData, targetUrl: hookUrl })) as Item);
    } catch (error) {
      polled.push(number.phoneNumber);
      context.print(`${number.friendlyName} ${displayNumber(number.phoneNumber)}: ${ownerWords(error)}`);
    }
  }
  return { instant, polled };
}

/** The polling Zaps: recipe 1 with New Missed Call on the lines the instant trigger refused, and recipe 7's trigger. */
function pollers(context: JobContext, polledLines: string[], rows: Rows) {
  const { zone, day, run } = context;
  const seen = new Set<unknown>();
  const fresh = (items: Item[]) => items.filter((item) => !seen.has(item.id) && seen.add(item.id));
  const missedOn = async (line: string) =>
    (await run(op.missed, { inputData: { business_number: line, business_hours: context.businessHours } })) as Item[];
  const unreturned = async () =>
    (await run(op.notReturned, { inputData: { wait_minutes: String(WAIT_MINUTES) } })) as Item[];
  return {
    /** Zapier's first poll when a Zap is turned on: what is already there is not acted on. */
    async baseline() {
      for (const line of polledLines) fresh(await missedOn(line));
      fresh(await unreturned());
    },
    async poll(tick: Poll) {
      const at = new Date(tick.at);
      const when = clockTime(at.toISOString(), zone);
      for (const line of tick.lines ? polledLines : [])
        for (const item of fresh(await missedOn(line))) {
          const zap = await runSteps(context, item, null);
          day.zaps.push(zap);
          const ended = Date.parse(String(item.called_at)) + Number(item.duration_seconds ?? 0) * 1000;
          rows.push([
            when,
            callerWords(item),
            `missed: ${missedReasonWords(item.missed_reason)} (polled)`,
            zapWords(zap, new Date(ended)),
          ]);
        }
      for (const item of tick.unreturned ? fresh(await unreturned()) : []) {
        day.notReturned.push({ item, at });
        rows.push([
          when,
          callerWords(item),
          `nobody has called back ${WAIT_MINUTES} min on`,
          'New Missed Call Not Returned fires',
        ]);
      }
    },
  };
}

/**
 * The polls on Zapier's 5-minute grid that can find something new: the first after a call ends on a polled line,
 * and the first after any call's wait for a callback is over. The polls between them would find nothing new, so
 * they are skipped to keep the run short (each run of an operation costs tens of milliseconds).
 */
function pollTimes({ plan }: JobContext, polledLines: string[]): Poll[] {
  const grid = POLL_MINUTES * 60000;
  const tick = (at: number) => plan.dayStart.getTime() + Math.ceil((at - plan.dayStart.getTime()) / grid) * grid;
  const polls = new Map<number, Poll>();
  const add = (at: number, kind: 'lines' | 'unreturned') => {
    const poll = polls.get(at) ?? { at, lines: false, unreturned: false };
    poll[kind] = true;
    polls.set(at, poll);
  };
  for (const event of plan.events) {
    if (event.kind !== 'call' || !event.ended) continue;
    if (polledLines.includes(event.call.to)) add(tick(event.at.getTime()), 'lines');
    add(tick(event.at.getTime() + WAIT_MINUTES * 60000), 'unreturned');
  }
  return [...polls.values()]
    .filter((poll) => poll.at <= plan.dayStart.getTime() + 24 * 3600000)
    .sort((a, b) => a.at - b.at);
}

interface Poll {
  at: number;
  /** New Missed Call on the lines the instant trigger refused. */
  lines: boolean;
  /** New Missed Call Not Returned. */
  unreturned: boolean;
}

/**
 * The sandbox's last 24 hours replayed on one clock: each call is logged when it ends, Twilio posts its status
 * callback to the Zap's hook, and recipe 1 runs seconds later; customers' texts arrive at their times; the polling
 * triggers are polled every few minutes as Zapier polls them.
 */
export const dayReplaySection: Section = {
  title: "The day, replayed on the sandbox's clock (recipe 1 on every line, recipe 7's trigger polled)",
  async run(context) {
    const { sandbox, clock, plan, print, day } = context;
    const receiver = await hookReceiver();
    const rows: Rows = [];
    try {
      const lines = await subscribeLines(context, receiver.url);
      print(
        `New Missed Call (Instant) on ${lines.instant.size} numbers; New Missed Call (polled) on ${lines.polled.length}.`,
      );
      const polling = pollers(context, lines.polled, rows);
      await polling.baseline();
      const ticks = pollTimes(context, lines.polled);
      for (const event of [...plan.events, null]) {
        const until = event?.at ?? sandbox.now;
        while (ticks.length && ticks[0].at <= until.getTime()) {
          const tick = ticks.shift() as Poll;
          clock.moveTo(new Date(tick.at));
          await polling.poll(tick);
        }
        clock.moveTo(until);
        if (event) await replayEvent(context, event, lines.instant, receiver, rows);
      }
      for (const subscribeData of lines.instant.values()) await context.run(op.unsubscribe, { subscribeData });
    } finally {
      receiver.close();
    }
    print(table([['When', 'Caller', 'What happened', 'What the Zap did'], ...rows]));
    const texted = day.zaps.filter((zap) => zap.textBack.status === 'sent').length;
    print(
      `\n${day.zaps.length} missed calls reached the Zaps; ${texted} text-backs sent; ${day.notReturned.length} callers in New Missed Call Not Returned.`,
    );
  },
};

async function replayEvent(
  context: JobContext,
  event: DayEvent,
  instant: Map<string, Item>,
  receiver: Awaited<ReturnType<typeof hookReceiver>>,
  rows: Rows,
): Promise<void> {
  const { sandbox, clock, zone, day } = context;
  const when = clockTime(event.at.toISOString(), zone);
  if (event.kind === 'text') {
    sandbox.addInboundMessage({ from: event.message.from, to: event.message.to, body: event.message.body });
    rows.push([when, displayNumber(event.message.from), `texted "${event.message.body}"`, 'New Text Reply sees it']);
    return;
  }
  const { call } = event;
  const added = sandbox.addCall({ ...call, key: `${sandbox.scenario.name}:${call.key}`, at: event.start });
  const subscribeData = instant.get(call.to);
  if (!event.ended || (call.direction ?? 'inbound') !== 'inbound' || !subscribeData) return;
  const arrived = receiver.next();
  await sandbox.deliverStatusCallback(added.call.sid);
  const rawRequest = await arrived;
  clock.moveTo(later(event.at, ZAP_SECONDS));
  const zaps = await runRecipeOne(context, subscribeData, rawRequest);
  day.hookRequests.push({ subscribeData, rawRequest });
  const caller = call.withheld ? 'Caller ID withheld' : displayNumber(call.from);
  if (zaps.length === 0)
    rows.push([
      when,
      caller,
      call.situation,
      call.withheld ? 'no item: the trigger leaves out withheld callers' : 'not a missed call: nothing sent',
    ]);
  for (const zap of zaps) {
    day.zaps.push(zap);
    rows.push([
      when,
      callerWords(zap.item),
      `missed: ${missedReasonWords(zap.item.missed_reason)}`,
      zapWords(zap, event.at),
    ]);
  }
}
