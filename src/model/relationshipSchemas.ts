/**
 * One schema per relationship file of seeds/FORMAT.md (columns `from`, `to`, then properties). Whether the
 * ends exist and have an allowed kind is not known from one row: the importer checks that (see
 * RELATIONSHIP_FILES at the end for the allowed labels). Adding a relationship: its cells and schema here and a row
 * in RELATIONSHIP_FILES; the file kind (recordKinds.ts) and the type's place in the allow-list (vocabulary.ts)
 * follow from that row.
 */
import { z } from 'zod';
import { ACTOR_LABELS, type NodeLabel } from './labels';
import { id, integer, nonEmptyList, oneOf, optionalCell, partialDate, requiredCell, text } from './cells';
import { checkNotFuture } from './dateRules';
import { checkNotFictional, checkNotSelf, checkOrdered } from './rowChecks';
import { withChecks } from './schemaChecks';

export const MEMBER_ROLES = ['MEMBER', 'FOUNDING_MEMBER', 'BOARD', 'MANAGEMENT'] as const;
export const PARTICIPANT_ROLES = ['COORDINATOR', 'PARTNER'] as const;

// Each object lists its columns in the order of FORMAT.md: from, to, properties, sources.
const ends = { from: requiredCell(id), to: requiredCell(id) };
const sources = { sources: requiredCell(nonEmptyList) };
const period = { since: optionalCell(partialDate), until: optionalCell(partialDate) };
const notSelf = checkNotSelf('from', 'to');

const ordered = checkOrdered('since', 'until');

export const locatedInCells = z.object({ ...ends, ...sources });
export const locatedInSchema = withChecks(locatedInCells, [notSelf, checkNotFictional]);

export const memberOfCells = z.object({ ...ends, role: optionalCell(oneOf(MEMBER_ROLES)), ...period, ...sources });
export const memberOfSchema = withChecks(memberOfCells, [notSelf, checkNotFictional, ordered, checkNotFuture]);

export const collaboratesWithCells = z.object({ ...ends, topic: optionalCell(text), ...period, weight: optionalCell(integer(1, 10)), ...sources });
export const collaboratesWithSchema = withChecks(collaboratesWithCells, [notSelf, checkNotFictional, ordered, checkNotFuture]);

export const suppliesCells = z.object({ ...ends, product: optionalCell(text), stage: optionalCell(id), ...period, ...sources });
export const suppliesSchema = withChecks(suppliesCells, [notSelf, checkNotFictional, ordered, checkNotFuture]);

export const specializesInCells = z.object({ ...ends, ...sources });
export const specializesInSchema = withChecks(specializesInCells, [notSelf, checkNotFictional]);

export const activeInCells = z.object({ ...ends, ...sources });
export const activeInSchema = withChecks(activeInCells, [notSelf, checkNotFictional]);

export const participatesInCells = z.object({ ...ends, role: optionalCell(oneOf(PARTICIPANT_ROLES)), ...sources });
export const participatesInSchema = withChecks(participatesInCells, [notSelf, checkNotFictional]);

export const fundedByCells = z.object({ ...ends, ...period, ...sources });
export const fundedBySchema = withChecks(fundedByCells, [notSelf, checkNotFictional, ordered, checkNotFuture]);

export const spunOffFromCells = z.object({ ...ends, year: optionalCell(integer(1000, 9999)), ...sources });
export const spunOffFromSchema = withChecks(spunOffFromCells, [notSelf, checkNotFictional, checkNotFuture]);

export const subsidiaryOfCells = z.object({ ...ends, since: optionalCell(partialDate), ...sources });
export const subsidiaryOfSchema = withChecks(subsidiaryOfCells, [notSelf, checkNotFictional, checkNotFuture]);

export const cooperatesWithCells = z.object({ ...ends, ...period, ...sources });
export const cooperatesWithSchema = withChecks(cooperatesWithCells, [notSelf, checkNotFictional, ordered, checkNotFuture]);

export type LocatedInRecord = z.output<typeof locatedInSchema>;
export type MemberOfRecord = z.output<typeof memberOfSchema>;
export type CollaboratesWithRecord = z.output<typeof collaboratesWithSchema>;
export type SuppliesRecord = z.output<typeof suppliesSchema>;
export type SpecializesInRecord = z.output<typeof specializesInSchema>;
export type ActiveInRecord = z.output<typeof activeInSchema>;
export type ParticipatesInRecord = z.output<typeof participatesInSchema>;
export type FundedByRecord = z.output<typeof fundedBySchema>;
export type SpunOffFromRecord = z.output<typeof spunOffFromSchema>;
export type SubsidiaryOfRecord = z.output<typeof subsidiaryOfSchema>;
export type CooperatesWithRecord = z.output<typeof cooperatesWithSchema>;

const ACTOR: readonly NodeLabel[] = ACTOR_LABELS;
const ACTOR_OR_CLUSTER: readonly NodeLabel[] = [...ACTOR_LABELS, 'Cluster'];

/**
 * Every relationship file of the format, by file kind (the file name without `.csv`): the relationship type it
 * is stored as, the labels its ends may have, whether it is read undirected (one edge per unordered pair, stored
 * from the smaller id to the larger), its columns and its schema.
 */
export const RELATIONSHIP_FILES = {
  located_in: { type: 'LOCATED_IN', from: ACTOR_OR_CLUSTER, to: ['Region'], cells: locatedInCells, schema: locatedInSchema },
  member_of: { type: 'MEMBER_OF', from: ACTOR, to: ['Cluster'], cells: memberOfCells, schema: memberOfSchema },
  collaborates_with: { type: 'COLLABORATES_WITH', from: ACTOR, to: ACTOR, undirected: true, cells: collaboratesWithCells, schema: collaboratesWithSchema },
  supplies: { type: 'SUPPLIES', from: ['Company'], to: ['Company'], cells: suppliesCells, schema: suppliesSchema },
  specializes_in: { type: 'SPECIALIZES_IN', from: ACTOR_OR_CLUSTER, to: ['Technology'], cells: specializesInCells, schema: specializesInSchema },
  active_in: { type: 'ACTIVE_IN', from: ACTOR, to: ['ValueChainStage'], cells: activeInCells, schema: activeInSchema },
  participates_in: { type: 'PARTICIPATES_IN', from: ACTOR, to: ['Project'], cells: participatesInCells, schema: participatesInSchema },
  funded_by: { type: 'FUNDED_BY', from: ['Project', 'Cluster'], to: ['FundingProgram'], cells: fundedByCells, schema: fundedBySchema },
  spun_off_from: { type: 'SPUN_OFF_FROM', from: ACTOR, to: ACTOR, cells: spunOffFromCells, schema: spunOffFromSchema },
  subsidiary_of: { type: 'SUBSIDIARY_OF', from: ['Company'], to: ['Company'], cells: subsidiaryOfCells, schema: subsidiaryOfSchema },
  cooperates_with: { type: 'COOPERATES_WITH', from: ['Cluster'], to: ['Cluster'], cells: cooperatesWithCells, schema: cooperatesWithSchema },
} as const satisfies Record<string, RelationshipFile>;

/** One row of RELATIONSHIP_FILES. */
export interface RelationshipFile {
  type: string;
  from: readonly NodeLabel[];
  to: readonly NodeLabel[];
  undirected?: boolean;
  cells: z.ZodObject;
  schema: z.ZodType;
}
