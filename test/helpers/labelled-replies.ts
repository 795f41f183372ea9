import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ReplyIntent } from '../../lib/replies/intent';

/** One labelled reply from test/fixtures/replies.json. */
export interface LabelledReply {
  reply: string;
  intent: ReplyIntent;
  /**
   * keyword, spanish, plain_stop, refusal, removal, normalised, leetspeak, verb_form, opt_in, callback, false_friend,
   * other; and the
   * opt-outs wrapped in words nobody listed (name_title, slang_courtesy, reported_speech, polite_question, emphasis,
   * call_refusal, no_need, spanish_variant, misspelling, decorated, near_miss), and ordinary replies that must stay
   * ordinary (job_question, harmless_use).
   */
  family: string;
}

export function labelledReplies(): LabelledReply[] {
  return JSON.parse(readFileSync(join(__dirname, '..', 'fixtures', 'replies.json'), 'utf8')) as LabelledReply[];
}
