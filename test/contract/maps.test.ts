/** The maps a newcomer reads first stay true: every sandbox file listed, every path named exists, tsc sees all. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '../..');
const read = (path: string) => readFileSync(join(root, path), 'utf8');

test('sandbox/README.md names every file of the sandbox', () => {
  const readme = read('sandbox/README.md');
  const files = readdirSync(join(root, 'sandbox')).filter((name) => name.endsWith('.ts'));
  expect(files.filter((name) => !readme.includes(`\`${name}\``))).toEqual([]);
});

test.each(['README.md', 'ARCHITECTURE.md', 'sandbox/README.md'])('the repository paths %s names exist', (doc) => {
  const paths = [...read(doc).matchAll(/`((?:test|lib|sandbox|scripts|zapier|triggers|creates|searches)\/[\w./-]+)`/g)]
    .map((match) => match[1].replace(/\.$/, ''))
    .filter((path) => !path.includes('*'));
  expect(paths.filter((path) => !existsSync(join(root, path)))).toEqual([]);
});

test.each(['tsconfig.json', 'tsconfig.build.json'])('%s includes every folder of app code', (config) => {
  const include: string[] = JSON.parse(read(config)).include;
  expect(
    ['triggers', 'creates', 'searches', 'zapier', 'lib', 'sandbox', 'scripts'].filter((d) => !include.includes(d)),
  ).toEqual([]);
});
