/**
 * Unknown ids in a traversal's arguments and filters, found by the statement that runs anyway (no extra round
 * trip): the statement appends REFERENCES_CALL, which looks every named id up, and checkReferences turns what it
 * found into a NOT_FOUND (no node has the id) or BAD_USER_INPUT (a node of another kind has it) error that names
 * the argument and the id.
 */
import { NotFoundError, UserInputError } from '../../errors';
import type { PlainValue } from '../plainValues';
import type { NodeLabel } from '../../model';

/** An id the caller named, the argument that named it, and the label its node must have. */
export interface Reference {
  argument: string;
  id: string;
  label: NodeLabel | 'Actor';
}

/** `$references` for REFERENCES_CALL: the given ids only. */
export function referenceParams(references: ReadonlyArray<Reference | null>): { references: Array<{ argument: string; id: string }> } {
  return { references: references.filter((r): r is Reference => r !== null).map(({ argument, id }) => ({ argument, id })) };
}

/** `$references` naming nothing, of the type real calls pass: for sample runs (see statementSet). */
export const SAMPLE_REFERENCES = { references: [{ argument: 'sample', id: '' }] };

/** A `CALL` returning `references`: the labels of the node each of `$references` names (none when unknown). */
export const REFERENCES_CALL = `CALL () {
    UNWIND $references AS ref
    OPTIONAL MATCH (e:Entity {id: ref.id})
    RETURN collect({ argument: ref.argument, labels: CASE WHEN e IS NULL THEN [] ELSE labels(e) END }) AS references
  }`;

const WORDS: Record<Reference['label'], string> = {
  Actor: 'an actor',
  Company: 'a company',
  ResearchInstitute: 'a research institute',
  Organization: 'an organization',
  Cluster: 'a cluster',
  Region: 'a region',
  Technology: 'a technology',
  ValueChain: 'a value chain',
  ValueChainStage: 'a value-chain stage',
  Project: 'a project',
  FundingProgram: 'a funding program',
};

/** What a node with these labels is, in words ("a research institute"). */
function whatItIs(labels: readonly string[]): string {
  const own = labels.find((label) => label !== 'Entity' && label !== 'Actor' && Object.hasOwn(WORDS, label));
  return own ? WORDS[own as Reference['label']] : 'something else';
}

/**
 * Throws for the first reference whose id is unknown (NOT_FOUND) or names a node of another kind
 * (BAD_USER_INPUT), in the order given; `found` is the `references` column of REFERENCES_CALL.
 */
export function checkReferences(references: ReadonlyArray<Reference | null>, found: PlainValue | undefined): void {
  const rows = (Array.isArray(found) ? found : []) as unknown as Array<{ argument: string; labels: string[] }>;
  for (const reference of references) {
    if (reference === null) continue;
    const labels = rows.find((row) => row.argument === reference.argument)?.labels ?? [];
    if (labels.length === 0) {
      throw new NotFoundError(`\`${reference.argument}\`: no ${WORDS[reference.label].replace(/^an? /, '')} has the id "${reference.id}"`, { argument: reference.argument, id: reference.id });
    }
    if (!labels.includes(reference.label)) {
      throw new UserInputError(`\`${reference.argument}\`: "${reference.id}" is ${whatItIs(labels)}, not ${WORDS[reference.label]}`, { argument: reference.argument, id: reference.id });
    }
  }
}
