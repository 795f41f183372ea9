/**
 * The parts of Zapier's integration checks (docs.zapier.com/platform/publish/integration-checks-reference)
 * that can be decided offline, as a table of small rules over the built app definition, plus a rule that
 * the app still offers every key CONTRACT.md promises (Zaps store those keys; C001-C003 forbid losing one).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';

// ---------------------------------------------------------------------------------------------------------
// The app definition, as loosely as the built JavaScript gives it to us
// ---------------------------------------------------------------------------------------------------------

export interface FieldDefinition {
  key: string;
  label?: string;
  helpText?: string;
  required?: boolean;
  type?: string;
  dynamic?: string;
  choices?: unknown;
  computed?: boolean;
  primary?: boolean;
}

export interface OperationDefinition {
  key: string;
  noun?: string;
  display?: { label?: string; description?: string; hidden?: boolean };
  operation?: { inputFields?: unknown[]; outputFields?: unknown[]; sample?: Record<string, unknown> };
}

export interface AppDefinition {
  authentication?: { type?: string; connectionLabel?: unknown; fields?: unknown[] };
  triggers?: Record<string, OperationDefinition>;
  searches?: Record<string, OperationDefinition>;
  creates?: Record<string, OperationDefinition>;
}

export type OperationKind = 'triggers' | 'searches' | 'creates';
export const operationKinds: readonly OperationKind[] = ['triggers', 'searches', 'creates'];

export interface Problem {
  where: string;
  message: string;
}

export interface IntegrationCheck {
  id: string;
  title: string;
  check(app: AppDefinition): Problem[];
}

export interface Finding extends Problem {
  id: string;
}

const ROOT = join(__dirname, '..', '..');

/**
 * The app exactly as Zapier gets it: the build output, compiled the way zapier-platform-core does it
 * (resources expanded into triggers, searches and creates).
 */
export function loadBuiltApp(): AppDefinition {
  const entry = join(ROOT, 'dist', 'index.js');
  if (!existsSync(entry)) throw new Error(`${entry} is missing: run \`npx tsc -p tsconfig.build.json\` (npm test builds first).`);
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const raw = require(entry) as unknown;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { compileApp } = require('zapier-platform-core/src/tools/schema') as { compileApp: (app: unknown) => AppDefinition };
  return compileApp(raw);
}

/** A deep copy that keeps functions (perform, connectionLabel) by reference, so one change stays in the copy. */
export function cloneApp<T>(value: T): T {
  if (Array.isArray(value)) return value.map((item) => cloneApp(item)) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, cloneApp(item)])) as T;
  }
  return value;
}

export interface OperationEntry {
  kind: OperationKind;
  key: string;
  where: string;
  definition: OperationDefinition;
  hidden: boolean;
}

export function operationsOf(app: AppDefinition): OperationEntry[] {
  return operationKinds.flatMap((kind) =>
    Object.entries(app[kind] ?? {}).map(([key, definition]) => ({
      kind,
      key,
      where: `${kind}.${key}`,
      definition,
      hidden: Boolean(definition.display?.hidden),
    })),
  );
}

/** Static fields only: a function in `inputFields` is a dynamic field Zapier resolves at run time. */
export function staticFields(fields: unknown[] | undefined): FieldDefinition[] {
  // A field function (dynamic fields) names the fields it can show in its `fields` property: they count too.
  const declared = (field: unknown): unknown[] => {
    const fields: unknown = typeof field === 'function' ? (field as unknown as { fields?: unknown }).fields : undefined;
    return Array.isArray(fields) ? fields : [field];
  };
  return (fields ?? []).flatMap(declared).filter(
    (field): field is FieldDefinition => typeof field === 'object' && field !== null && typeof (field as FieldDefinition).key === 'string',
  );
}

interface FieldEntry {
  where: string;
  field: FieldDefinition;
  /** Hidden from the person filling in the form (auth `computed` fields). */
  hidden: boolean;
}

function inputFieldsOf(app: AppDefinition): FieldEntry[] {
  const auth = staticFields(app.authentication?.fields).map((field) => ({
    where: `authentication.fields.${field.key}`,
    field,
    hidden: Boolean(field.computed),
  }));
  const operations = operationsOf(app).flatMap(({ where, definition }) =>
    staticFields(definition.operation?.inputFields).map((field) => ({ where: `${where}.inputFields.${field.key}`, field, hidden: false })),
  );
  return [...auth, ...operations];
}

