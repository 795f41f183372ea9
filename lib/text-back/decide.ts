import type { ConsentEvidence } from '../consent/evidence';
import type { Message } from '../twilio/resources';
import { accountCountryCheck, alreadySent, historyChecks, type Skip } from './checks';
import { fromNumberProblem } from './from-number';
import type { RequestWithHistory } from './history';

/** What a run should do, decided from facts alone; the pipeline carries it out. */
export type Decision =
  /** The step cannot run as set up (a dry run's From number cannot text): the owner's problem, in their words. */
  | { action: 'refuse'; problem: string }
  | { action: 'skip'; skip: Skip; evidence: ConsentEvidence | null }
  | { action: 'replay'; message: Message; evidence: ConsentEvidence | null }
  | { action: 'dry_run'; evidence: ConsentEvidence | null }
  | { action: 'send'; evidence: ConsentEvidence | null };

/**
 * Step 3 of Send Text-Back, pure: a dry run first says what is wrong with its From number (Twilio would only say
 * so at the first real send); a replay of a call that already got its text returns that text whatever the
 * settings say; then the country check that waited for the account's numbers; then the record checks in the
 * contract's order. Dry runs are never replays: they report what a real run would do.
 */
export function decide(request: RequestWithHistory): Decision {
  const { settings, evidence } = request;
  if (settings.dryRun && !settings.messagingServiceSid) {
    const problem = fromNumberProblem(request.fromPhone?.e164, request.history.accountNumbers);
    if (problem) return { action: 'refuse', problem };
  }
  const earlier = settings.dryRun ? null : alreadySent(request);
  if (earlier) return { action: 'replay', message: earlier, evidence };
  const wrongCountry = accountCountryCheck(request);
  if (wrongCountry) return { action: 'skip', skip: wrongCountry, evidence: null };
  const skip = historyChecks(request);
  if (skip) return { action: 'skip', skip, evidence };
  return { action: settings.dryRun ? 'dry_run' : 'send', evidence };
}
