import '../helpers/many-runs';
import { answeringProxy } from '../helpers/answering-proxy';
import { useSandbox } from '../helpers/app';
import { corpus, label, OPERATIONS, type Operation } from '../helpers/bad-input-corpus';
import { corpusRunner } from '../helpers/corpus-runner';

/**
 * Every case of the bad-input corpus (test/fixtures/bad-input.json) through the real operation, the way Zapier
 * runs it, against one sandbox. Whatever the input, the outcome is the one the case names: a plain error, a skip,
 * nothing, or a result; never a crash; and never a text that should not go out (the sandbox's outbound-api
 * messages are counted around every case). How a case runs: test/helpers/corpus-runner.ts.
 */

const sandbox = useSandbox();
const proxy = answeringProxy(() => sandbox().url);
beforeAll(() => proxy.start());
afterAll(() => proxy.stop());
const runCase = corpusRunner(sandbox, proxy);

describe('the corpus itself', () => {
  test('has at least 200 cases, each well-formed and uniquely named', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(200);
    const names = corpus.map((entry) => `${entry.operation}: ${entry.name}`);
    expect(new Set(names).size).toBe(names.length);
    for (const entry of corpus) {
      expect(OPERATIONS).toContain(entry.operation);
      expect(['error', 'skip', 'empty', 'ok']).toContain(entry.expect);
      if (entry.expect === 'skip') expect(entry.skip_reason).toMatch(/^[a-z_]+$/);
      // Every error case says what the owner must read.
      if (entry.expect === 'error') expect(entry.message).toBeTruthy();
    }
  });

  test('covers every operation with each kind of outcome it can have', () => {
    const kinds = (operation: Operation) =>
      new Set(corpus.filter((entry) => entry.operation === operation).map((entry) => entry.expect));
    for (const operation of OPERATIONS) expect(kinds(operation).has('error')).toBe(true);
    expect([...kinds('send_text_back')].sort()).toEqual(['error', 'ok', 'skip']);
    for (const operation of ['find_consent', 'missed_call_webhook', 'missed_call_instant'] as const)
      expect(kinds(operation).has('empty')).toBe(true);
  });

  test('gives each seeded caller its own number, so cases cannot see each other', () => {
    const callers = corpus.filter((entry) => entry.caller).map((entry) => entry.caller!);
    expect(new Set(callers).size).toBe(callers.length);
    for (const caller of callers) expect(caller).toMatch(/^\+1\d{3}55501\d\d$/);
  });
});

const live = corpus.filter((entry) => !entry.bug);
const known = corpus.filter((entry) => entry.bug);

describe('bad input through the real operations', () => {
  test.each(live.map((entry) => [label(entry), entry] as const))('%s', async (_label, entry) => {
    await runCase(entry);
  });

  if (known.length) {
    // Known defects: each row states the right outcome; it runs again once the code is fixed and the mark removed.
    test.skip.each(known.map((entry) => [`${label(entry)} (bug: ${entry.bug})`, entry] as const))(
      '%s',
      async (_label, entry) => {
        await runCase(entry);
      },
    );
  }
});
