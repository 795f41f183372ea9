/**
 * `npm run bench`: the app's performance goals as one table (what, measured, goal, PASS/FAIL) and a summary line.
 * It is a report: the exit code is 0 whether goals pass or fail.
 */
import { join } from 'node:path';
import { measureColdStart, profileAppImport } from './bench-cold-start';
import { textsPerConcurrentRuns } from './bench-concurrency';
import { GOALS, importMeetsGoal, type PollMeasurement, pollMeetsGoal } from './bench-goals';
import { historyRows } from './bench-history';
import type { GroupLoad } from './bench-load-profile';
import { measurePoll, measureTextBack } from './bench-sandbox';
import { bytes, count, ms, plural } from './bench-stats';
import { undeliveredPollRows } from './bench-undelivered';
import { zipSize } from './bench-zip';
import { table } from './report-format';

const ROOT = join(__dirname, '..', '..');
const CORE = require.resolve('zapier-platform-core', { paths: [ROOT] });
const APP = join(ROOT, 'dist', 'index.js');
const POLL_SIZES = [10, 100, 1000];
const RACE_SIZES = [2, 8, 32];

interface Row {
  what: string;
  measured: string;
  goal: string;
  pass: boolean;
}

/** A measurement that could not be taken is a failed row, not a crashed report. */
async function attempt(what: string, goal: string, measure: () => Promise<Row[]> | Row[]): Promise<Row[]> {
  try {
    return await measure();
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return [{ what, measured: `not measured: ${reason}`, goal, pass: false }];
  }
}

interface RowGroup {
  what: string;
  goal: string;
  measure(notes: string[]): Promise<Row[]> | Row[];
}

const importGoal = `ratio < ${GOALS.maxImportRatio}`;
/** The cold-start ratio; when it fails, what loads on top of core. */
const coldStart: RowGroup = {
  what: 'Cold-start import',
  goal: importGoal,
  measure(notes) {
    const result = measureColdStart(CORE, APP, GOALS.maxImportRatio);
    const pass = importMeetsGoal(result.ratio);
    notes.push(
      `Cold start: CPU time of the main thread; on the wall clock the ratio was ${result.wallRatio.toFixed(2)}.`,
    );
    if (!pass) {
      const profile = profileAppImport(CORE, APP, ROOT);
      const line = (name: string, { ms: time, files }: GroupLoad) =>
        `  ${name.padEnd(40)} ${plural(files, 'file').padStart(9)}  ${ms(time)}`;
      notes.push(
        "Cold start: what loads on top of core (each file's compile + top-level run, median of 5 processes):",
        line('app files, all', profile.app),
        line('dependencies, all', profile.dependencies),
        'Heaviest of them:',
        ...profile.heaviest.map(({ group, ...load }) => line(group, load)),
      );
    }
    const { median, low, high, samples } = result.ratio;
    const tooClose = !pass && low < GOALS.maxImportRatio ? ': too close to call' : '';
    return [
      {
        what: `Cold-start import, app vs core (median of ${samples} process pairs)`,
        measured:
          `core ${ms(result.coreMs)}, app ${ms(result.appMs)} CPU: ratio ${median.toFixed(2)}` +
          ` (95% within ${low.toFixed(2)}-${high.toFixed(2)}${tooClose})`,
        goal: importGoal,
        pass,
      },
    ];
  },
};

const pollGoal = `pages of ${count(GOALS.minCallsPerPage)} calls; other requests constant`;
/** Requests per poll of a polling trigger at each size: one more request per page of calls, never per call. */
function pollRows(label: string, trigger: Parameters<typeof measurePoll>[1], sizes: number[]): RowGroup {
  return {
    what: `${label} poll`,
    goal: pollGoal,
    async measure() {
      const measured: PollMeasurement[] = [];
      for (const size of sizes) measured.push(await measurePoll(size, trigger));
      return measured.map((poll) => ({
        what: `${label} poll, ${plural(poll.missedCalls, 'missed call')}`,
        measured:
          `${plural(poll.requests, 'request')} (${plural(poll.callPages, 'page')} of <= ${count(poll.callsPerPage)} for ` +
          `${count(poll.callsInWindow)} calls + ${poll.requests - poll.callPages} other), ${ms(poll.msPerPoll)}/poll` +
          (poll.items === poll.missedCalls ? '' : `; only ${count(poll.items)} items`),
        goal: pollGoal,
        pass: pollMeetsGoal(poll, measured[0]),
      }));
    },
  };
}

