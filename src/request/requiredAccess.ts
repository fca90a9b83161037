import { Kind, type DocumentNode, type FragmentDefinitionNode, type OperationDefinitionNode, type SelectionSetNode } from 'graphql';
import { higherRole, type Role } from './roles';

/**
 * The role each mutation needs. A mutation missing here needs `admin`: a new write is closed until someone
 * decides who may run it.
 */
export const MUTATION_ROLES: Readonly<Record<string, Role>> = {
  upsertCompany: 'editor',
  upsertResearchInstitute: 'editor',
  upsertOrganization: 'editor',
  upsertCluster: 'editor',
  addMembership: 'editor',
  endMembership: 'editor',
  addCollaboration: 'editor',
  endCollaboration: 'editor',
  addSupplyLink: 'editor',
  endSupplyLink: 'editor',
  deleteActor: 'admin',
  deleteCluster: 'admin',
};

/** The role one mutation field needs. */
export function mutationRole(field: string): Role {
  return MUTATION_ROLES[field] ?? 'admin';
}

/** What an operation needs: a role, and the root fields that need it (for the error message). */
export interface RequiredAccess {
  role: Role;
  fields: string[];
}

/**
 * The role an operation needs, decided before it runs: a mutation needs the highest role of all its root fields
 * (so a forbidden field stops the whole operation and nothing is half-done); a query needs `reader` when reads
 * require auth, else nothing (null).
 */
export function requiredAccess(operation: OperationDefinitionNode, document: DocumentNode, readsRequireAuth: boolean): RequiredAccess | null {
  if (operation.operation !== 'mutation') return readsRequireAuth ? { role: 'reader', fields: [] } : null;
  const fields = rootFields(operation.selectionSet, fragmentsOf(document), new Set());
  if (fields.length === 0) return null;
  const role = fields.map(mutationRole).reduce(higherRole);
  return { role, fields: fields.filter((f) => mutationRole(f) === role) };
}

function fragmentsOf(document: DocumentNode): Map<string, FragmentDefinitionNode> {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  return fragments;
}

// Every root field the selection may run, through fragments and inline fragments; @skip/@include are ignored on
// purpose (a field that might run must be allowed).
function rootFields(selectionSet: SelectionSetNode, fragments: Map<string, FragmentDefinitionNode>, visited: Set<string>): string[] {
  const names: string[] = [];
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      if (selection.name.value !== '__typename' && !names.includes(selection.name.value)) names.push(selection.name.value);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      names.push(...rootFields(selection.selectionSet, fragments, visited).filter((n) => !names.includes(n)));
    } else {
      const name = selection.name.value;
      const fragment = fragments.get(name);
      if (!fragment || visited.has(name)) continue;
      visited.add(name);
      names.push(...rootFields(fragment.selectionSet, fragments, visited).filter((n) => !names.includes(n)));
    }
  }
  return names;
}
