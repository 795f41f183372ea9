/**
 * Finds the snake_case keys of the record types declared in a set of sources: the properties of each interface
 * and of each type alias's object literals (unions included), as `file: Type.key`.
 */
import ts from 'typescript';

const SNAKE = /^[a-z0-9]+(_[a-z0-9]+)+$/;

export function snakeCaseKeys(files: Map<string, string>): Map<string, string[]> {
  const found = new Map<string, string[]>();
  const note = (path: string, type: string, members: ts.NodeArray<ts.TypeElement>) => {
    const keys = members
      .filter(ts.isPropertySignature)
      .map((member) => (ts.isIdentifier(member.name) || ts.isStringLiteral(member.name) ? member.name.text : ''))
      .filter((key) => SNAKE.test(key));
    if (keys.length) found.set(`${path}: ${type}`, [...(found.get(`${path}: ${type}`) ?? []), ...keys]);
  };
  for (const [path, source] of files) {
    const file = ts.createSourceFile(path, source, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
    const visit = (node: ts.Node, type: string | null) => {
      if (ts.isInterfaceDeclaration(node)) return note(path, node.name.text, node.members);
      if (ts.isTypeAliasDeclaration(node)) type = node.name.text;
      if (type && ts.isTypeLiteralNode(node)) note(path, type, node.members);
      ts.forEachChild(node, (child) => visit(child, type));
    };
    visit(file, null);
  }
  return found;
}
