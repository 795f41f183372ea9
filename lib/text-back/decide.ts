import type { ConsentEvidence } from '../consent/evidence';
import { isoString } from '../time/dates';
import type { Message } from '../twilio/resources';
import { accountCountryCheck, alreadySent, historyChecks, type Skip } from './checks';
import { fromNumberProblem } from './from-number';
import type { RequestWithHistory } from './history';
import type { ResolvedRequest } from './resolve';
import { consentFields, outcome, sentFields, skipped, type TextBackOutcome } from './result';

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

/** How a run ends without a send still to make: each decision but send and refuse, or the text that went out. */
export type Ending =
  | Exclude<Decision, { action: 'send' | 'refuse' }>
  | { action: 'sent'; message: Message; evidence: ConsentEvidence | null };

/** What a run returns for the way it ended (`result.ts` shapes it). A skip before the history has no evidence. */
export function outcomeOf(request: ResolvedRequest | RequestWithHistory, ending: Ending): TextBackOutcome {
  switch (ending.action) {
    case 'skip':
      return skipped(request, ending.skip, ending.evidence);
    case 'replay':
      return outcome(request, 'sent', {
        ...sentFields(ending.message),
        ...consentFields(ending.evidence),
        replayed: true,
      });
    case 'dry_run':
      return outcome(request, 'dry_run', consentFields(ending.evidence));
    case 'sent':
      return outcome(request, 'sent', {
        ...sentFields(ending.message),
        ...consentFields(ending.evidence),
        sent_at: ending.message.date_created ?? isoString(request.now),
      });
  }
}