function outputFieldsOf(app: AppDefinition): FieldEntry[] {
  return operationsOf(app).flatMap(({ where, definition }) =>
    staticFields(definition.operation?.outputFields).map((field) => ({ where: `${where}.outputFields.${field.key}`, field, hidden: false })),
  );
}

const nonEmpty = (text: unknown): text is string => typeof text === 'string' && text.trim() !== '';

// ---------------------------------------------------------------------------------------------------------
// Text rules as data
// ---------------------------------------------------------------------------------------------------------

/** Words Title Case leaves in lower case unless they open the label (AP and Chicago agree on these). */
export const SMALL_WORDS: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'and', 'but', 'or', 'nor', 'as', 'at', 'by', 'for', 'from', 'in', 'into', 'of', 'on', 'per', 'to', 'via', 'vs', 'with',
]);

/**
 * The words of `label` that break Title Case: every word starts with a capital, except small words after
 * the first. Each part of a hyphenated or slashed word counts ("Opt-Out", "Text-Back", "SMS/MMS").
 * Tokens that do not start with a letter ("(E.164)", "24", "%") pass; units in parentheses are words
 * like any other ("(Seconds)").
 */
export function titleCaseViolations(label: string): string[] {
  const words = label.split(/\s+/).filter(Boolean);
  return words.filter((word, index) =>
    word.split(/[-/]/).some((part, partIndex) => {
      const bare = part.replace(/^[("'“‘[]+|[)"'”’\].,:;!?]+$/g, '');
      if (!/^\p{L}/u.test(bare)) return false;
      if (bare[0] === bare[0].toLocaleUpperCase() && bare[0] !== bare[0].toLocaleLowerCase()) return false;
      const opensLabel = index === 0 && partIndex === 0;
      return opensLabel || !SMALL_WORDS.has(bare.toLowerCase());
    }),
  );
}

/** What is wrong with the markdown links in `text` (inline code is left alone), one sentence each. */
export function markdownLinkProblems(text: string): string[] {
  const prose = text.replace(/`[^`]*`/g, ' ');
  const problems: string[] = [];
  const linkShaped = /\[([^[\]]*)\]\s*\(([^()]*)\)/g;
  for (const [whole, label, url] of prose.matchAll(linkShaped)) {
    if (!label.trim()) problems.push(`link ${whole} has no text`);
    else if (/\]\s+\(/.test(whole)) problems.push(`link ${whole} has a space between ] and (`);
    else if (!/^https:\/\/[^\s/]+\.[^\s]+$/.test(url)) problems.push(`link ${whole} needs an https:// address with no spaces`);
  }
  const rest = prose.replace(linkShaped, ' ');
  if (/[[\]]/.test(rest)) problems.push('a bracket is not part of a well-formed [text](https://...) link');
  return problems;
}

/** ISO 8601 date-time with a zone: `2026-11-29T14:03:00Z`, `2026-11-29T08:03:00-06:00`. */
const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})$/;
/** Keys whose values are dates by the contract's naming. */
const DATE_KEY = /(?:_at|^period_start|^period_end)$/;
/** Values that read as a date or date-time in some format (ISO, RFC 2822, US, epoch-looking keys aside). */
const LOOKS_LIKE_DATE = [
  /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}/,
  /^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{1,2} [A-Z][a-z]{2} \d{4}/,
  /^\d{1,2}\/\d{1,2}\/\d{2,4}(?:\s|$)/,
];

export function isIsoDateTimeWithOffset(value: string): boolean {
  return ISO_WITH_OFFSET.test(value) && !Number.isNaN(Date.parse(value));
}

/** A sample value's problem as a date, or null: date keys must hold ISO date-times, and so must date-looking values. */
export function sampleDateProblem(key: string, value: unknown): string | null {
  if (value === null || value === undefined) return null;
  const dateKey = DATE_KEY.test(key);
  if (typeof value !== 'string') return dateKey ? `is ${JSON.stringify(value)}, not an ISO 8601 date-time string` : null;
  if (!dateKey && !LOOKS_LIKE_DATE.some((pattern) => pattern.test(value))) return null;
  return isIsoDateTimeWithOffset(value) ? null : `"${value}" is not ISO 8601 with an offset (e.g. 2026-11-29T14:03:00Z)`;
}

