/**
 * A newcomer follows one text from the operation to Twilio's POST in five files or fewer, each named for its step
 * (issue 19): `creates/send-text-back.ts` imports the orchestrator when it runs, and the orchestrator's own-folder
 * imports are the steps. Lower floors (`lib/twilio/`, `lib/history/`, ...) are the library the steps use, named in
 * ARCHITECTURE.md's rule table; a file the orchestrator imports from its own folder is one more file on the path.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const ROOT = join(__dirname, '..', '..');
const START = 'creates/send-text-back.ts';
const STEPS = ['resolve', 'history', 'decide', 'claim', 'send'];
/** The file each step lives in; the send is the end of the orchestrator. */
const STEP_FILES: Record<string, string> = {
  'resolve.ts': 'resolve',
  'history.ts': 'history',
  'decide.ts': 'decide',
  'claim.ts': 'claim',
  'send-text-back.ts': 'send',
};

/** `{ type A, b }` imports a value (b); `{ type A }` does not. */
const hasValueName = (clause: string) =>
  clause
    .replace(/[{}]/g, '')
    .split(',')
    .map((name) => name.trim())
    .some((name) => name !== '' && !name.startsWith('type '));

/** The files a source imports for their values, static or `await import(...)`; `import type` is no step. */
function valueImports(file: string): string[] {
  const source = readFileSync(join(ROOT, file), 'utf8');
  const statics = [...source.matchAll(/^import (?!type )([\s\S]*?) from '([^']+)';/gm)]
    .filter(([, clause]) => !clause.trim().startsWith('{') || hasValueName(clause))
    .map((match) => match[2]);
  const dynamics = [...source.matchAll(/\bimport\('([^']+)'\)/g)].map((match) => match[1]);
  const specifiers = [...statics, ...dynamics];
  return specifiers
    .filter((specifier) => specifier.startsWith('.'))
    .map((specifier) => relative(ROOT, resolve(ROOT, dirname(file), `${specifier}.ts`)))
    .filter((path) => existsSync(join(ROOT, path)));
}

/** The path as the imports draw it: the orchestrator the operation imports, then the steps in its own folder. */
function followATextPath(): string[] {
  const orchestrators = valueImports(START).filter((path) => path.startsWith('lib/text-back/'));
  expect(orchestrators).toEqual(['lib/text-back/send-text-back.ts']);
  const [orchestrator] = orchestrators;
  const steps = valueImports(orchestrator).filter((path) => dirname(path) === dirname(orchestrator));
  return [orchestrator, ...steps];
}

describe('follow a text from Send Text-Back to the send', () => {
  const path = followATextPath();

  test('five files or fewer', () => {
    expect(path.length).toBeLessThanOrEqual(5);
  });

  test('each file is named for its step, and every step has one', () => {
    const named = path.map((file) => STEP_FILES[file.split('/').pop() ?? ''] ?? `${file} (no step)`);
    expect([...named].sort()).toEqual([...STEPS].sort());
  });

  test('ARCHITECTURE.md says the same path', () => {
    const architecture = readFileSync(join(ROOT, 'ARCHITECTURE.md'), 'utf8');
    const section = /## Follow a text[^\n]*\n([\s\S]*?)(?=\n## |$)/.exec(architecture)?.[1] ?? '';
    const written = [...section.matchAll(/`(lib\/text-back\/[\w-]+\.ts)`/g)].map((match) => match[1]);
    expect(new Set(written)).toEqual(new Set(path));
  });
});
