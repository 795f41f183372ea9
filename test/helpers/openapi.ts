import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';

/**
 * Contract checks against Twilio's own OpenAPI descriptions (twilio-oai): a response must match the
 * operation's response schema, a request may only use the parameters the operation declares.
 * The specs live beside the repository (`../shared/twilio-oai`, or `TWILIO_OAI_DIR`); when they are absent,
 * `OPENAPI_AVAILABLE` is false and suites skip with `OPENAPI_MISSING`.
 */

const REPO_ROOT = resolve(__dirname, '..', '..');
export const OPENAPI_DIR = process.env.TWILIO_OAI_DIR ?? resolve(REPO_ROOT, '..', 'shared', 'twilio-oai');
const SPEC_FILES = ['twilio_api_v2010.json', 'twilio_lookups_v2.json', 'twilio_messaging_v1.json'] as const;
export const OPENAPI_AVAILABLE = SPEC_FILES.every((file) => existsSync(resolve(OPENAPI_DIR, file)));
export const OPENAPI_MISSING = `Twilio's OpenAPI files are not in ${OPENAPI_DIR} (set TWILIO_OAI_DIR): contract checks skipped`;

export interface CheckResult {
  valid: boolean;
  errors: string[];
}

/** A schema object of an OpenAPI description or of JSON Schema, as parsed JSON. */
type SchemaObject = { [keyword: string]: unknown };
const isSchemaObject = (value: unknown): value is SchemaObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The parts of an OpenAPI 3.0 description these checks read. */
interface OpenApiParameter {
  in: string;
  name: string;
  schema?: SchemaObject;
}
interface OpenApiOperation {
  parameters?: OpenApiParameter[];
  responses?: Record<string, { content?: Record<string, { schema?: SchemaObject }> }>;
  requestBody?: {
    content?: Record<string, { schema?: { properties?: Record<string, SchemaObject>; required?: string[] } }>;
  };
}
const METHODS = ['get', 'post', 'put', 'delete'] as const;
interface OpenApiSpec {
  components?: { schemas?: Record<string, SchemaObject> };
  paths: Record<string, Partial<Record<(typeof METHODS)[number], OpenApiOperation>>>;
}

interface Operation {
  spec: string;
  method: string;
  template: string;
  pattern: RegExp;
  pathParams: string[];
  operation: OpenApiOperation;
}

/**
 * Quirk: the Lookup v2 description never marks anything nullable, yet its own examples (and the live API)
 * answer `null` for every data package not asked for and for empty `error_code`s. There every property may be null.
 */
const EVERY_PROPERTY_NULLABLE: Record<string, boolean> = { twilio_lookups_v2: true };

const RFC_2822 =
  /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} [+-]\d{4}$/;

function isRfc2822(value: string): boolean {
  if (!RFC_2822.test(value)) return false;
  const instant = Date.parse(value);
  if (Number.isNaN(instant)) return false;
  const offset = value.slice(-5);
  const offsetMinutes = (offset.startsWith('-') ? -1 : 1) * (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(3)));
  const wall = new Date(instant + offsetMinutes * 60_000).toUTCString();
  return wall.slice(0, 3) === value.slice(0, 3) && wall.slice(5, 25) === value.slice(5, 25);
}

/** Twilio's custom formats, checked where they carry meaning and accepted where they only annotate. */
function addTwilioFormats(ajv: Ajv, forRequests: boolean): void {
  addFormats(ajv);
  // A real date whose weekday is right (`Sun, 29 Nov 2026 14:03:00 +0000`).
  ajv.addFormat('date-time-rfc-2822', { validate: isRfc2822 });
  // Twilio's `uri` fields are mostly relative (`/2010-04-01/...`) and callbacks may be blank.
  ajv.addFormat('uri', { validate: (value: string) => value === '' || /^(https?:\/\/[^\s]+|\/[^\s]*)$/.test(value) });
  // Request filters may carry Twilio's `*` wildcard (`PhoneNumber=555010*`).
  ajv.addFormat(
    'phone-number',
    forRequests ? /^(\+?[\d*]{1,15}|(client|sip|sips):\S+)$/ : /^(\+?\d{1,15}|(client|sip|sips):\S+)$/,
  );
  ajv.addFormat('http-method', /^(GET|POST|PUT|DELETE|HEAD|PATCH)$/);
  ajv.addFormat('currency', /^[A-Za-z]{3}$/);
  ajv.addFormat('iso-country-code', /^[A-Z]{2}$/);
  for (const annotation of [
    'uri-map',
    'phone-number-capabilities',
    'ice-server',
    'endpoint',
    'twiml',
    'int64',
    'int32',
    'float',
  ]) {
    ajv.addFormat(annotation, true);
  }
  // Twilio's date filters take `YYYY-MM-DD` as well as date-times (its own examples do).
  if (forRequests)
    ajv.addFormat('date-time', /^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/);
}

