import type { Item, JobContext } from './context';
import { op } from './context';

/** What recipe 1's Zap did with one status callback: the trigger's items, then per item the text-back and the alert. */
export interface ZapRun {
  /** The status callback the Zap's hook received (null: the polling trigger found the call). */
  rawRequest: Item | null;
  item: Item;
  textBack: Item;
  alert: Item | null;
}

/**
 * Recipe 1 on one Twilio status callback: New Missed Call (Instant) -> Send Text-Back -> Alert Team by Text, with
 * the defaults an owner keeps, the business hours, landlines skipped, and the team alert quoting the text.
 */
export async function runRecipeOne(context: JobContext, subscribeData: Item, rawRequest: Item): Promise<ZapRun[]> {
  const items = (await context.run(op.instant, { inputData: {}, subscribeData, rawRequest })) as Item[];
  const runs: ZapRun[] = [];
  for (const item of items) runs.push(await runSteps(context, item, rawRequest));
  return runs;
}

/** Recipe 1's two steps after its trigger, for one missed-call item. */
export async function runSteps(context: JobContext, item: Item, rawRequest: Item | null): Promise<ZapRun> {
  const { run, businessName, businessHours, sandbox } = context;
  const textBack = (await run(op.send, {
    inputData: {
      to: item.caller_number ?? 'Anonymous',
      from: item.business_number,
      business_name: businessName,
      call_id: item.id,
      caller_name: item.caller_first_name ?? undefined,
      business_hours: businessHours,
      skip_landlines: true,
      if_skipped: 'continue',
    },
  })) as Item;
  const alert = item.caller_number
    ? ((await run(op.alert, {
        inputData: {
          team_numbers: sandbox.scenario.teamNumbers.join(', '),
          from: item.business_number,
          caller_number: item.caller_number,
          caller_name: item.caller_name ?? '',
          call_id: item.id,
          called_at: item.called_at,
          missed_reason: item.missed_reason,
          voicemail_transcript: item.voicemail_transcript ?? '',
          text_back_body: textBack.status === 'sent' ? textBack.body : '',
        },
      })) as Item)
    : null;
  return { rawRequest, item, textBack, alert };
}
