import type { ReadReply } from './normalise';
import * as V from './vocabulary';

/**
 * Plain-language requests to stop, as word rules over the folded reply (normalise.ts). Each rule looks at a
 * word and the words after it; a rule that skips words (determiners, "any more") stops at the first word it
 * does not know, through a table built once per clause. No regex backtracking, and the work grows linearly
 * with the reply (the timing test checks crafted shapes).
 *
 * Families (contract, "Opt-outs (additions; fail closed)"; FCC 24-24 lets consumers revoke consent "by any
 * reasonable means"): stop / cancel / end / quit applied to the texts or to contact ("stop this", "cancel texts",
 * "stop receiving texts"), refusals ("don't call or text", "I don't want ur texts", "I do not consent"), removal
 * requests ("remove this number", "take me off your list"). Kept out on purpose: "can you stop by", "don't stop",
 * "the bus stop", "non-stop", "stop the leak", "I'll cancel my other plumber", "end of the day works".
 */

type Clause = readonly string[];
type Rule = (clause: Clause, at: number, reply: ReadReply) => boolean;

const startsWithAny = (word: string | undefined, prefixes: readonly string[]) =>
  word !== undefined && prefixes.some((prefix) => word.startsWith(prefix));

const isTextNoun = (word: string | undefined) =>
  word !== undefined && (V.TEXT_NOUNS.has(word) || startsWithAny(word, V.TEXT_NOUN_PREFIXES));
const isContactVerb = (word: string | undefined) =>
  word !== undefined && (V.CONTACT_VERBS.has(word) || startsWithAny(word, V.CONTACT_VERB_PREFIXES));

/**
 * For each position of a clause, the first position at or after it whose word is not in the set, computed
 * once per clause and set (right to left), so rules that skip words stay linear however often they fire
 * ("no more no more no more ...").
 */
const skipTables = new WeakMap<Clause, Map<ReadonlySet<string>, Int32Array>>();

function skip(clause: Clause, from: number, skippable: ReadonlySet<string>): number {
  if (from >= clause.length) return from;
  let tables = skipTables.get(clause);
  if (!tables) {
    tables = new Map();
    skipTables.set(clause, tables);
  }
  let table = tables.get(skippable);
  if (!table) {
    table = new Int32Array(clause.length + 1);
    table[clause.length] = clause.length;
    for (let at = clause.length - 1; at >= 0; at--) table[at] = skippable.has(clause[at]) ? table[at + 1] : at;
    tables.set(skippable, table);
  }
  return table[from];
}

/**
 * Does the phrase starting at `from` name the texts? "the texts", "all these messages", "your spam"; with
 * `pointing`, also a bare "this" / "these" / "them" that ends the clause or is followed by filler ("these now").
 */
function namesTheTexts(clause: Clause, from: number, pointing: boolean): boolean {
  const at = skip(clause, from, V.DETERMINERS);
  if (isTextNoun(clause[at])) return true;
  if (!pointing || at === from || !V.POINTING_WORDS.has(clause[at - 1])) return false;
  return at === clause.length || V.CLAUSE_FILLER_WORDS.has(clause[at]);
}

/** "stop texting", "stop calling me", "stop receiving texts", "stop this", "cancel texts", "end these texts". */
const stopVerbOnTexts: Rule = (clause, at) => {
  const verb = clause[at];
  const isStop = V.STOP_SPELLING.test(verb);
  if (!isStop && !V.STOP_VERBS.has(verb)) return false;
  const next = clause[at + 1];
  if (V.CONTACT_GERUNDS.has(next)) return true;
  if (next === 'calling') {
    const after = clause[at + 2];
    return (
      after === undefined ||
      V.REMOVAL_PEOPLE.has(after) ||
      ['this', 'my', 'and', 'or', 'again', 'anymore', 'now'].includes(after) ||
      V.CLAUSE_FILLER_WORDS.has(after)
    );
  }
  if (V.DELIVERY_GERUNDS.has(next)) {
    const object = skip(clause, at + 2, V.REMOVAL_PEOPLE);
    return object === clause.length || V.DELIVERY_OBJECTS.has(clause[object]) || namesTheTexts(clause, object, true);
  }
  return namesTheTexts(clause, at + 1, isStop || V.POINTING_STOP_VERBS.has(verb));
};