/**
 * Inputs that carry an id without a dynamic dropdown, each for a reason. Zapier's D004 asks for a dropdown
 * because people do not speak in ids; these ids are either mapped from an earlier step or credentials.
 */
export const ID_FIELDS_WITHOUT_DROPDOWN: Readonly<Record<string, string>> = {
  call_id: "mapped from the missed-call trigger's ID; a dropdown of past calls would invite texting the wrong caller",
  messaging_service_sid:
    'optional, pasted from the Twilio Console; Messaging Services live on messaging.twilio.com, which regional ' +
    'and Twilio-compatible hosts do not serve, so a dropdown would break for them',
  account_sid: 'a credential: nothing can be listed before the connection exists',
  api_key_sid: 'a credential: nothing can be listed before the connection exists',
};

const ID_KEY = /(?:^|_)(?:id|ids|sid|sids|uuid|guid)$|[a-z](?:Id|Ids|Sid|Uuid)$/;

/** A value's type as an output field declares it, or null when the field may hold any text. */
const OUTPUT_TYPES: Readonly<Record<string, (value: unknown) => boolean>> = {
  boolean: (value) => typeof value === 'boolean',
  integer: (value) => Number.isInteger(value),
  number: (value) => typeof value === 'number' && Number.isFinite(value),
  datetime: (value) => typeof value === 'string',
};

/** The output type a sample value needs declared, so the Zap editor shows it as what it is. */
function typeNeededFor(value: unknown): string[] | null {
  if (typeof value === 'boolean') return ['boolean'];
  if (Number.isInteger(value)) return ['integer', 'number'];
  if (typeof value === 'number') return ['number'];
  return null;
}

/** Keys of a sample in Zapier's output-field notation: nested objects as `parent__child`. */
function flattenSample(sample: Record<string, unknown>, prefix = ''): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(sample).flatMap(([key, value]) =>
      value && typeof value === 'object' && !Array.isArray(value)
        ? Object.entries(flattenSample(value as Record<string, unknown>, `${prefix}${key}__`))
        : [[`${prefix}${key}`, value]],
    ),
  );
}

// ---------------------------------------------------------------------------------------------------------
// The rules
// ---------------------------------------------------------------------------------------------------------

