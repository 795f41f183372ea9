import type { Bundle, ZObject } from 'zapier-platform-core';
import App from '../index';

/**
 * The app's operations' functions by kind and key, for tests, the main job and the benchmarks: one lookup instead
 * of a cast per file. Keys and kinds are checked against the app definition; results are what a caller reads them as
 * (Zapier's definition types do not keep them).
 */
export type Perform = (z: ZObject, bundle: Bundle) => unknown;

type Definitions = typeof App;
export type OperationKind = 'triggers' | 'creates' | 'searches';
/** The keys of one kind of operation, as index.ts registers them. */
export type OperationKey<K extends OperationKind> = keyof NonNullable<Definitions[K]> & string;
type FunctionName = 'perform' | 'performList' | 'performSubscribe' | 'performUnsubscribe';
type OperationOf<K extends OperationKind> = NonNullable<Definitions[K]>[OperationKey<K>] extends infer D
  ? D extends { operation: infer O }
    ? O
    : never
  : never;
/** The functions Zapier's types allow on an operation of that kind (only triggers have hook functions). */
export type OperationFunction<K extends OperationKind> =
  OperationOf<K> extends infer O ? (O extends unknown ? Extract<keyof O, FunctionName> : never) : never;

/** One function of one operation, e.g. `perform('triggers', 'missed_call_instant', 'performSubscribe')`. */
export function perform<K extends OperationKind>(
  kind: K,
  key: OperationKey<K>,
  fn: OperationFunction<K> = 'perform' as OperationFunction<K>,
): Perform {
  const operations: Partial<Record<string, { operation?: object }>> = App[kind] ?? {};
  if (!Object.hasOwn(operations, key)) throw new Error(`The app has no ${kind} operation "${key}".`);
  const found = (operations[key]?.operation as Partial<Record<string, unknown>> | undefined)?.[fn];
  if (typeof found !== 'function') throw new Error(`The ${kind} operation "${key}" has no ${fn} function.`);
  return found as Perform;
}

/** The connection's test (Zapier runs it when an owner connects an account). */
export function connectionTest(): Perform {
  const test = App.authentication?.test;
  if (typeof test !== 'function') throw new Error('The app has no connection test function.');
  return test as Perform;
}
