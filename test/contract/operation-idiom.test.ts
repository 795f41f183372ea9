/**
 * One way to write an operation (../shared/STYLE.md, after Zapier's TypeScript examples): every perform is wrapped in
 * the guard and typed with `satisfies` against the inferred bundle and the core's output type, never by annotating
 * its parameters; the sample is checked against the same output type; the reason steps import their core when they
 * run is said once (ARCHITECTURE.md), not in every file.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import App from '../../index';

const ROOT = join(__dirname, '..', '..');
const OPERATION_FILES = ['triggers', 'creates', 'searches'].flatMap((folder) =>
  readdirSync(join(ROOT, folder))
    .filter((name) => name.endsWith('.ts'))
    .map((name) => `${folder}/${name}`),
);

/** Each `const perform… = …;` declaration of a file, as written. */
function performDeclarations(source: string): { name: string; text: string }[] {
  const starts = [...source.matchAll(/^const (perform\w*) = /gm)];
  return starts.map((start, index) => {
    const end = starts[index + 1]?.index ?? source.indexOf('\nexport default');
    const text = source.slice((start.index ?? 0) + start[0].length, end).trim();
    // The declaration ends at its own `;` that closes a satisfies clause, or at the next top-level statement.
    const closed = /^[\s\S]*?\) satisfies [^;]+;$/m.exec(text)?.[0] ?? text.split(/\n(?=\S)/)[0];
    return { name: start[1], text: closed.replace(/;$/, '') };
  });
}

/** `guard(async (z, bundle) => ...) satisfies <Kind>Perform<inputs, output>`: both type arguments given. */
function followsIdiom(text: string): boolean {
  const typed = /^guard\(async \(_?z, _?bundle\) =>[\s\S]*\) satisfies \w*Perform\w*<([\s\S]+)>$/.exec(text);
  if (!typed) return false;
  let depth = 0;
  for (const char of typed[1]) {
    if (char === '<' || char === '(' || char === '[' || char === '{') depth++;
    if (char === '>' || char === ')' || char === ']' || char === '}') depth--;
    if (char === ',' && depth === 0) return true;
  }
  return false;
}

describe('one typed perform idiom for every operation', () => {
  test('the operation files are exactly the operations index.ts registers', () => {
    const keyOf = (file: string) => file.replace(/\.ts$/, '').replace(/-/g, '_');
    const registered = (['triggers', 'creates', 'searches'] as const).flatMap((kind) =>
      Object.keys(App[kind]).map((key) => `${kind}/${key}`),
    );
    expect(OPERATION_FILES.map(keyOf).sort()).toEqual(registered.sort());
  });

  test.each(OPERATION_FILES)('%s', (file) => {
    const source = readFileSync(join(ROOT, file), 'utf8');
    const performs = performDeclarations(source);
    expect(performs.length).toBeGreaterThan(0);
    const problems = performs
      .filter(({ text }) => !followsIdiom(text))
      .map(({ name }) => `${name} is not guard(async (z, bundle) => ...) satisfies <Kind>Perform<inputs, output>`);
    if (/bundle: Bundle</.test(source)) problems.push('a perform annotates its bundle instead of inferring it');
    if (/cold start/i.test(source))
      problems.push('the lazy-import reason is repeated here (it lives in ARCHITECTURE.md)');
    if (!/^const sample = [\s\S]*? satisfies \w+;$/m.test(source)) {
      problems.push('no `const sample = ... satisfies <output type>;`');
    }
    if (!/^ {4}sample,$/m.test(source)) problems.push('the definition does not use the typed `sample`');
    expect(problems).toEqual([]);
  });
});
