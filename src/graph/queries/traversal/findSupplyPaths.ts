import { evidenceParams, type EvidenceLevel } from '../../../model';
import type { GraphClient } from '../../graphClient';
import { actorSummaryProjection, inlineActorProjection } from '../projections';
import type { AnyActorRecord, ValueChainStageRecord } from '../records';
import { leanSupplyEdgeRow, stagesOfRows, supplyEdgeRow, withStages, withStagesLean, type LeanSupplyEdgeRow, type SupplyEdgeRow } from './supplyStages';
import { checkReferences, REFERENCES_CALL, referenceParams, SAMPLE_REFERENCES, type Reference } from '../references';
import { statementSet } from '../statementSet';
import { asOfParams, cited, plainTwinFor, validAt, withPlainTwins } from './traversalCypher';
import type { SupplyEdgeRecord } from './traversalRecords';

export const MAX_SUPPLY_PATH_HOPS = 8;
export const MAX_SUPPLY_PATHS = 20;

/**
 * `SHORTEST k` and the quantifier bounds must be literals in Cypher 5, so the texts are fixed per (k, maxHops):
 * k from a few steps (K_STEPS; `first` takes the next step up and the answer is cut to `first`), so 6 × 8 texts,
 * never anything from input.
 *
 * With `$lean` each relation comes as a LeanSupplyEdgeRow list (a CASE on a parameter evaluates only its branch, so
 * the dates and sources are not read), and without `$stages` no stage is looked up: the bench's question asks for
 * neither.
 *
 * The path predicate keeps paths simple (no company twice): without it, once the simple paths run out SHORTEST k
 * would fill up with paths that go round a cycle. It sits inside the parenthesised pattern so that it filters
 * before the k shortest are selected, and with `$citedOnly` it also keeps out sample companies between the ends
 * (the ends are the ones asked about), as the relationship predicate keeps out sample relations. The ends are
 * looked up with OPTIONAL MATCH and their ids checked in the same statement (REFERENCES_CALL).
 */
const K_STEPS = [1, 2, 3, 5, 10, MAX_SUPPLY_PATHS] as const;

function pathText(k: number, maxHops: number): string {
  return `${REFERENCES_CALL}
    OPTIONAL MATCH (a:Company {id: $from})
    OPTIONAL MATCH (b:Company {id: $to})
    OPTIONAL CALL (a, b) {
      MATCH p = SHORTEST ${k} ((a)((x)-[r:SUPPLIES WHERE ${validAt('r')} AND ${cited('r')}]->(y)){1,${maxHops}}(b)
        WHERE NOT a IN y AND all(i IN range(0, size(y) - 2) WHERE NOT y[i] IN y[i + 1..] AND ${cited('y[i]')}))
      RETURN p
    }
    WITH references, p, [n IN nodes(p) | n.id] AS ids
    ORDER BY length(p), ids
    WITH references, collect(p)[0..toInteger($first)] AS found
    WITH references, [p IN found | [rel IN relationships(p) |
      CASE WHEN $lean THEN ${leanSupplyEdgeRow('startNode(rel)', 'endNode(rel)', 'rel')} ELSE ${supplyEdgeRow('startNode(rel)', 'endNode(rel)', 'rel')} END]] AS paths, found
    CALL (found) {
      UNWIND found AS p
      UNWIND nodes(p) AS n
      WITH DISTINCT n
      RETURN collect(CASE WHEN $summary THEN ${actorSummaryProjection('n')} ELSE ${inlineActorProjection('n')} END) AS companies
    }
    WITH references, paths, companies, CASE WHEN $stages THEN reduce(acc = [], hops IN paths | acc + hops) ELSE [] END AS hops
    ${stagesOfRows('hops', 'CASE WHEN $lean THEN row[2] ELSE row.stageId END')}
    RETURN paths, companies, stages, references`;
}

const kStep = (first: number): number | undefined => K_STEPS.find((k) => k >= first);

const PATHS = statementSet(
  'traversal_supply_paths',
  withPlainTwins(K_STEPS.flatMap((k) => Array.from({ length: MAX_SUPPLY_PATH_HOPS }, (_, i) => i + 1).map((hops) => ({ variant: `k${k}_h${hops}`, build: () => pathText(k, hops) })))),
  { from: '', to: '', first: 1, summary: false, lean: false, stages: true, ...asOfParams(null), ...evidenceParams('ALL'), ...SAMPLE_REFERENCES },
);

/** Every text this module runs (for plan warming and the snapshot test). */
export const SUPPLY_PATH_STATEMENTS = [PATHS];

export interface SupplyPathsArgs {
  from: string;
  to: string;
  /** 1..MAX_SUPPLY_PATH_HOPS. */
  maxHops: number;
  /** 1..MAX_SUPPLY_PATHS. */
  first: number;
  asOf: string | null;
  /** CITED: no sample relation or sample company between the ends. Default ALL. */
  evidence?: EvidenceLevel | null;
  /** The companies as summaries (id, kind, name) instead of whole records with their region. Default false. */
  summary?: boolean;
  /**
   * Relations without their dates, sources and sample flag (null, none, false in the records): for a selection
   * that asks for none of them. Default false.
   */
  lean?: boolean;
  /** Whether the relations' stage records are asked for (false: every relation's stage is null). Default true. */
  stages?: boolean;
}

export interface SupplyPathsRecord {
  /** Each path as its relations in order, shortest first, then by the sequence of company ids. */
  paths: SupplyEdgeRecord[][];
  /** Every company on the paths, once: whole records, or summaries when asked for. */
  companies: AnyActorRecord[];
}

/**
 * The `first` shortest simple supply paths from `from` to `to` (supplier → customer), each as its relations in
 * order, shortest first and then by the sequence of company ids, and the companies on them (whole or, with
 * `summary`, as summaries: a CASE on the parameter evaluates only its branch, so no region is looked up), in one round trip.
 * No paths when none exists within maxHops; an unknown id is NOT_FOUND, an id of another kind BAD_USER_INPUT.
 */
export async function findSupplyPaths(graph: GraphClient, args: SupplyPathsArgs): Promise<SupplyPathsRecord> {
  const k = kStep(args.first);
  if (k === undefined || !Number.isInteger(args.first) || args.first < 1 || !Number.isInteger(args.maxHops) || args.maxHops < 1 || args.maxHops > MAX_SUPPLY_PATH_HOPS) {
    throw new RangeError(`first must be 1..${MAX_SUPPLY_PATHS} and maxHops 1..${MAX_SUPPLY_PATH_HOPS}`);
  }
  const references: Reference[] = [
    { argument: 'from', id: args.from, label: 'Company' },
    { argument: 'to', id: args.to, label: 'Company' },
  ];
  const conditions = { ...asOfParams(args.asOf), ...evidenceParams(args.evidence) };
  const [row] = await graph.read(
    PATHS.statement(plainTwinFor(`k${k}_h${args.maxHops}`, conditions), { from: args.from, to: args.to, first: args.first, summary: args.summary ?? false, lean: args.lean ?? false, stages: args.stages ?? true, ...conditions, ...referenceParams(references) }),
  );
  checkReferences(references, row?.['references']);
  if (!row) return { paths: [], companies: [] };
  const stages = row['stages'] as unknown as ValueChainStageRecord[];
  return {
    paths:
      args.lean === true
        ? (row['paths'] as unknown as LeanSupplyEdgeRow[][]).map((hops) => withStagesLean(hops, stages))
        : (row['paths'] as unknown as SupplyEdgeRow[][]).map((hops) => withStages(hops, stages)),
    companies: row['companies'] as unknown as AnyActorRecord[],
  };
}
