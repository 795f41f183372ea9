/**
 * The app definition exactly as Zapier gets it (the build output, compiled by zapier-platform-core), typed as
 * loosely as the built JavaScript gives it, with the walks over it the integration rules share.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';

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

const ROOT = join(__dirname, '..', '..');

/**
 * The app exactly as Zapier gets it: the build output, compiled the way zapier-platform-core does it
 * (resources expanded into triggers, searches and creates).
 */
export function loadBuiltApp(): AppDefinition {
  const entry = join(ROOT, 'dist', 'index.js');
  if (!existsSync(entry)) throw new Error(`${entry} is missing: run \`npm run build\` (npm test builds first).`);
  const raw = require(entry) as unknown;
  const { compileApp } = require('zapier-platform-core/src/tools/schema') as {
    compileApp: (app: unknown) => AppDefinition;
  };
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
  return (fields ?? [])
    .flatMap(declared)
    .filter(
      (field): field is FieldDefinition =>
        typeof field === 'object' && field !== null && typeof (field as FieldDefinition).key === 'string',
    );
}
