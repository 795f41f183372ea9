/**
 * The main job: the real app definitions, run against the local Twilio sandbox seeded with a plumbing
 * business's day, from missed call to text-back, reply, consent and recovery report, printed as a report an
 * owner reads. The report is a list of sections; a new section is a new file and one line in SECTIONS.
 */
import './quiet-core';
import { startSandbox } from '../sandbox/server';
import { callsSection } from './main-job/calls';
import { connectionSection } from './main-job/connection';
import { createContext, type JobCounts, type Section } from './main-job/context';
import { instantSection } from './main-job/instant';
import { notReturnedSection } from './main-job/not-returned';
import { otherPhoneSystemSection } from './main-job/other-phone-system';
import { readinessSection } from './main-job/readiness';
import { recoverySection } from './main-job/recovery';
import { consentSection, repliesSection } from './main-job/replies';
import { searchPathSection } from './main-job/search-path';
import { teamAlertsSection } from './main-job/team-alerts';
import { textBacksSection } from './main-job/text-backs';
import { undeliveredSection } from './main-job/undelivered';
import { heading } from './report-format';

const ZONE = 'America/Chicago';

export const SECTIONS: readonly Section[] = [
  connectionSection,
  callsSection,
  instantSection,
  textBacksSection,
  teamAlertsSection,
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
}

/** Runs every section on a fresh sandbox; `print` receives the report line by line. */
export async function runMainJob(
  print: (line?: string) => void,
  { zone = ZONE, sections = SECTIONS }: MainJobOptions = {},
): Promise<JobCounts> {
  const sandbox = await startSandbox();
  const context = createContext(sandbox, print, zone);
  print(
    `Missed-Call Text-Back: the main job on the local Twilio sandbox (${sandbox.scenario.accountFriendlyName}'s day, times in ${zone})`,
  );
  try {
    for (const [index, section] of sections.entries()) {
      print(heading(`${index + 1}. ${section.title}`));
      await section.run(context);
    }
    print(`\nDone: ${sandbox.requests.length} requests to the sandbox.`);
    return context.counts;
  } finally {
    await sandbox.stop();
  }
}

if (require.main === module) {
  runMainJob((line = '') => process.stdout.write(`${line}\n`)).catch((error: unknown) => {
    process.stderr.write(`The main job stopped: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  });
}