export const integrationChecks: IntegrationCheck[] = [
  {
    id: 'D003',
    title: 'the authentication has a connection label',
    check: (app) => {
      const auth = app.authentication;
      if (!auth || auth.type === 'none') return [];
      const label = auth.connectionLabel;
      return typeof label === 'function' || nonEmpty(label) || (label !== null && typeof label === 'object')
        ? []
        : [{ where: 'authentication.connectionLabel', message: 'missing: owners cannot tell their connected accounts apart' }];
    },
  },
  {
    id: 'D004',
    title: 'id inputs use dynamic dropdowns (documented exceptions aside)',
    check: (app) =>
      inputFieldsOf(app)
        .filter(({ field }) => ID_KEY.test(field.key) && !field.dynamic && !field.choices && !(field.key in ID_FIELDS_WITHOUT_DROPDOWN))
        .map(({ where }) => ({ where, message: 'takes an id but has no dynamic dropdown (add `dynamic`, or a documented exception)' })),
  },
  {
    id: 'D008',
    title: 'markdown links in help text and descriptions are well formed',
    check: (app) => {
      const texts = [
        ...inputFieldsOf(app).map(({ where, field }) => ({ where: `${where}.helpText`, text: field.helpText })),
        ...operationsOf(app).map(({ where, definition }) => ({ where: `${where}.display.description`, text: definition.display?.description })),
      ];
      return texts.flatMap(({ where, text }) => (nonEmpty(text) ? markdownLinkProblems(text).map((message) => ({ where, message })) : []));
    },
  },
  {
    id: 'D009',
    title: 'every search has at least one required input field',
    check: (app) =>
      operationsOf(app)
        .filter(({ kind }) => kind === 'searches')
        .filter(({ definition }) => !staticFields(definition.operation?.inputFields).some((field) => field.required && !field.computed))
        .map(({ where }) => ({ where: `${where}.inputFields`, message: 'no required field to search by' })),
  },
  {
    id: 'D010',
    title: 'every static sample has a primary key (`id`, or the fields marked `primary`)',
    check: (app) =>
      operationsOf(app).flatMap(({ where, definition }) => {
        const sample = definition.operation?.sample;
        if (!sample || Object.keys(sample).length === 0) return [];
        const primary = staticFields(definition.operation?.outputFields).filter((field) => field.primary).map((field) => field.key);
        const keys = primary.length ? primary : ['id'];
        return keys
          .filter((key) => sample[key] === undefined || sample[key] === null || sample[key] === '')
          .map((key) => ({ where: `${where}.sample.${key}`, message: `primary key "${key}" is missing from the sample` }));
      }),
  },
  {
    id: 'D011',
    title: 'visible fields have help text that differs from the label',
    check: (app) => {
      const same = (a: string, b: string) => a.trim().replace(/[.:]$/, '').toLowerCase() === b.trim().replace(/[.:]$/, '').toLowerCase();
      return inputFieldsOf(app)
        .filter(({ hidden }) => !hidden)
        .flatMap(({ where, field }) => {
          if (!nonEmpty(field.helpText)) return [{ where: `${where}.helpText`, message: 'empty: say what to enter and why' }];
          if (same(field.helpText, field.label ?? field.key)) return [{ where: `${where}.helpText`, message: 'repeats the label instead of helping' }];
          return [];
        });
    },
  },
  {
    id: 'D012',
    title: 'every visible operation has a static sample',
    check: (app) =>
      operationsOf(app)
        .filter(({ hidden, definition }) => !hidden && Object.keys(definition.operation?.sample ?? {}).length === 0)
        .map(({ where }) => ({ where: `${where}.operation.sample`, message: 'missing: visible operations need a static sample' })),
  },
  {
    id: 'D018',
    title: 'labels are Title Case (operation, input and output field labels; choice labels are exempt)',
    // Choice labels are exempt: they read as short descriptions of each option, as in Zapier's own apps.
    check: (app) => {
      const labels = [
        ...operationsOf(app).map(({ where, definition }) => ({ where: `${where}.display.label`, label: definition.display?.label })),
        ...inputFieldsOf(app).map(({ where, field }) => ({ where: `${where}.label`, label: field.label })),
        ...outputFieldsOf(app).map(({ where, field }) => ({ where: `${where}.label`, label: field.label })),
      ];
      return labels.flatMap(({ where, label }) => {
        if (!nonEmpty(label)) return [];
        const words = titleCaseViolations(label);
        return words.length ? [{ where, message: `"${label}" is not Title Case (${words.join(', ')})` }] : [];
      });
    },
  },
  {
    id: 'D021',
    title: 'trigger descriptions start "Triggers when" and end with a period (hidden triggers too)',
    check: (app) =>
      operationsOf(app)
        .filter(({ kind }) => kind === 'triggers')
        .flatMap(({ where, definition }) => {
          const description = definition.display?.description ?? '';
          const problems: string[] = [];
          if (!description.startsWith('Triggers when ')) problems.push('does not start with "Triggers when"');
          if (!description.trimEnd().endsWith('.')) problems.push('does not end with a period');
          return problems.map((message) => ({ where: `${where}.display.description`, message: `"${description}" ${message}` }));
        }),
  },
  {
    id: 'D023',
    title: 'dates in samples are ISO 8601 with an offset',
    check: (app) =>
      operationsOf(app).flatMap(({ where, definition }) =>
        Object.entries(flattenSample(definition.operation?.sample ?? {})).flatMap(([key, value]) => {
          const problem = sampleDateProblem(key.split('__').pop() ?? key, value);
          return problem ? [{ where: `${where}.sample.${key}`, message: problem }] : [];
        }),
      ),
  },
  {
    id: 'D024',
    title: 'samples respect outputFields: same keys, declared types match, null allowed',
    check: (app) =>
      operationsOf(app).flatMap(({ where, definition }) => {
        const sample = definition.operation?.sample;
        if (!sample || Object.keys(sample).length === 0) return [];
        const values = flattenSample(sample);
        const fields = staticFields(definition.operation?.outputFields);
        const declared = new Map(fields.map((field) => [field.key, field]));
        const problems: Problem[] = [];
        for (const field of fields) {
          if (!(field.key in values)) problems.push({ where: `${where}.sample`, message: `output field "${field.key}" is missing from the sample` });
        }
        for (const [key, value] of Object.entries(values)) {
          const field = declared.get(key);
          if (!field) {
            problems.push({ where: `${where}.sample.${key}`, message: 'is not an output field' });
            continue;
          }
          if (value === null) continue;
          const matches = field.type ? OUTPUT_TYPES[field.type] : undefined;
          if (matches && !matches(value)) {
            problems.push({ where: `${where}.sample.${key}`, message: `${JSON.stringify(value)} is not a ${field.type}` });
          }
          const needed = typeNeededFor(value);
          if (needed && !needed.includes(field.type ?? 'string')) {
            problems.push({ where: `${where}.outputFields.${key}`, message: `sample value ${JSON.stringify(value)} needs type ${needed.join(' or ')} (declared ${field.type ?? 'none'})` });
          }
        }
        return problems;
      }),
  },
];