/** Where a negation starts ("dont", "never", "do not", "no longer"), the position after it; else -1. */
function afterNegation(clause: Clause, at: number): number {
  const word = clause[at];
  if (V.NEGATIONS.has(word)) return at + 1;
  if ((word === 'do' && clause[at + 1] === 'not') || (word === 'no' && clause[at + 1] === 'longer')) return at + 2;
  return -1;
}

/**
 * "don't text me", "do not contact me", "never message me again", "don't call or text", "don't call me again",
 * "I don't want ur texts", "don't send me texts", "do not call list". Not "I don't text much" (about oneself),
 * not "don't call me before 5", not "don't send the plumber".
 */
const refusal: Rule = (clause, at) => {
  const after = afterNegation(clause, at);
  if (after < 0) return false;
  const verbAt = skip(clause, after, V.NEGATION_SKIPS);
  const verb = clause[verbAt];
  const aboutOneself = V.OWN_SUBJECTS.has(clause[at - 1] ?? '');
  if (isContactVerb(verb)) return !aboutOneself;
  if (verb === 'call') {
    const next = clause[verbAt + 1];
    if (next === 'list') return true;
    // "don't call or text", "dont call n text", and "don't call/text" or "call & text" (the mark is gone)
    if (isContactVerb(next)) return true;
    if (V.CONJUNCTIONS.has(next ?? '') && isContactVerb(clause[verbAt + 2])) return true;
    let end = verbAt + 1;
    if (V.REMOVAL_PEOPLE.has(clause[end])) end += 1;
    else if (clause[end] === 'this' && clause[end + 1] === 'number') end += 2;
    return V.CALL_BAN_ENDINGS.has(clause[end]) || (clause[end] === 'any' && clause[end + 1] === 'more');
  }
  if (verb === 'send') return namesTheTexts(clause, skip(clause, verbAt + 1, V.REMOVAL_PEOPLE), false);
  if (V.WANTING.has(verb)) {
    const objectAt = skip(clause, verbAt + 1, V.WANT_SKIPS);
    const object = clause[objectAt];
    if (isTextNoun(object) || V.CONTACT_PASSIVES.has(object ?? '')) return true;
    // "I don't want you to text me", "don't want u contacting me"
    if (V.ADDRESSEES.has(object ?? '')) return isContactVerb(clause[skip(clause, objectAt + 1, V.WANT_SKIPS)]);
    // "I don't want to hear from you"
    return object === 'hear' && clause[objectAt + 1] === 'from' && V.ADDRESSEES.has(clause[objectAt + 2] ?? '');
  }
  return false;
};

/** "no more texts", "please no more", "no further contact", "No text messages please" (only as the opening words). */
const noMore: Rule = (clause, at, reply) => {
  if (clause[at] !== 'no') return false;
  if (clause[at + 1] === 'further') return isTextNoun(clause[skip(clause, at + 2, V.WANT_SKIPS)]);
  if (clause[at + 1] === 'more' || clause[at + 1] === 'mas') {
    // "no more texts", or "no more" with nothing after it but filler ("please, no more!")
    const object = skip(clause, at + 2, V.WANT_SKIPS);
    return isTextNoun(clause[object]) || skip(clause, at + 2, V.CLAUSE_FILLER_WORDS) === clause.length;
  }
  return reply.words[0] === 'no' && clause === reply.clauses[0] && at === 0 && isTextNoun(clause[1]);
};

/** "I do not consent", "I never consented to texts", "I withdraw my consent", "texting me without my consent". */
const consentDenied: Rule = (clause, at) => {
  if (!clause[at].startsWith('consent')) return false;
  let before = at - 1;
  for (let skipped = 0; skipped < 3 && before >= 0 && V.CONSENT_SKIPS.has(clause[before]); skipped++) before -= 1;
  return before >= 0 && V.CONSENT_DENIALS.has(clause[before]);
};

/**
 * "remove me", "delete my number", "take me off your list", "get me off this list", "take this number off",
 * "lose my number", "leave me alone", "I'm blocking this number".
 */
