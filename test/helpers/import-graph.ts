/**
 * Reads the import graph of `lib/` and finds what breaks its floors: a folder-level cycle (type-only imports
 * aside, since they vanish from the built code) and any import the pure core must never make (Zapier itself, or
 * the edge and shell folders above it). Works on a map of path -> source, so a test can plant a graph.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import ts from 'typescript';

export interface ImportEdge {
  /** Path of the importing file, relative to the root, e.g. `lib/consent/evidence.ts`. */
  from: string;
  /** The module as written, e.g. `../time/dates` or `zapier-platform-core`. */
  specifier: string;
  /** True for `import type`, `export type`, or an import whose every name is `type`. */
  typeOnly: boolean;
}

function typeOnlyImport(node: ts.ImportDeclaration): boolean {
  const clause = node.importClause;
  if (!clause) return false;
  if (clause.isTypeOnly) return true;
  const bindings = clause.namedBindings;
  return (
    !clause.name &&
    bindings !== undefined &&
    ts.isNamedImports(bindings) &&
    bindings.elements.length > 0 &&
    bindings.elements.every((element) => element.isTypeOnly)
  );
}

function typeOnlyExport(node: ts.ExportDeclaration): boolean {
  if (node.isTypeOnly) return true;
  const clause = node.exportClause;
  return (
    clause !== undefined &&
    ts.isNamedExports(clause) &&
    clause.elements.length > 0 &&
    clause.elements.every((element) => element.isTypeOnly)
  );
}

/** Every static import, re-export, `import()` and `require()` of one file. */
export function importsOf(path: string, source: string): ImportEdge[] {
  const file = ts.createSourceFile(path, source, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const edges: ImportEdge[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      edges.push({ from: path, specifier: node.moduleSpecifier.text, typeOnly: typeOnlyImport(node) });
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      edges.push({ from: path, specifier: node.moduleSpecifier.text, typeOnly: typeOnlyExport(node) });
    } else if (
      ts.isCallExpression(node) &&
      (node.expression.kind === ts.SyntaxKind.ImportKeyword ||
        (ts.isIdentifier(node.expression) && node.expression.text === 'require')) &&
      node.arguments.length === 1 &&
      ts.isStringLiteralLike(node.arguments[0])
    ) {
      edges.push({ from: path, specifier: node.arguments[0].text, typeOnly: false });
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) {
      const literal = node.argument.literal;
      if (ts.isStringLiteral(literal)) edges.push({ from: path, specifier: literal.text, typeOnly: true });
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return edges;
}

/** The folder right under `lib/` a path belongs to (`lib/consent/evidence.ts` -> `consent`). */
export const folderOf = (path: string) => path.split('/')[1] ?? '';

/** The path an import points at, relative to the root, or null for a package. */
export function targetOf(edge: ImportEdge): string | null {
  if (!edge.specifier.startsWith('.')) return null;
  return posix.normalize(posix.join(posix.dirname(edge.from), edge.specifier));
}

/** Folder -> folders it imports at run time (type-only imports aside), for imports that stay inside `lib/`. */
export function folderGraph(edges: ImportEdge[]): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>();
  for (const edge of edges) {
    const from = folderOf(edge.from);
    if (!graph.has(from)) graph.set(from, new Set());
    const target = targetOf(edge);
    if (edge.typeOnly || !target?.startsWith('lib/')) continue;
    const to = folderOf(target);
    if (to !== from) graph.get(from)!.add(to);
  }
  return graph;
}

/**
 * Each folder-level cycle once: the folders that reach each other (Tarjan's strongly connected components), with
 * the imports among them, e.g. `consent, history: consent -> history, history -> consent`.
 */
export function folderCycles(graph: Map<string, Set<string>>): string[] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const cycles: string[] = [];
  const visit = (folder: string) => {
    index.set(folder, index.size);
    low.set(folder, index.get(folder)!);
    stack.push(folder);
    for (const next of graph.get(folder) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(folder, Math.min(low.get(folder)!, low.get(next)!));
      } else if (stack.includes(next)) {
        low.set(folder, Math.min(low.get(folder)!, index.get(next)!));
      }
    }
    if (low.get(folder) !== index.get(folder)) return;
    const component: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      component.push(member);
    } while (member !== folder);
    if (component.length < 2) return;
    const members = component.sort();
    const arrows = members.flatMap((from) =>
      [...(graph.get(from) ?? [])]
        .filter((to) => members.includes(to))
        .sort()
        .map((to) => `${from} -> ${to}`),
    );
    cycles.push(`${members.join(', ')}: ${arrows.join(', ')}`);
  };
  for (const folder of [...graph.keys()].sort()) if (!index.has(folder)) visit(folder);
  return cycles.sort();
}

/** Imports the core must never make: Zapier's packages, or code outside `lib/` (the edge and the shell). */
export function forbiddenImports(edges: ImportEdge[]): string[] {
  return edges
    .filter((edge) => {
      if (/^zapier-platform-/.test(edge.specifier)) return true;
      const target = targetOf(edge);
      return target !== null && !target.startsWith('lib/');
    })
    .map((edge) => `${edge.from} imports ${edge.specifier}`);
}

/** The `.ts` files under `lib/` of a tree, as path -> source. */
export function readLib(root: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(join(root, dir), { withFileTypes: true })) {
      const path = `${dir}/${entry.name}`;
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.ts')) files.set(path, readFileSync(join(root, path), 'utf8'));
    }
  };
  walk('lib');
  return files;
}

export const edgesOf = (files: Map<string, string>) => [...files].flatMap(([path, source]) => importsOf(path, source));
