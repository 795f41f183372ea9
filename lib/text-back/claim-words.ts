import { ABANDON_SECONDS, type ClaimWords } from '../claims/settlement';

/** What Send Text-Back says while a claim another run holds is settled (`lib/claims/settlement.ts`). */
export const textBackClaimWords = (shown: string): ClaimWords => ({
  sendingNow: `Another run of this Zap is texting ${shown} right now, so this run sent nothing. Zapier will try this step again, and it will not text twice.`,
  settling: `An earlier attempt to text ${shown} got no answer from Twilio, and its text is not in Twilio's log yet. Zapier will try this step again; within ${ABANDON_SECONDS / 60} minutes it either finds that text or sends one, never two.`,
  unsure: `Zapier's cache did not answer while this run checked an earlier attempt to text ${shown}, so this run sent nothing. Zapier will try this step again, and it will not text twice.`,
});