/** OpenAPI 3.0 schema → JSON Schema: `nullable` becomes a `null` type, refs point into the named spec. */
function toJsonSchema(schema: SchemaObject, specId: string, nullableProperty?: boolean): SchemaObject;
function toJsonSchema(schema: unknown, specId: string, nullableProperty?: boolean): unknown;
function toJsonSchema(schema: unknown, specId: string, nullableProperty = false): unknown {
  if (Array.isArray(schema)) return schema.map((item) => toJsonSchema(item, specId));
  if (!isSchemaObject(schema)) return schema;
  const out: SchemaObject = {};
  for (const [key, value] of Object.entries(schema)) {
    if (
      key.startsWith('x-') ||
      key === 'nullable' ||
      key === 'example' ||
      key === 'examples' ||
      key === 'discriminator'
    )
      continue;
    if (key === '$ref') out.$ref = `${specId}${String(value)}`;
    else if (key === 'properties' && isSchemaObject(value)) {
      out.properties = Object.fromEntries(
        Object.entries(value).map(([name, property]) => [
          name,
          toJsonSchema(property, specId, EVERY_PROPERTY_NULLABLE[specId]),
        ]),
      );
    } else if (['items', 'additionalProperties', 'not'].includes(key) || ['allOf', 'anyOf', 'oneOf'].includes(key)) {
      out[key] = toJsonSchema(value, specId);
    } else out[key] = value;
  }
  // Twilio answers "" for a SID that is not set (`voice_application_sid` in its own examples).
  if (typeof out.pattern === 'string' && /^\^[A-Z]{2}\[0-9a-fA-F\]\{32\}\$$/.test(out.pattern)) {
    const { minLength, maxLength, pattern, ...rest } = out;
    const sid = Object.fromEntries(
      Object.entries({ minLength, maxLength, pattern }).filter(([, value]) => value !== undefined),
    );
    Object.assign(rest, { anyOf: [sid, { enum: [''] }] });
    return finishNullable(schema, rest, nullableProperty);
  }
  return finishNullable(schema, out, nullableProperty);
}

function finishNullable(schema: SchemaObject, out: SchemaObject, nullableProperty: boolean): SchemaObject {
  if (!(schema.nullable === true || nullableProperty)) return out;
  if (out.$ref) return { anyOf: [{ $ref: out.$ref }, { type: 'null' }] };
  if (typeof out.type === 'string') out.type = [out.type, 'null'];
  if (Array.isArray(out.enum)) out.enum = [...out.enum, null];
  return out;
}

/** Twilio's error envelope; the specs declare only success answers. */
const TWILIO_ERROR_SCHEMA = {
  type: 'object',
  required: ['code', 'message', 'more_info', 'status'],
  properties: {
    code: { type: 'integer' },
    message: { type: 'string' },
    more_info: { type: 'string', pattern: '^https://www\\.twilio\\.com/docs/errors/\\d+$' },
    status: { type: 'integer', minimum: 400, maximum: 599 },
  },
};

let loaded: { operations: Operation[]; responses: Ajv; requests: Ajv } | null = null;

function load(): NonNullable<typeof loaded> {
  if (loaded) return loaded;
  if (!OPENAPI_AVAILABLE) throw new Error(OPENAPI_MISSING);
  const responses = new Ajv({ strict: false, allErrors: true });
  const requests = new Ajv({ strict: false, allErrors: true, coerceTypes: true });
  addTwilioFormats(responses, false);
  addTwilioFormats(requests, true);
  const operations: Operation[] = [];
  for (const file of SPEC_FILES) {
    const spec = JSON.parse(readFileSync(resolve(OPENAPI_DIR, file), 'utf8')) as OpenApiSpec;
    const specId = file.replace(/\.json$/, '');
    // `components.schemas` is a map of schemas, not a schema: convert each entry.
    const schemas = Object.fromEntries(
      Object.entries(spec.components?.schemas ?? {}).map(([name, schema]) => [name, toJsonSchema(schema, specId)]),
    );
    const components = { $id: specId, components: { schemas } };
    responses.addSchema(components);
    requests.addSchema(components);
    for (const [template, item] of Object.entries(spec.paths)) {
      for (const method of METHODS) {
        const operation = item[method];
        if (!operation) continue;
        const pathParams: string[] = [];
        const source = template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{(\w+)\}/g, (_, name: string) => {
          pathParams.push(name);
          return '([^/]+)';
        });
        operations.push({
          spec: specId,
          method: method.toUpperCase(),
          template,
          pattern: new RegExp(`^${source}$`),
          pathParams,
          operation,
        });
      }
    }
  }
  // Literal paths win over templated ones (`Calls/FeedbackSummary.json` before `Calls/{Sid}.json`).
  operations.sort((a, b) => a.pathParams.length - b.pathParams.length);
  loaded = { operations, responses, requests };
  return loaded;
}