/** Every rule's findings over `app`, in rule order. */
export function runChecks(app: AppDefinition, checks: IntegrationCheck[]): Finding[] {
  return checks.flatMap((rule) => rule.check(app).map((problem) => ({ id: rule.id, ...problem })));
}

/** One line per finding, for a failure message a person can act on. */
export function formatFindings(findings: Finding[]): string {
  return findings.map(({ id, where, message }) => `${id}  ${where}: ${message}`).join('\n');
}

// ---------------------------------------------------------------------------------------------------------
// CONTRACT.md: which keys the app promises
// ---------------------------------------------------------------------------------------------------------

export const CONTRACT_PATH = join(ROOT, '..', 'shared', 'CONTRACT.md');

export interface ContractOperation {
  kind: OperationKind;
  key: string;
  label: string | null;
  inputs: string[];
  outputs: string[];
}

export interface Contract {
  authFields: { key: string; label: string | null }[];
  operations: ContractOperation[];
}

const SECTION_KINDS: Readonly<Record<string, OperationKind | 'authentication'>> = {
  authentication: 'authentication',
  triggers: 'triggers',
  creates: 'creates',
  searches: 'searches',
};

/** The phrase that stands for the missed-call output table ("Output: the missed-call shape."). */
const SHARED_SHAPE = /missed-call shape/;
const SHARED_SHAPE_OWNER = 'missed_call';

const backquoted = (text: string) => [...text.matchAll(/`([^`]+)`/g)].map((match) => match[1]);

/**
 * The backquoted keys of an "Inputs: `a` (..), `b`." list, up to the sentence's end: keys inside
 * parentheses are values or notes (`auto`, `opt_out`), not fields.
 */
function listKeys(text: string): { keys: string[]; end: number } {
  const keys: string[] = [];
  let depth = 0;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i];
    if (char === '`') {
      const close = text.indexOf('`', i + 1);
      if (close < 0) break;
      if (depth === 0) keys.push(text.slice(i + 1, close));
      i = close;
    } else if (char === '(') depth += 1;
    else if (char === ')') depth = Math.max(0, depth - 1);
    else if (depth === 0 && char === '.' && (i + 1 === text.length || /\s/.test(text[i + 1]))) return { keys, end: i };
    else if (depth === 0 && char === '\n' && text[i + 1] === '\n') return { keys, end: i };
  }
  return { keys, end: text.length };
}