const missedCallPolls = pollRows('New Missed Call', 'missed_call', POLL_SIZES);
/** The messages join the calls in this poll: still one request per page. */
const unreturnedPolls = pollRows('New Missed Call Not Returned', 'missed_call_unreturned', [10, 1000]);

const tripsGoal = `${GOALS.textBackRoundTrips} round trips (checks, send)`;
/** Requests and round trips of one Send Text-Back with every check. */
const textBackTrips: RowGroup = {
  what: 'Send Text-Back',
  goal: tripsGoal,
  async measure() {
    const result = await measureTextBack();
    return [
      {
        what: `Send Text-Back, all checks incl. Lookup (round trips: median of ${result.delayedRuns} runs)`,
        measured:
          `${plural(result.requests, 'request')} (${result.checks} checks, then send), ${ms(result.msPerTextBack)}; ` +
          `${result.roundTrips} round trips (${ms(result.delayedMs)} at +${ms(result.delayMs)}/request)` +
          (result.sent ? '' : '; NOT SENT, a shorter path'),
        goal: tripsGoal,
        pass: result.sent && result.sendLast && result.roundTrips === GOALS.textBackRoundTrips,
      },
    ];
  },
};

const raceGoal = `${GOALS.textsPerMissedCall} text`;
/** Texts sent when runs race for one missed call. */
const races: RowGroup = {
  what: 'Texts per concurrent runs',
  goal: raceGoal,
  async measure() {
    const rows: Row[] = [];
    for (const runs of RACE_SIZES) {
      const texts = await textsPerConcurrentRuns(runs);
      rows.push({
        what: `Texts per ${runs} concurrent runs for one call`,
        measured: plural(texts, 'text'),
        goal: raceGoal,
        pass: texts === GOALS.textsPerMissedCall,
      });
    }
    return rows;
  },
};

const zipGoal = `< ${count(GOALS.maxZipBytes)} bytes`;
/** The size of build/build.zip, rebuilt when older than the app. */
const zip: RowGroup = {
  what: 'build/build.zip size',
  goal: zipGoal,
  measure(notes) {
    const result = zipSize(ROOT);
    if (result.rebuilt)
      notes.push('build/build.zip was missing or older than the app: rebuilt with scripts/build-zip.sh.');
    return [
      {
        what: 'build/build.zip size',
        measured: bytes(result.bytes),
        goal: zipGoal,
        pass: result.bytes < GOALS.maxZipBytes,
      },
    ];
  },
};

const textBackHistory: RowGroup = {
  what: 'Requests per text-back with other calls in the window',
  goal: 'the same at every size',
  measure: historyRows,
};

const undelivered: RowGroup = {
  what: 'New Undelivered Text-Back poll',
  goal: 'pages only',
  measure: undeliveredPollRows,
};

const GROUPS = [coldStart, missedCallPolls, unreturnedPolls, textBackTrips, textBackHistory, races, undelivered, zip];

async function main(): Promise<void> {
  const started = performance.now();
  const notes: string[] = [];
  const rows: Row[] = [];
  for (const group of GROUPS) rows.push(...(await attempt(group.what, group.goal, () => group.measure(notes))));
  console.log(
    table([
      ['#', 'What', 'Measured', 'Goal', 'Result'],
      ...rows.map((row, index) => [String(index + 1), row.what, row.measured, row.goal, row.pass ? 'PASS' : 'FAIL']),
    ]),
  );
  if (notes.length) console.log(`\n${notes.join('\n')}`);
  const failed = rows.filter((row) => !row.pass);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `\nSummary: ${rows.length - failed.length} of ${rows.length} goals met` +
      `${failed.length ? `; FAIL: ${failed.map((row) => row.what.split(',')[0]).join('; ')}` : ''} (${seconds} s).`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
