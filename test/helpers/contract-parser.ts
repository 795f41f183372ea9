/**
 * CONTRACT.md read as data: which operations, labels, input, output and auth field keys the app promises
 * (Zaps store those keys; C001-C003 forbid losing one).
 */
import { join } from 'node:path';
import type { OperationKind } from './app-loader';
import { readAdditions } from './contract-additions';

/** Beside the repository, as the house's shared documents are. */
export const CONTRACT_PATH = join(__dirname, '..', '..', '..', 'shared', 'CONTRACT.md');

export interface ContractOperation {
  kind: OperationKind;
  key: string;
  label: string | null;
  inputs: string[];
  outputs: string[];
}

export interface Contract {
  authFields: { key: string; label: string | null }[];
  operations: ContractOperation[];
}

const SECTION_KINDS: Readonly<Record<string, OperationKind | 'authentication'>> = {
  authentication: 'authentication',
  triggers: 'triggers',
  creates: 'creates',
  searches: 'searches',
};

/** The phrase that stands for the missed-call output table ("Output: the missed-call shape."). */
const SHARED_SHAPE = /missed-call shape/;
const SHARED_SHAPE_OWNER = 'missed_call';

const backquoted = (text: string) => [...text.matchAll(/`([^`]+)`/g)].map((match) => match[1]);

/**
 * The backquoted keys of an "Inputs: `a` (..), `b`." list, up to the sentence's end: keys inside
 * parentheses are values or notes (`auto`, `opt_out`), not fields.
 */
function listKeys(text: string): { keys: string[]; end: number } {
  const keys: string[] = [];
  let depth = 0;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i];
    if (char === '`') {
      const close = text.indexOf('`', i + 1);
      if (close < 0) break;
      if (depth === 0) keys.push(text.slice(i + 1, close));
      i = close;
    } else if (char === '(') depth += 1;
    else if (char === ')') depth = Math.max(0, depth - 1);
    else if (depth === 0 && char === '.' && (i + 1 === text.length || /\s/.test(text[i + 1]))) return { keys, end: i };
    else if (depth === 0 && char === '\n' && text[i + 1] === '\n') return { keys, end: i };
  }
  return { keys, end: text.length };
}

/**
 * The keys an operation's prose lists after "Inputs:" / "input" / "Output ...:"; an empty list means a table
 * follows. "the missed-call shape" marks the operation as a user of that shape.
 */
export function readOperationProse(
  prose: string,
  operation: ContractOperation,
  shapeUsers: ContractOperation[],
  onTable: (table: 'inputs' | 'outputs') => void = () => {},
): void {
  for (const marker of prose.matchAll(/\b(Inputs?|Output)\b(?:[^:\n`]*:|\s+(?=`))/gi)) {
    const after = prose.slice((marker.index ?? 0) + marker[0].length);
    const { keys, end } = listKeys(after);
    const list = after.slice(0, end);
    const isOutput = /^output$/i.test(marker[1]);
    const target = isOutput ? operation.outputs : operation.inputs;
    if (isOutput && SHARED_SHAPE.test(list)) shapeUsers.push(operation);
    target.push(...keys.filter((key) => FIELD_KEY.test(key)));
    if (!list.trim()) onTable(isOutput ? 'outputs' : 'inputs');
  }
}

/** A field key as the contract writes one; backquoted values such as `:unreturned` are not keys. */
const FIELD_KEY = /^[a-z][a-z0-9_]*$/;

/** The text of the "## Additions" section, which holds where it differs from the sections above. */
function additionsSection(markdown: string): string {
  const start = markdown.search(/^## Additions\b/m);
  if (start < 0) return '';
  const next = markdown.slice(start + 1).search(/^## /m);
  return next < 0 ? markdown.slice(start) : markdown.slice(start, start + 1 + next);
}

/** New operations, and the fields the Additions add to operations already read (or to the missed-call shape). */
function applyAdditions(section: string, contract: Contract, shapeUsers: ContractOperation[]): void {
  const additions = readAdditions(section);
  for (const { kind, key, label, prose } of additions.operations) {
    const operation: ContractOperation = { kind, key, label, inputs: [], outputs: [] };
    readOperationProse(prose, operation, shapeUsers);
    contract.operations.push(operation);
  }
  for (const { operations, side, keys } of additions.fields) {
    const targets =
      operations === 'missed-call shape'
        ? contract.operations.filter((operation) => operation.key === SHARED_SHAPE_OWNER)
        : contract.operations.filter((operation) => operations.includes(operation.key));
    for (const target of targets) target[side].push(...keys);
  }
}

/** Reads operation keys, labels, input and output keys, and auth field keys from the contract's markdown. */
export function parseContract(markdown: string): Contract {
  const contract: Contract = { authFields: [], operations: [] };
  let section: OperationKind | 'authentication' | null = null;
  let current: ContractOperation | null = null;
  let pendingTable: 'inputs' | 'outputs' | null = null;
  let prose = '';
  const shapeUsers: ContractOperation[] = [];

  const readProse = () => {
    if (current && prose)
      readOperationProse(prose, current, shapeUsers, (table) => {
        pendingTable = table;
      });
    prose = '';
  };

  for (const line of markdown.split('\n')) {
    const h2 = /^## (\w+)/.exec(line);
    const h3 = /^### `([^`]+)`(?:\s*-\s*"([^"]+)")?/.exec(line);
    if (h2 || h3) {
      readProse();
      pendingTable = null;
    }
    if (h2) {
      section = SECTION_KINDS[h2[1].toLowerCase()] ?? null;
      current = null;
      continue;
    }
    if (h3 && section && section !== 'authentication') {
      current = { kind: section, key: h3[1], label: h3[2] ?? null, inputs: [], outputs: [] };
      contract.operations.push(current);
      continue;
    }
    if (line.startsWith('|')) {
      readProse();
      const cells = line
        .split('|')
        .slice(1, -1)
        .map((cell) => cell.trim());
      if (cells.length === 0 || /^-+$/.test(cells[0]) || cells[0] === 'key') continue;
      const keys = backquoted(cells[0]);
      if (section === 'authentication' && !current)
        contract.authFields.push(...keys.map((key) => ({ key, label: cells[1] || null })));
      else if (current && pendingTable) (pendingTable === 'inputs' ? current.inputs : current.outputs).push(...keys);
      continue;
    }
    if (line.trim() === '' && prose.endsWith('\n\n')) continue;
    prose += `${line}\n`;
  }
  readProse();
  applyAdditions(additionsSection(markdown), contract, shapeUsers);

  const owner = contract.operations.find((operation) => operation.key === SHARED_SHAPE_OWNER);
  for (const user of shapeUsers) user.outputs.push(...(owner?.outputs ?? []));
  // "as on `missed_call_webhook`" names another operation, not a field.
  const operationKeys = new Set(contract.operations.map((operation) => operation.key));
  const fieldsOnly = (keys: string[]) => [...new Set(keys)].filter((key) => !operationKeys.has(key));
  for (const operation of contract.operations) {
    operation.inputs = fieldsOnly(operation.inputs);
    operation.outputs = fieldsOnly(operation.outputs);
  }
  return contract;
}
