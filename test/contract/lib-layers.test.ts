/**
 * The core's floors (ARCHITECTURE.md): imports inside `lib/` only point down, so no two folders import each
 * other in a circle (type-only imports aside), and the core never imports Zapier or the code above it.
 * The checks are first shown to catch planted graphs, then run over the real tree.
 */
import { join } from 'node:path';
import { edgesOf, folderCycles, folderGraph, forbiddenImports, readLib } from '../helpers/import-graph';

const planted = (files: Record<string, string>) => edgesOf(new Map(Object.entries(files)));

describe('the floor checks catch what they should', () => {
  it('finds a planted two-folder cycle', () => {
    const edges = planted({
      'lib/low/a.ts': "import { b } from '../high/b';\nexport const a = 1;",
      'lib/high/b.ts': "import { a } from '../low/a';\nexport const b = a;",
    });
    expect(folderCycles(folderGraph(edges))).toEqual(['high, low: high -> low, low -> high']);
  });

  it('finds a planted three-folder cycle made by a re-export and a lazy import', () => {
    const edges = planted({
      'lib/a/one.ts': "export { two } from '../b/two';",
      'lib/b/two.ts': "export const two = async () => (await import('../c/three')).three;",
      'lib/c/three.ts': "import { one } from '../a/one';\nexport const three = one;",
    });
    expect(folderCycles(folderGraph(edges))).toEqual(['a, b, c: a -> b, b -> c, c -> a']);
  });

  it('lets a type-only import close a circle, and ignores imports inside one folder', () => {
    const edges = planted({
      'lib/low/a.ts': "import type { B } from '../high/b';\nimport { type C } from '../high/c';\nimport './x';",
      'lib/low/x.ts': "import './a';",
      'lib/high/b.ts': "import { a } from '../low/a';\nexport type B = typeof a;",
      'lib/high/c.ts': "export type { A } from '../low/a';",
    });
    expect(folderCycles(folderGraph(edges))).toEqual([]);
  });

  it('finds an import of Zapier or of the edge above the core, type-only ones too', () => {
    const edges = planted({
      'lib/low/a.ts': "import type { Bundle } from 'zapier-platform-core';",
      'lib/low/b.ts': "import { readConnection } from '../../zapier/connection';",
      'lib/low/c.ts': "import { parsePhoneNumber } from 'libphonenumber-js';",
    });
    expect(forbiddenImports(edges)).toEqual([
      'lib/low/a.ts imports zapier-platform-core',
      'lib/low/b.ts imports ../../zapier/connection',
    ]);
  });
});

describe('the real lib/', () => {
  const edges = edgesOf(readLib(join(__dirname, '../..')));

  it('reads the imports it should (a reader that found none would pass every check)', () => {
    const graph = folderGraph(edges);
    expect([...graph.get('text-back')!]).toEqual(expect.arrayContaining(['consent', 'history', 'sms', 'time']));
    expect([...graph.get('reports')!]).toEqual(expect.arrayContaining(['delivery', 'missed-calls', 'replies']));
  });

  it('has no folder-level import cycle', () => {
    expect(folderCycles(folderGraph(edges))).toEqual([]);
  });

  it('imports nothing of Zapier and nothing above the core', () => {
    expect(forbiddenImports(edges)).toEqual([]);
  });
});
