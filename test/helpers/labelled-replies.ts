import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ReplyIntent } from '../../lib/replies/intent';

/** One labelled reply from test/fixtures/replies.json. */
export interface LabelledReply {
  reply: string;
  intent: ReplyIntent;
  /** keyword, spanish, plain_stop, refusal, removal, normalised, opt_in, callback, false_friend, other */
  family: string;
}

export function labelledReplies(): LabelledReply[] {
  return JSON.parse(readFileSync(join(__dirname, '..', 'fixtures', 'replies.json'), 'utf8')) as LabelledReply[];
}
