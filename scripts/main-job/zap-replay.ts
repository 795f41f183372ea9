import type { Item, Section } from './context';
import { callerWords } from './words';
import { runRecipeOne } from './zap-run';

/**
 * Zapier's replay of a Zap run: the same status callback goes through recipe 1 again. The claims of Send Text-Back
 * and Alert Team by Text mean no second text to the caller and no second alert; a forged copy finds nothing.
 */
export const zapReplaySection: Section = {
  title: 'Replaying a Zap run (Zapier "Replay") and a forged notification',
  async run(context) {
    const { sandbox, print, day } = context;
    const index = day.zaps.findIndex((zap) => zap.textBack.status === 'sent' && zap.alert?.status === 'sent');
    const hook = day.hookRequests.find(({ rawRequest }) => rawRequest === day.zaps[index]?.rawRequest);
    if (!hook) {
      print('No Zap run sent both a text-back and an alert today, so there is nothing to replay.');
      return;
    }
    const outbound = () => sandbox.state.messages.filter((message) => message.direction === 'outbound-api').length;
    const before = outbound();
    const [again] = await runRecipeOne(context, hook.subscribeData, hook.rawRequest);
    const newTexts = outbound() - before;
    // Zapier's contract for a replay: the step returns the first run's alerts, so the same message SIDs show they
    // were not sent again.
    const firstAlerts = day.zaps[index].alert?.message_sids;
    const alertWords =
      again.alert?.message_sids === firstAlerts ? 'returns the first alerts (same message SIDs)' : 'sent new alerts';
    print(
      `Replayed the run for ${callerWords(again.item)}: Send Text-Back says "${again.textBack.replayed === true ? 'already sent' : again.textBack.status}", Alert Team by Text ${alertWords}; ${newTexts} new texts in the account's log.`,
    );
    const forged: Item = {
      ...hook.rawRequest,
      headers: { ...(hook.rawRequest.headers as Item), 'Http-x-twilio-signature': 'Zm9yZ2Vk' },
    };
    const none = await runRecipeOne(context, hook.subscribeData, forged);
    print(
      `The same notification with a forged signature: ${none.length === 0 ? 'ignored' : `${none.length} items (wrong!)`}.`,
    );
  },
};
