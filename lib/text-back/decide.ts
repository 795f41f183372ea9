import type { ConsentEvidence } from '../consent/evidence';
import type { NumberHistory } from '../history/number-history';
import { countryOf } from '../phone/parse';
import type { LineType } from '../twilio/client';
import type { IncomingNumber, Message } from '../twilio/resources';
import { alreadySent, countryCheck, historyChecks, notTextable, type Skip } from './checks';
import { assertFromCanText } from './from-number';
import { quietHoursCheck } from './quiet-hours';
import type { TextBackRequest } from './request';

/** What a run should do, decided from facts alone; the caller carries it out. */
export type Decision =
  | { action: 'skip'; skip: Skip; evidence: ConsentEvidence | null }
  | { action: 'replay'; message: Message; evidence: ConsentEvidence | null }
  | { action: 'dry_run'; evidence: ConsentEvidence | null }
  | { action: 'send'; evidence: ConsentEvidence | null };

export interface DecisionContext {
  request: TextBackRequest;
  history: NumberHistory;
  lineType: LineType | null;
}

/**
 * The number checks, in the contract's order: the number, its kind, its country. Before any request they run with
 * the countries the settings name; sending through a Messaging Service alone, the country check waits for the
 * account's numbers and uses the account's own country (the safe default).
 */
export function checkNumber(request: TextBackRequest, accountNumbers?: IncomingNumber[]): Skip | null {
  const { customer, shown, settings } = request;
  if (!customer) {
    return request.withheld
      ? { reason: 'not_textable', facts: { number: settings.to, detail: 'the caller ID was withheld' } }
      : { reason: 'invalid_number', facts: { number: settings.to } };
  }
  const kind = notTextable(customer);
  if (kind) return { reason: 'not_textable', facts: { number: shown, detail: kind } };
  const allowed =
    request.allowedCountries ?? (accountNumbers ? [countryOf(accountNumbers[0]?.phone_number) ?? 'US'] : undefined);
  return allowed ? countryCheck(customer, allowed, shown) : null;
}

/**
 * The decision once the account's records are in: a replay of a call that already got its text returns that text
 * whatever the settings say; then the number checks, then the record checks in the contract's order.
 */
export function decide({ request, history, lineType }: DecisionContext): Decision {
  const { customer, settings, shown } = request;
  if (settings.dryRun && !settings.messagingServiceSid)
    assertFromCanText(request.fromPhone?.e164, history.accountNumbers);
  const numberSkip = checkNumber(request, history.accountNumbers);
  if (!customer) return { action: 'skip', skip: numberSkip!, evidence: null };
  const quietHours = quietHoursCheck(request);
  const { skip, evidence } = historyChecks({
    history,
    settings,
    customer: customer.e164,
    shown,
    lineType,
    now: request.now,
    quietHours,
  });
  const earlier = settings.dryRun ? null : alreadySent(history, settings, customer.e164);
  if (earlier) return { action: 'replay', message: earlier, evidence };
  if (numberSkip) return { action: 'skip', skip: numberSkip, evidence: null };
  if (skip) return { action: 'skip', skip, evidence };
  return { action: settings.dryRun ? 'dry_run' : 'send', evidence };
}
