/**
 * CONTRACT.md's "Additions" section read as data. It is prose in bullets, so it is read by the few sentence
 * shapes it uses: a new operation (- `key` - "Label": ... Inputs: ... Output: ...), a new input on named
 * operations, and new outputs that named operations (or the missed-call items) add or carry.
 */
import type { OperationKind } from './app-loader';

export interface AdditionOperation {
  kind: OperationKind;
  key: string;
  label: string;
  prose: string;
}

export interface AdditionField {
  operations: string[] | 'missed-call shape';
  side: 'inputs' | 'outputs';
  keys: string[];
}

export interface Additions {
  operations: AdditionOperation[];
  fields: AdditionField[];
}

/** Zapier's naming: triggers say "New ...", searches "Find ..."; anything else is an action. */
const KIND_BY_LABEL: readonly [RegExp, OperationKind][] = [
  [/^New /, 'triggers'],
  [/^(Find|Check) /, 'searches'],
  [/./, 'creates'],
];

const KEY = '`([a-z][a-z0-9_]*)`';
const NEW_OPERATION = new RegExp(`^${KEY} - "([^"]+)"`);

/** The bullets of the section, each joined into one line of prose. */
function bullets(section: string): string[] {
  const found: string[] = [];
  for (const line of section.split('\n')) {
    if (line.startsWith('- ')) found.push(line.slice(2));
    else if (line.startsWith('  ') && found.length > 0) found[found.length - 1] += ` ${line.trim()}`;
  }
  return found;
}

/**
 * A run of backquoted keys at the start of `text`, each optionally followed by a note in parentheses, joined by
 * commas, "and" or "plus": `a` (note), `b` and `c`.
 */
export function keyRun(text: string): string[] {
  const keys: string[] = [];
  let rest = text;
  for (;;) {
    const key = /^\s*`([a-z][a-z0-9_]*)`/.exec(rest);
    if (!key) return keys;
    keys.push(key[1]);
    rest = rest.slice(key[0].length).replace(/^\s*\([^()]*(?:\([^()]*\)[^()]*)*\)/, '');
    const joiner = /^\s*(?:,\s*(?:and|plus)?|and|plus)\s+(?=`)/.exec(rest);
    if (!joiner) return keys;
    rest = rest.slice(joiner[0].length);
  }
}

const backquotedKeys = (text: string) => [...text.matchAll(new RegExp(KEY, 'g'))].map((match) => match[1]);

/** Field sentences, each: where it names its operations, and where the keys start. */
const FIELD_SENTENCES: readonly {
  pattern: RegExp;
  side: AdditionField['side'];
  operations: (match: RegExpExecArray) => AdditionField['operations'];
}[] = [
  // `opted_out_elsewhere` (new input on `send_text_back` and `find_consent`, string)
  {
    pattern: new RegExp(`^(?=${KEY} \\(new input on ([^,)]*))`),
    side: 'inputs',
    operations: (match) => backquotedKeys(match[2]),
  },
  // Every `send_text_back` result and every `text_reply` item carries `evidence_record`: ..., plus `evidence_kind`
  { pattern: /(?:^|\. )Every ([^.]*?) carries /, side: 'outputs', operations: (match) => backquotedKeys(match[1]) },
  // Missed-call items (every missed-call trigger, and `find_missed_call_in_webhook`) add `callback_link` ...
  { pattern: /^Missed-call items (?:\([^)]*\) )?add /, side: 'outputs', operations: () => 'missed-call shape' },
  // `find_consent` adds `evidence_source` (...)
  { pattern: new RegExp(`^${KEY} adds `), side: 'outputs', operations: (match) => [match[1]] },
];

/** The keys a field sentence adds: the run after its verb, and any run after a later ", plus". */
function sentenceKeys(bullet: string, verbEnd: number): string[] {
  const keys = keyRun(bullet.slice(verbEnd));
  for (const plus of bullet.slice(verbEnd).matchAll(/, plus /g)) {
    keys.push(...keyRun(bullet.slice(verbEnd + (plus.index ?? 0) + plus[0].length)));
  }
  return keys;
}

export function readAdditions(section: string): Additions {
  const additions: Additions = { operations: [], fields: [] };
  for (const bullet of bullets(section)) {
    const operation = NEW_OPERATION.exec(bullet);
    if (operation) {
      const kind = KIND_BY_LABEL.find(([pattern]) => pattern.test(operation[2]))![1];
      additions.operations.push({ kind, key: operation[1], label: operation[2], prose: bullet });
      continue;
    }
    for (const { pattern, side, operations } of FIELD_SENTENCES) {
      const match = pattern.exec(bullet);
      if (!match) continue;
      const keys = side === 'inputs' ? [match[1]] : sentenceKeys(bullet, match.index + match[0].length);
      additions.fields.push({ operations: operations(match), side, keys });
      break;
    }
  }
  return additions;
}
