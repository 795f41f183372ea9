import { createAppTester } from 'zapier-platform-core';
import App from '../../index';
import type { Sandbox } from '../../sandbox/server';
import { connectionTest, type Perform, perform } from '../app-operations';
import type { ReplayClock } from '../replay-clock';
import type { DayPlan } from './day-plan';
import type { ZapRun } from './zap-run';

export type Item = Record<string, unknown>;
export type { Perform };

const appTester = createAppTester(App);

export const op = {
  auth: connectionTest(),
  numbers: perform('triggers', 'phone_number'),
  missed: perform('triggers', 'missed_call'),
  subscribe: perform('triggers', 'missed_call_instant', 'performSubscribe'),
  unsubscribe: perform('triggers', 'missed_call_instant', 'performUnsubscribe'),
  instant: perform('triggers', 'missed_call_instant'),
  webhook: perform('triggers', 'missed_call_webhook'),
  reply: perform('triggers', 'text_reply'),
  send: perform('creates', 'send_text_back'),
  alert: perform('creates', 'send_team_alert'),
  notReturned: perform('triggers', 'missed_call_unreturned'),
  consent: perform('searches', 'find_consent'),
  report: perform('searches', 'find_recovery_report'),
};

/** What the sections found, so later sections (and the test) count the same things the same way. */
export interface JobCounts {
  missedCalls: number;
  instantCalls: number;
  textsSent: number;
  alreadyTexted: number;
  notTexted: number;
  notTextedByReason: Record<string, number>;
  reportMissedCalls: number;
  reportTextBacks: number;
  /** Missed calls the team was alerted about (Alert Team by Text). */
  alertedCalls: number;
  /** Alert texts sent (one per call per team phone). */
  alertTexts: number;
  notReturnedCallers: number;
  /** The recovery report's medians, as it printed them. */
  medianSecondsToTextBack: number | null;
  medianMinutesToCallback: number | null;
}

/** What the replayed day did, for the sections that report on it. */
export interface DayLog {
  zaps: ZapRun[];
  /** Each status callback the Zaps received, to replay one as Zapier's replay would. */
  hookRequests: Array<{ subscribeData: Item; rawRequest: Item }>;
  notReturned: Array<{ item: Item; at: Date }>;
}

export interface JobContext {
  sandbox: Sandbox;
  /** The one clock the app and the sandbox read during the replay. */
  clock: ReplayClock;
  plan: DayPlan;
  day: DayLog;
  zone: string;
  businessName: string;
  businessHours: string;
  print(line?: string): void;
  /** Runs an operation the way Zapier would; the app's own log lines are kept out of the report. */
  run(perform: Perform, bundle?: Item): Promise<unknown>;
  counts: JobCounts;
  missed: Item[];
  /** What each missed call's caller was texted, by the item's id: the team alert quotes it. */
  textBackBodies: Map<unknown, string>;
}

/** One part of the report; the main job is a list of these, run in order and numbered by the list. */
export interface Section {
  title: string;
  run(context: JobContext): Promise<void>;
}

export function createContext(
  sandbox: Sandbox,
  replay: { clock: ReplayClock; plan: DayPlan },
  print: (line?: string) => void,
  zone: string,
): JobContext {
  return {
    sandbox,
    ...replay,
    day: { zaps: [], hookRequests: [], notReturned: [] },
    zone,
    businessName: sandbox.scenario.accountFriendlyName,
    businessHours: 'Mon-Fri 07:00-18:00, Sat 08:00-12:00',
    print,
    run: (perform, bundle = {}) =>
      quietly(() =>
        appTester(perform, {
          authData: sandbox.authData(),
          inputData: {},
          meta: { timezone: zone },
          ...bundle,
        } as never),
      ),
    counts: {
      missedCalls: 0,
      instantCalls: 0,
      textsSent: 0,
      alreadyTexted: 0,
      notTexted: 0,
      notTextedByReason: {},
      reportMissedCalls: 0,
      reportTextBacks: 0,
      alertedCalls: 0,
      alertTexts: 0,
      notReturnedCallers: 0,
      medianSecondsToTextBack: null,
      medianMinutesToCallback: null,
    },
    missed: [],
    textBackBodies: new Map(),
  };
}

/** z.console writes to the process console; an owner's report is not the place for the app's log lines. */
async function quietly<T>(work: () => Promise<T>): Promise<T> {
  const { log, info, warn } = console;
  console.log = console.info = console.warn = () => undefined;
  try {
    return await work();
  } finally {
    Object.assign(console, { log, info, warn });
  }
}
