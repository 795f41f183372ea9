import { HARMLESS_SETS, HARMLESS_USES } from './harmless-uses';
import type { ReadReply } from './normalise';
import * as V from './vocabulary';

/**
 * Opt-out words fail closed (contract, "Opt-outs, fail closed for real"): a reply that holds STOP, CANCEL, END,
 * QUIT, REMOVE, "don't call", PARA, NO MÁS... anywhere is an opt-out unless every such word sits in a known
 * harmless phrase (harmless-uses.ts) within its phrase of the reply. Words nobody listed ("STOP Mike", "I told you
 * to stop", "cancel thanks") therefore never turn an opt-out into chatter; they only fail to explain it.
 *
 * One pass finds the words; each is checked against a fixed number of rows of a few slots, so the work grows
 * linearly with the reply.
 */

type Slot = (word: string) => boolean;

interface HarmlessUse {
  /** Slots before the opt-out word, nearest first. */
  before: readonly Slot[];
  after: readonly Slot[];
  /** The row starts at the phrase's start (`<`). */
  anchored: boolean;
}

interface OptOutWord {
  entry: string;
  start: number;
  end: number;
}

const NUMBER = /^\p{N}+$/u;

function slotOf(text: string): Slot {
  if (text === '#') return (word) => NUMBER.test(word);
  if (text.startsWith('@')) {
    const set = HARMLESS_SETS.get(text.slice(1));
    if (!set) throw new Error(`harmless-uses.ts: no set ${text}`);
    return (word) => set.has(word);
  }
  const alternatives = new Set(text.split('|'));
  return (word) => alternatives.has(word);
}

/** One row of harmless-uses.ts, with every optional slot both taken and left out. */
function compile(row: string): HarmlessUse[] {
  const tokens = row.replace(/\|\s+/g, '|').trim().split(/\s+/);
  const anchored = tokens[0] === '<';
  const slots = anchored ? tokens.slice(1) : tokens;
  const mark = slots.indexOf('^');
  if (mark < 0) throw new Error(`harmless-uses.ts: no ^ in "${row}"`);
  let variants: string[][] = [[]];
  for (const slot of slots) {
    const optional = slot.endsWith('?');
    const text = optional ? slot.slice(0, -1) : slot;
    variants = variants.flatMap((taken) => (optional ? [taken, [...taken, text]] : [[...taken, text]]));
  }
  return variants.map((variant) => {
    const at = variant.indexOf('^');
    return {
      before: variant.slice(0, at).reverse().map(slotOf),
      after: variant.slice(at + 1).map(slotOf),
      anchored,
    };
  });
}

const USES = new Map(Object.entries(HARMLESS_USES).map(([entry, rows]) => [entry, rows.flatMap(compile)]));

/** First letters of the prefix entries, so most words cost one map lookup and one character test. */
const PREFIX_INITIALS = new Set(V.OPT_OUT_WORD_PREFIX_ENTRIES.map(([prefix]) => prefix[0]));

function entryOf(word: string): string | undefined {
  const listed = V.OPT_OUT_WORD_ENTRIES.get(word);
  if (listed !== undefined) return listed;
  if (word[0] === 's' && V.STOP_SPELLING.test(word)) return 'stop';
  if (!PREFIX_INITIALS.has(word[0])) return undefined;
  return V.OPT_OUT_WORD_PREFIX_ENTRIES.find(([prefix]) => word.startsWith(prefix))?.[1];
}

/** "don't call", "do not call", "never call", "don't ever call": where the phrase ends, else -1. */
function dontCallEnd(phrase: readonly string[], at: number): number {
  let next = -1;
  if (V.CALL_NEGATIONS.has(phrase[at])) next = at + 1;
  else if (phrase[at] !== 'do') return -1;
  else if (phrase[at] === 'do' && phrase[at + 1] === 'not') next = at + 2;
  if (next < 0) return -1;
  for (let skipped = 0; skipped < 3 && V.NEGATION_SKIPS.has(phrase[next] ?? ''); skipped++) next += 1;
  return phrase[next] === 'call' ? next + 1 : -1;
}

function optOutWordsIn(phrase: readonly string[]): OptOutWord[] {
  const found: OptOutWord[] = [];
  for (let at = 0; at < phrase.length; at++) {
    const callEnd = dontCallEnd(phrase, at);
    if (callEnd >= 0) found.push({ entry: 'dontcall', start: at, end: callEnd });
    else if (phrase[at] === 'no' && phrase[at + 1] === 'mas') found.push({ entry: 'nomas', start: at, end: at + 2 });
    else {
      const entry = entryOf(phrase[at]);
      if (entry !== undefined) found.push({ entry, start: at, end: at + 1 });
    }
  }
  return found;
}

function fits(use: HarmlessUse, phrase: readonly string[], word: OptOutWord): boolean {
  if (use.anchored && word.start !== use.before.length) return false;
  if (word.start < use.before.length || word.end + use.after.length > phrase.length) return false;
  return (
    use.before.every((slot, back) => slot(phrase[word.start - 1 - back])) &&
    use.after.every((slot, ahead) => slot(phrase[word.end + ahead]))
  );
}

function explained(phrase: readonly string[], word: OptOutWord): boolean {
  return (USES.get(word.entry) ?? []).some((use) => fits(use, phrase, word));
}

/** True when some opt-out word of the reply stands outside every known harmless use. */
export function hasUnexplainedOptOutWord(reply: ReadReply): boolean {
  return reply.phrases.some((phrase) => {
    const found = optOutWordsIn(phrase);
    if (!found.length) return false;
    // A harmless use explains nothing in a phrase that speaks of the texts ("your texts won't stop").
    if (phrase.some((word) => V.TEXTS_SPOKEN_OF.has(word))) return true;
    return found.some((word) => !explained(phrase, word));
  });
}
