/**
 * The parts of Zapier's integration checks (docs.zapier.com/platform/publish/integration-checks-reference)
 * that can be decided offline, as a table of small rules over the built app definition, plus a rule that
 * the app still offers every key CONTRACT.md promises (Zaps store those keys; C001-C003 forbid losing one).
 */
import { type AppDefinition, type FieldDefinition, operationsOf, staticFields } from './app-loader';
import type { Contract } from './contract-parser';
import { markdownLinkProblems, sampleDateProblem, titleCaseViolations } from './text-rules';

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
    staticFields(definition.operation?.inputFields).map((field) => ({
      where: `${where}.inputFields.${field.key}`,
      field,
      hidden: false,
    })),
  );
  return [...auth, ...operations];
}

function outputFieldsOf(app: AppDefinition): FieldEntry[] {
  return operationsOf(app).flatMap(({ where, definition }) =>
    staticFields(definition.operation?.outputFields).map((field) => ({
      where: `${where}.outputFields.${field.key}`,
      field,
      hidden: false,
    })),
  );
}

const nonEmpty = (text: unknown): text is string => typeof text === 'string' && text.trim() !== '';

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
        : [
            {
              where: 'authentication.connectionLabel',
              message: 'missing: owners cannot tell their connected accounts apart',
            },
          ];
    },
  },
  {
    id: 'D004',
    title: 'id inputs use dynamic dropdowns (documented exceptions aside)',
    check: (app) =>
      inputFieldsOf(app)
        .filter(
          ({ field }) =>
            ID_KEY.test(field.key) && !field.dynamic && !field.choices && !(field.key in ID_FIELDS_WITHOUT_DROPDOWN),
        )
        .map(({ where }) => ({
          where,
          message: 'takes an id but has no dynamic dropdown (add `dynamic`, or a documented exception)',
        })),
  },
  {
    id: 'D008',
    title: 'markdown links in help text and descriptions are well formed',
    check: (app) => {
      const texts = [
        ...inputFieldsOf(app).map(({ where, field }) => ({ where: `${where}.helpText`, text: field.helpText })),
        ...operationsOf(app).map(({ where, definition }) => ({
          where: `${where}.display.description`,
          text: definition.display?.description,
        })),
      ];
      return texts.flatMap(({ where, text }) =>
        nonEmpty(text) ? markdownLinkProblems(text).map((message) => ({ where, message })) : [],
      );
    },
  },
  {
    id: 'D009',
    title: 'every search has at least one required input field',
    check: (app) =>
      operationsOf(app)
        .filter(({ kind }) => kind === 'searches')
        .filter(
          ({ definition }) =>
            !staticFields(definition.operation?.inputFields).some((field) => field.required && !field.computed),
        )
        .map(({ where }) => ({ where: `${where}.inputFields`, message: 'no required field to search by' })),
  },
  {
    id: 'D010',
    title: 'every static sample has a primary key (`id`, or the fields marked `primary`)',
    check: (app) =>
      operationsOf(app).flatMap(({ where, definition }) => {
        const sample = definition.operation?.sample;
        if (!sample || Object.keys(sample).length === 0) return [];
        const primary = staticFields(definition.operation?.outputFields)
          .filter((field) => field.primary)
          .map((field) => field.key);
        const keys = primary.length ? primary : ['id'];
        return keys
          .filter((key) => sample[key] === undefined || sample[key] === null || sample[key] === '')
          .map((key) => ({
            where: `${where}.sample.${key}`,
            message: `primary key "${key}" is missing from the sample`,
          }));
      }),
  },
  {
    id: 'D011',
    title: 'visible fields have help text that differs from the label',
    check: (app) => {
      const same = (a: string, b: string) =>
        a.trim().replace(/[.:]$/, '').toLowerCase() === b.trim().replace(/[.:]$/, '').toLowerCase();
      return inputFieldsOf(app)
        .filter(({ hidden }) => !hidden)
        .flatMap(({ where, field }) => {
          if (!nonEmpty(field.helpText))
            return [{ where: `${where}.helpText`, message: 'empty: say what to enter and why' }];
          if (same(field.helpText, field.label ?? field.key))
            return [{ where: `${where}.helpText`, message: 'repeats the label instead of helping' }];
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
        .map(({ where }) => ({
          where: `${where}.operation.sample`,
          message: 'missing: visible operations need a static sample',
        })),
  },
  {
    id: 'D018',
    title: 'labels are Title Case (operation, input and output field labels; choice labels are exempt)',
    // Choice labels are exempt: they read as short descriptions of each option, as in Zapier's own apps.
    check: (app) => {
      const labels = [
        ...operationsOf(app).map(({ where, definition }) => ({
          where: `${where}.display.label`,
          label: definition.display?.label,
        })),
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
          return problems.map((message) => ({
            where: `${where}.display.description`,
            message: `"${description}" ${message}`,
          }));
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
          if (!(field.key in values))
            problems.push({
              where: `${where}.sample`,
              message: `output field "${field.key}" is missing from the sample`,
            });
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
            problems.push({
              where: `${where}.sample.${key}`,
              message: `${JSON.stringify(value)} is not a ${field.type}`,
            });
          }
          const needed = typeNeededFor(value);
          if (needed && !needed.includes(field.type ?? 'string')) {
            problems.push({
              where: `${where}.outputFields.${key}`,
              message: `sample value ${JSON.stringify(value)} needs type ${needed.join(' or ')} (declared ${field.type ?? 'none'})`,
            });
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
        else if (label && field.label !== label)
          problems.push({
            where: `authentication.fields.${key}.label`,
            message: `"${field.label}", contract says "${label}"`,
          });
      }
      for (const operation of contract.operations) {
        const where = `${operation.kind}.${operation.key}`;
        const definition = app[operation.kind]?.[operation.key];
        if (!definition) {
          problems.push({ where, message: 'missing (CONTRACT.md lists it)' });
          continue;
        }
        if (operation.label && definition.display?.label !== operation.label) {
          problems.push({
            where: `${where}.display.label`,
            message: `"${definition.display?.label}", contract says "${operation.label}"`,
          });
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
