import App from '../../index';
import { connectionTest, type OperationFunction, type OperationKey, perform } from '../../scripts/app-operations';

/** The one lookup of an operation's functions that tests, the main job and the benchmarks share. */
describe('perform(kind, key, fn)', () => {
  test.each([
    ['triggers', 'missed_call', 'perform', App.triggers.missed_call.operation],
    ['triggers', 'missed_call_instant', 'performSubscribe', App.triggers.missed_call_instant.operation],
    ['triggers', 'missed_call_instant', 'performUnsubscribe', App.triggers.missed_call_instant.operation],
    ['triggers', 'missed_call_webhook', 'performList', App.triggers.missed_call_webhook.operation],
    ['creates', 'send_text_back', 'perform', App.creates.send_text_back.operation],
    ['searches', 'find_consent', 'perform', App.searches.find_consent.operation],
  ] as const)('%s %s %s is the function the definition declares', (kind, key, fn, operation) => {
    const declared = (operation as Record<string, unknown>)[fn];
    expect(typeof declared).toBe('function');
    expect(perform(kind, key as never, fn as never)).toBe(declared);
  });

  test('perform is the default function', () => {
    expect(perform('creates', 'send_text_back')).toBe(App.creates.send_text_back.operation.perform);
  });

  test('a key the app does not have is refused by name (for callers the types do not reach)', () => {
    expect(() => perform('triggers', 'missed_calls' as never)).toThrow(
      'The app has no triggers operation "missed_calls".',
    );
    expect(() => perform('creates', 'missed_call' as never)).toThrow('The app has no creates operation "missed_call".');
    expect(() => perform('searches', 'toString' as never)).toThrow('The app has no searches operation "toString".');
  });

  test('a function the operation does not have is refused by name', () => {
    expect(() => perform('triggers', 'missed_call', 'performSubscribe')).toThrow(
      'The triggers operation "missed_call" has no performSubscribe function.',
    );
  });

  test('the connection test is the one authentication declares', () => {
    expect(connectionTest()).toBe(App.authentication?.test);
  });

  test('keys and functions are checked by the compiler (npm run build fails if these lines compile)', () => {
    // @ts-expect-error: no such trigger
    const key: OperationKey<'triggers'> = 'missed_calls';
    // @ts-expect-error: a create is not a search
    const search: OperationKey<'searches'> = 'send_text_back';
    // @ts-expect-error: creates have no hook functions
    const fn: OperationFunction<'creates'> = 'performSubscribe';
    expect([key, search, fn]).toEqual(['missed_calls', 'send_text_back', 'performSubscribe']);
  });
});