function pathOnly(path: string): string {
  const withoutHost = path.replace(/^https?:\/\/[^/]+/, '');
  const bare = withoutHost.split('?')[0];
  try {
    return decodeURIComponent(bare);
  } catch {
    return bare;
  }
}

/** The OpenAPI operation for a request, with its path parameters; null when no operation matches. */
export function findOperation(method: string, path: string): (Operation & { params: Record<string, string> }) | null {
  const bare = pathOnly(path);
  for (const candidate of load().operations) {
    if (candidate.method !== method.toUpperCase()) continue;
    const match = candidate.pattern.exec(bare);
    if (match)
      return {
        ...candidate,
        params: Object.fromEntries(candidate.pathParams.map((name, index) => [name, match[index + 1]])),
      };
  }
  return null;
}

const compiled = new Map<string, ValidateFunction>();

function validator(ajv: Ajv, key: string, schema: SchemaObject): ValidateFunction {
  let validate = compiled.get(key);
  if (!validate) {
    validate = ajv.compile(schema);
    compiled.set(key, validate);
  }
  return validate;
}

function messages(validate: ValidateFunction, where: string): string[] {
  return (validate.errors ?? []).map(
    (error) =>
      `${where}${error.instancePath || '/'} ${error.message ?? 'is invalid'}${error.params && 'allowedValues' in error.params ? ` (${(error.params.allowedValues as unknown[]).join(', ')})` : ''}`,
  );
}

/** Checks an answer against the operation's response schema (error answers against Twilio's error envelope). */
export function validateResponse(method: string, path: string, status: number, body: unknown): CheckResult {
  const found = findOperation(method, path);
  if (!found)
    return { valid: false, errors: [`no operation ${method.toUpperCase()} ${pathOnly(path)} in Twilio's OpenAPI`] };
  const { responses } = load();
  let schema: SchemaObject;
  let key: string;
  if (status >= 400) {
    schema = TWILIO_ERROR_SCHEMA;
    key = 'twilio-error';
  } else {
    const declared = found.operation.responses?.[String(status)];
    if (!declared) {
      return {
        valid: false,
        errors: [
          `${found.method} ${found.template} answers ${Object.keys(found.operation.responses ?? {}).join('/')}, not ${status}`,
        ],
      };
    }
    schema = toJsonSchema(declared.content?.['application/json']?.schema ?? {}, found.spec);
    key = `${found.spec} ${found.method} ${found.template} ${status}`;
  }
  const validate = validator(responses, key, schema);
  return validate(body) ? { valid: true, errors: [] } : { valid: false, errors: messages(validate, 'body') };
}

/**
 * Checks a request: the path matches an operation, path parameters fit their schemas, and every query and
 * form parameter is one the operation declares, with a value its schema accepts; required form fields are present.
 */
export function validateRequest(
  method: string,
  path: string,
  query: Record<string, unknown> = {},
  form: Record<string, unknown> = {},
): CheckResult {
  const found = findOperation(method, path);
  if (!found)
    return { valid: false, errors: [`no operation ${method.toUpperCase()} ${pathOnly(path)} in Twilio's OpenAPI`] };
  const { requests } = load();
  const errors: string[] = [];
  const declared = found.operation.parameters ?? [];
  const check = (where: string, name: string, schema: SchemaObject | undefined, value: unknown) => {
    const validate = validator(
      requests,
      `${found.spec} ${found.method} ${found.template} ${where} ${name}`,
      toJsonSchema(schema ?? {}, found.spec),
    );
    if (!validate(value)) errors.push(...messages(validate, `${where} ${name}`));
  };
  for (const [name, value] of Object.entries(found.params)) {
    check(
      'path',
      name,
      declared.find((parameter) => parameter.in === 'path' && parameter.name === name)?.schema,
      value,
    );
  }
  for (const [name, value] of Object.entries(query)) {
    const parameter = declared.find((candidate) => candidate.in === 'query' && candidate.name === name);
    if (!parameter) errors.push(`query ${name} is not a parameter of ${found.method} ${found.template}`);
    else check('query', name, parameter.schema, value);
  }
  const formSchema = found.operation.requestBody?.content?.['application/x-www-form-urlencoded']?.schema;
  if (Object.keys(form).length && !formSchema) errors.push(`${found.method} ${found.template} takes no form body`);
  if (formSchema) {
    for (const [name, value] of Object.entries(form)) {
      const property = formSchema.properties?.[name];
      if (!property) errors.push(`form ${name} is not a parameter of ${found.method} ${found.template}`);
      else check('form', name, property, value);
    }
    for (const name of formSchema.required ?? []) if (!(name in form)) errors.push(`form ${name} is required`);
  }
  return { valid: errors.length === 0, errors };
}