/** Reads operation keys, labels, input and output keys, and auth field keys from the contract's markdown. */
export function parseContract(markdown: string): Contract {
  const contract: Contract = { authFields: [], operations: [] };
  let section: OperationKind | 'authentication' | null = null;
  let current: ContractOperation | null = null;
  let pendingTable: 'inputs' | 'outputs' | null = null;
  let prose = '';
  const shapeUsers: ContractOperation[] = [];

  const readProse = () => {
    if (!current || !prose) return;
    for (const marker of prose.matchAll(/\b(Inputs|Output)\b[^:\n`]*:/g)) {
      const after = prose.slice((marker.index ?? 0) + marker[0].length);
      const { keys, end } = listKeys(after);
      const list = after.slice(0, end);
      const target = marker[1] === 'Inputs' ? current.inputs : current.outputs;
      if (marker[1] === 'Output' && SHARED_SHAPE.test(list)) shapeUsers.push(current);
      target.push(...keys);
      if (!list.trim()) pendingTable = marker[1] === 'Inputs' ? 'inputs' : 'outputs';
    }
    prose = '';
  };

  for (const line of markdown.split('\n')) {
    const h2 = /^## (\w+)/.exec(line);
    const h3 = /^### `([^`]+)`(?:\s*-\s*"([^"]+)")?/.exec(line);
    if (h2 || h3) {
      readProse();
      pendingTable = null;
    }
    if (h2) {
      section = SECTION_KINDS[h2[1].toLowerCase()] ?? null;
      current = null;
      continue;
    }
    if (h3 && section && section !== 'authentication') {
      current = { kind: section, key: h3[1], label: h3[2] ?? null, inputs: [], outputs: [] };
      contract.operations.push(current);
      continue;
    }
    if (line.startsWith('|')) {
      readProse();
      const cells = line.split('|').slice(1, -1).map((cell) => cell.trim());
      if (cells.length === 0 || /^-+$/.test(cells[0]) || cells[0] === 'key') continue;
      const keys = backquoted(cells[0]);
      if (section === 'authentication' && !current) contract.authFields.push(...keys.map((key) => ({ key, label: cells[1] || null })));
      else if (current && pendingTable) (pendingTable === 'inputs' ? current.inputs : current.outputs).push(...keys);
      continue;
    }
    if (line.trim() === '' && prose.endsWith('\n\n')) continue;
    prose += `${line}\n`;
  }
  readProse();

  const owner = contract.operations.find((operation) => operation.key === SHARED_SHAPE_OWNER);
  for (const user of shapeUsers) user.outputs.push(...(owner?.outputs ?? []));
  for (const operation of contract.operations) {
    operation.inputs = [...new Set(operation.inputs)];
    operation.outputs = [...new Set(operation.outputs)];
  }
  return contract;
}

/** The contract rule: every operation, label, input, output and auth field the contract lists exists in the app. */
export function contractCheck(contract: Contract): IntegrationCheck {
  return {
    id: 'CONTRACT',
    title: 'every key CONTRACT.md lists exists in the app',
    check: (app) => {
      const problems: Problem[] = [];
      const authFields = new Map(staticFields(app.authentication?.fields).map((field) => [field.key, field]));
      for (const { key, label } of contract.authFields) {
        const field = authFields.get(key);
        if (!field) problems.push({ where: `authentication.fields.${key}`, message: 'missing (CONTRACT.md lists it)' });
        else if (label && field.label !== label) problems.push({ where: `authentication.fields.${key}.label`, message: `"${field.label}", contract says "${label}"` });
      }
      for (const operation of contract.operations) {
        const where = `${operation.kind}.${operation.key}`;
        const definition = app[operation.kind]?.[operation.key];
        if (!definition) {
          problems.push({ where, message: 'missing (CONTRACT.md lists it)' });
          continue;
        }
        if (operation.label && definition.display?.label !== operation.label) {
          problems.push({ where: `${where}.display.label`, message: `"${definition.display?.label}", contract says "${operation.label}"` });
        }
        const inputs = new Set(staticFields(definition.operation?.inputFields).map((field) => field.key));
        const outputs = new Set(staticFields(definition.operation?.outputFields).map((field) => field.key));
        for (const key of operation.inputs.filter((input) => !inputs.has(input))) {
          problems.push({ where: `${where}.inputFields.${key}`, message: 'missing (CONTRACT.md lists it)' });
        }
        for (const key of operation.outputs.filter((output) => !outputs.has(output))) {
          problems.push({ where: `${where}.outputFields.${key}`, message: 'missing (CONTRACT.md lists it)' });
        }
      }
      return problems;
    },
  };
}
