/**
 * The main job: the real app definitions, run against the local Twilio sandbox, replaying a plumbing business's
 * last 24 hours on one simulated clock (the app's and the sandbox's), from missed call to text-back seconds later,
 * team alert, reply, not-returned caller and recovery report, printed as a report an owner reads. The report is a
 * list of sections; a new section is a new file and one line in SECTIONS.
 */
import './quiet-core';
import { rapidRooterScenario } from '../sandbox/scenario';
import { startSandbox } from '../sandbox/server';
import { callsSection } from './main-job/calls';
import { connectionSection } from './main-job/connection';
import { createContext, type JobCounts, type Section } from './main-job/context';
import { planDay } from './main-job/day-plan';
import { dayReplaySection } from './main-job/day-replay';
import { notReturnedSection } from './main-job/not-returned';
import { otherPhoneSystemSection } from './main-job/other-phone-system';
import { readinessSection } from './main-job/readiness';
import { recoverySection } from './main-job/recovery';
import { consentSection, repliesSection } from './main-job/replies';
import { searchPathSection } from './main-job/search-path';
import { teamAlertsSection } from './main-job/team-alerts';
import { textBacksSection } from './main-job/text-backs';
import { undeliveredSection } from './main-job/undelivered';
import { zapReplaySection } from './main-job/zap-replay';
import { installReplayClock } from './replay-clock';
import { heading } from './report-format';

const ZONE = 'America/Chicago';

export const SECTIONS: readonly Section[] = [
  connectionSection,
  dayReplaySection,
  callsSection,
  textBacksSection,
  teamAlertsSection,
  zapReplaySection,
  repliesSection,
  notReturnedSection,
  consentSection,
  otherPhoneSystemSection,
  searchPathSection,
  recoverySection,
  undeliveredSection,
  readinessSection,
];

export interface MainJobOptions {
  /** The Zap's time zone (the business is in Austin); tests pick others to see day and night. */
  zone?: string;
  sections?: readonly Section[];
  /** The end of the replayed day (default: now); tests fix it to see a weekday's hours whenever CI runs. */
  dayEnd?: Date;
}

/** Runs every section on a fresh sandbox; `print` receives the report line by line. */
export async function runMainJob(
  print: (line?: string) => void,
  { zone = ZONE, sections = SECTIONS, dayEnd = new Date() }: MainJobOptions = {},
): Promise<JobCounts> {
  const plan = planDay(rapidRooterScenario, dayEnd);
  // The sandbox starts at the day's end, seeded with the log before the day; the clock then goes back to the
  // day's start, and the sandbox's clock (which runs on Date.now()) goes with it.
  const clock = installReplayClock(dayEnd);
  let sandbox: Awaited<ReturnType<typeof startSandbox>> | null = null;
  try {
    sandbox = await startSandbox({ scenario: plan.before, now: dayEnd });
    clock.restore();
    const day = installReplayClock(plan.dayStart);
    try {
      return await runSections(createContext(sandbox, { clock: day, plan }, print, zone), sections);
    } finally {
      day.restore();
    }
  } finally {
    clock.restore();
    await sandbox?.stop();
  }
}

async function runSections(context: ReturnType<typeof createContext>, sections: readonly Section[]) {
  const { sandbox, print, zone } = context;
  print(
    `Missed-Call Text-Back: the main job on the local Twilio sandbox (${sandbox.scenario.accountFriendlyName}'s last 24 hours, replayed; times in ${zone})`,
  );
  for (const [index, section] of sections.entries()) {
    print(heading(`${index + 1}. ${section.title}`));
    await section.run(context);
  }
  print(`\nDone: ${sandbox.requests.length} requests to the sandbox.`);
  return context.counts;
}

/** `--day-end=2026-12-08T18:30:00-06:00` replays the day that ended then (default: the day that ends now). */
function dayEndArgument(args: readonly string[]): Date | undefined {
  const value = args.find((arg) => arg.startsWith('--day-end='))?.slice('--day-end='.length);
  if (value === undefined) return undefined;
  const at = new Date(value);
  if (Number.isNaN(at.getTime()))
    throw new Error(`--day-end must be a date and time, e.g. 2026-12-08T18:30:00-06:00 (got "${value}")`);
  return at;
}

if (require.main === module) {
  Promise.resolve()
    .then(() => runMainJob((line = '') => process.stdout.write(`${line}\n`), { dayEnd: dayEndArgument(process.argv) }))
    .catch((error: unknown) => {
      process.stderr.write(`The main job stopped: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 1;
    });
}