const removal: Rule = (clause, at) => {
  const word = clause[at];
  const next = clause[at + 1];
  // "my number", "this number", or a bare "my" where a "#" stood ("remove my #")
  const numberEnds = (from: number) =>
    V.OWNERS.has(clause[from]) &&
    (V.NUMBER_NOUNS.has(clause[from + 1]) || (clause[from] === 'my' && from + 1 === clause.length))
      ? from + 2
      : -1;
  if (V.REMOVAL_VERBS.has(word)) return V.REMOVAL_PEOPLE.has(next) || numberEnds(at + 1) >= 0;
  if (word === 'take') {
    const end = V.REMOVAL_PEOPLE.has(next) ? at + 2 : numberEnds(at + 1);
    return end >= 0 && clause[end] === 'off';
  }
  if (V.FORGETTING.has(word)) return numberEnds(at + 1) >= 0;
  if (word === 'off' || (word === 'out' && next === 'of')) {
    // "take me off your list", "get me off the texting list", "I want off this list", "take me out of your list"
    let list = skip(clause, word === 'off' ? at + 1 : at + 2, V.DETERMINERS);
    if (isTextNoun(clause[list]) || V.LIST_KINDS.has(clause[list])) list += 1;
    return clause[list] === 'list' || clause[list] === 'lists';
  }
  if (word.startsWith('block')) {
    // "I'm blocking you", "block this number"; not "the drain is blocked"
    if (V.BLOCKED_PEOPLE.has(next)) return true;
    return (
      V.OWNERS.has(next) &&
      (at + 2 === clause.length || V.NUMBER_NOUNS.has(clause[at + 2]) || isTextNoun(clause[at + 2]))
    );
  }
  if (word === 'leave') return next === 'me' && clause[at + 2] === 'alone';
  return false;
};

/** "opt out", "opt me out", "opting out", "opted out"; "unsubscribe me", "unsub", "I revoke", "cease and desist". */
const optOutWords: Rule = (clause, at) => {
  const word = clause[at];
  if (V.OPT_OUT_WORDS.has(word) || startsWithAny(word, V.OPT_OUT_WORD_PREFIXES)) return true;
  if (word !== 'opt' && word !== 'opting' && word !== 'opted') return false;
  return clause[at + 1] === 'out' || (V.REMOVAL_PEOPLE.has(clause[at + 1]) && clause[at + 2] === 'out');
};

/**
 * Spanish: "no me manden mensajes", "no me escriban", "dejen de mandarme mensajes", "deja de escribirme", "darme de
 * baja", "sáquenme de su lista". Not "no me llamen antes de las 5", "presión baja".
 */
const spanishRefusal: Rule = (clause, at) => {
  const word = clause[at];
  if (V.SPANISH_UNSUBSCRIBE_VERBS.has(word)) return clause[at + 1] === 'de' && clause[at + 2] === 'baja';
  if (startsWithAny(word, V.SPANISH_LIST_REMOVAL_PREFIXES) && clause[at + 1] === 'de') {
    return V.SPANISH_LISTS.has(clause[skip(clause, at + 2, V.DETERMINERS)] ?? '');
  }
  let from = -1;
  if (word === 'no') from = at + 1;
  else if (V.SPANISH_STOP_VERBS.has(word) && clause[at + 1] === 'de') from = at + 2;
  if (from < 0) return false;
  const object = clause[skip(clause, from, V.SPANISH_REFUSAL_SKIPS)];
  if (startsWithAny(object, V.SPANISH_CONTACT_VERB_PREFIXES)) return true;
  return from < clause.length && V.SPANISH_REFUSAL_SKIPS.has(clause[from]) && isTextNoun(object);
};

/** "no need to text", "no need to call me again", "no need for more texts": the contract counts it as an opt-out. */
const noNeed: Rule = (clause, at) => {
  if (clause[at] !== 'no' || clause[at + 1] !== 'need') return false;
  if (clause[at + 2] === 'to') return clause[at + 3] === 'call' || isContactVerb(clause[at + 3]);
  if (clause[at + 2] !== 'for') return false;
  const object = clause[skip(clause, at + 3, V.DETERMINERS)];
  return object === 'a' ? false : isTextNoun(object) || object === 'call';
};

const WORD_RULES: readonly Rule[] = [
  noNeed,
  stopVerbOnTexts,
  refusal,
  noMore,
  consentDenied,
  removal,
  optOutWords,
  spanishRefusal,
];

/** True when the reply asks, in plain words, to stop being texted or contacted. */
export function isPlainOptOut(reply: ReadReply): boolean {
  return reply.clauses.some((clause) => clause.some((_word, at) => WORD_RULES.some((rule) => rule(clause, at, reply))));
}
