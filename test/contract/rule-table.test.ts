/**
 * ARCHITECTURE.md's "Where each rule lives" stays a true map: each row names exactly one file, the file exists, and
 * every symbol the row names beside it is exported from that file (one copy of each rule, in the file named).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '../..');
const architecture = readFileSync(join(root, 'ARCHITECTURE.md'), 'utf8');

/** The table's rows: [rule, file cell], header and separator left out. */
function ruleRows(doc: string): Array<[string, string]> {
  const section = doc.split(/^## Where each rule lives$/m)[1]?.split(/^## /m)[0] ?? '';
  return section
    .split('\n')
    .filter((line) => line.startsWith('|'))
    .map((line) =>
      line
        .split('|')
        .slice(1, -1)
        .map((cell) => cell.trim()),
    )
    .filter(([rule, file]) => rule !== 'rule' && !/^-+$/.test(rule) && file !== undefined)
    .map(([rule, file]): [string, string] => [rule, file]);
}

/** A file cell: one path in backticks, then optionally the symbols that hold the rule: `lib/x.ts` (`a`, `b`). */
const FILE_CELL =
  /^`((?:lib|zapier|sandbox|scripts)\/[\w./-]+\.ts)`(?: \((`[A-Za-z_$][\w$]*`(?:, `[A-Za-z_$][\w$]*`)*)\))?$/;

function exportsOf(source: string): Set<string> {
  const names = new Set<string>();
  for (const match of source.matchAll(
    /^export\s+(?:declare\s+)?(?:async\s+)?(?:function\*?|const|let|class|interface|type|enum)\s+([A-Za-z_$][\w$]*)/gm,
  ))
    names.add(match[1]);
  for (const match of source.matchAll(/^export\s+(?:type\s+)?\{([^}]*)\}/gm))
    for (const part of match[1].split(','))
      names.add(
        part
          .trim()
          .replace(/^type\s+/, '')
          .split(/\s+as\s+/)
          .pop()!
          .trim(),
      );
  return names;
}

/** What is wrong with one row, in words; empty when the row is true. */
function rowProblems([rule, cell]: [string, string]): string[] {
  const shape = FILE_CELL.exec(cell);
  if (!shape) return [`"${rule}": the file cell must be one \`path\` and optional (\`symbols\`), not ${cell}`];
  const [, path, symbols] = shape;
  if (!existsSync(join(root, path))) return [`"${rule}": ${path} does not exist`];
  const exported = exportsOf(readFileSync(join(root, path), 'utf8'));
  return [...(symbols ?? '').matchAll(/`([^`]+)`/g)]
    .map((match) => match[1])
    .filter((name) => !exported.has(name))
    .map((name) => `"${rule}": ${path} exports no ${name}`);
}

const rows = ruleRows(architecture);

test('the table has rows, and each rule is named once', () => {
  expect(rows.length).toBeGreaterThan(30);
  const rules = rows.map(([rule]) => rule);
  expect(rules.filter((rule, index) => rules.indexOf(rule) !== index)).toEqual([]);
});

test('every row names one existing file and symbols that file exports', () => {
  expect(rows.flatMap(rowProblems)).toEqual([]);
});

describe('the check itself catches a wrong row', () => {
  test.each([
    ['two files', '`lib/sms/templates.ts`, `placeholders.ts`'],
    ['a folder', '`lib/sms/`'],
    ['a file that does not exist', '`lib/sms/nowhere.ts`'],
    ['a symbol the file does not export', '`lib/errors/clip.ts` (`clipText`)'],
    ['prose after the file', '`lib/errors/clip.ts` and elsewhere'],
  ])('%s', (_name, cell) => {
    expect(rowProblems(['a planted rule', cell])).toHaveLength(1);
  });

  test('a true row passes', () => {
    expect(rowProblems(['the quote', '`lib/errors/clip.ts` (`clip`)'])).toEqual([]);
    expect(
      rowProblems(['re-exported names count', '`lib/providers/index.ts` (`normalizeWebhook`, `ProviderKey`)']),
    ).toEqual([]);
  });
});
