import type { NodeLabel } from '../model';
import type { IdCatalog, KnownId } from './idCatalog';

/** Why an id cannot be an end of a link that needs one of `allowed`; undefined when it can. */
export function endProblem(catalog: IdCatalog, column: string, id: string, allowed: readonly NodeLabel[]): string | undefined {
  return knownEndProblem(catalog.get(id), column, id, allowed);
}

/** endProblem for an id already looked up in the catalogue (`known`: its entry, undefined when not catalogued). */
export function knownEndProblem(known: KnownId | undefined, column: string, id: string, allowed: readonly NodeLabel[]): string | undefined {
  if (!known) return `${column}: "${id}" is not in the input or the database`;
  if (!allowed.includes(known.label)) return `${column}: "${id}" is a ${known.label}, expected ${allowed.join(' or ')}`;
  return undefined;
}
