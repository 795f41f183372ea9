/**
 * The built app, the integration rules run over it (with the CONTRACT rule when CONTRACT.md is found), and the
 * means to break a copy of it: the contract tests show each rule catching a deliberately broken copy.
 */
import { existsSync, readFileSync } from 'node:fs';
import {
  type AppDefinition,
  cloneApp,
  type FieldDefinition,
  loadBuiltApp,
  type OperationDefinition,
  staticFields,
} from './app-loader';
import { CONTRACT_PATH, parseContract } from './contract-parser';
import { contractCheck, type IntegrationCheck, integrationChecks, type Problem } from './integration-rules';

export const app = loadBuiltApp();
const contractFound = existsSync(CONTRACT_PATH);
export const contract = contractFound ? parseContract(readFileSync(CONTRACT_PATH, 'utf8')) : null;
export const rules: IntegrationCheck[] = contract ? [...integrationChecks, contractCheck(contract)] : integrationChecks;
export const rule = (id: string) => rules.find((candidate) => candidate.id === id)!;

// The operations the broken copies change; all of them ship today.
export const op = (
  copy: AppDefinition,
  path: 'triggers.missed_call' | 'triggers.phone_number' | 'creates.send_text_back',
) => {
  const [kind, key] = path.split('.') as ['triggers' | 'creates', string];
  return copy[kind]![key];
};
export const operation = (definition: OperationDefinition) => definition.operation!;
export const sample = (definition: OperationDefinition) => operation(definition).sample!;
export const input = (definition: OperationDefinition, key: string) =>
  staticFields(operation(definition).inputFields).find((field) => field.key === key)!;
export const output = (definition: OperationDefinition, key: string) =>
  staticFields(operation(definition).outputFields).find((field) => field.key === key)!;
export const authField = (copy: AppDefinition, key: string) =>
  staticFields(copy.authentication!.fields).find((field) => field.key === key)!;
export const withoutInput = (definition: OperationDefinition, key: string) => {
  operation(definition).inputFields = operation(definition).inputFields!.filter(
    (field) => (field as FieldDefinition).key !== key,
  );
};
export const withoutOutput = (definition: OperationDefinition, key: string) => {
  operation(definition).outputFields = operation(definition).outputFields!.filter(
    (field) => (field as FieldDefinition).key !== key,
  );
};
export const addSearch = (copy: AppDefinition, inputFields: FieldDefinition[]) => {
  copy.searches = {
    ...copy.searches,
    find_broken: {
      key: 'find_broken',
      noun: 'Broken',
      display: { label: 'Find Broken', description: 'Finds a broken thing.' },
      operation: { inputFields, outputFields: [{ key: 'id', label: 'ID' }], sample: { id: 'x1' } },
    },
  };
};

export const key = (problem: Problem) => `${problem.where}: ${problem.message}`;

/** Problems the broken copy has and the real app does not: the change's own doing. */
export function newProblems(check: IntegrationCheck, breakIt: (copy: AppDefinition) => void): Problem[] {
  const before = new Set(check.check(app).map(key));
  const copy = cloneApp(app);
  breakIt(copy);
  return check.check(copy).filter((problem) => !before.has(key(problem)));
}
