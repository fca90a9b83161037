import type { GraphClient } from '../../graphClient';
import { inlineActorProjection } from '../projections';
import type { ActorRecord, ValueChainStageRecord } from '../records';
import { stagesOfRows, supplyEdgeRow, withStages, type SupplyEdgeRow } from './supplyStages';
import { asOfParams, validAt } from './traversalCypher';
import type { SupplyEdgeRecord } from './traversalRecords';

export const MAX_SUPPLY_PATH_HOPS = 8;
export const MAX_SUPPLY_PATHS = 20;

/**
 * `SHORTEST k` and the quantifier bounds must be literals in Cypher 5, so each (k, maxHops) pair has its own
 * fixed text, built once here from integer constants: 20 × 8 texts, never anything from input.
 *
 * The path predicate keeps paths simple (no company twice): without it, once the simple paths run out SHORTEST k
 * would fill up with paths that go round a cycle. It sits inside the parenthesised pattern so that it filters
 * before the k shortest are selected.
 */
function pathText(k: number, maxHops: number, timed: boolean): string {
  // Without a date, no validity predicate at all: even switched off by `$anyTime` it read every relation's dates.
  const relation = timed ? `r:SUPPLIES WHERE ${validAt('r')}` : 'r:SUPPLIES';
  return `MATCH (a:Company {id: $from}), (b:Company {id: $to})
    MATCH p = SHORTEST ${k} ((a)((x)-[${relation}]->(y)){1,${maxHops}}(b)
      WHERE NOT a IN y AND all(i IN range(0, size(y) - 2) WHERE NOT y[i] IN y[i + 1..]))
    WITH p, [n IN nodes(p) | n.id] AS ids
    ORDER BY length(p), ids
    WITH collect(p) AS found
    WITH [p IN found | [rel IN relationships(p) | ${supplyEdgeRow('startNode(rel)', 'endNode(rel)', 'rel')}]] AS paths, found
    CALL (found) {
      UNWIND found AS p
      UNWIND nodes(p) AS n
      WITH DISTINCT n
      RETURN collect(${inlineActorProjection('n')}) AS companies
    }
    WITH paths, companies, reduce(acc = [], hops IN paths | acc + hops) AS hops
    ${stagesOfRows('hops')}
    RETURN paths, companies, stages`;
}

const TEXTS = new Map<string, string>();
for (let k = 1; k <= MAX_SUPPLY_PATHS; k++) {
  for (let hops = 1; hops <= MAX_SUPPLY_PATH_HOPS; hops++) {
    for (const timed of [false, true]) TEXTS.set(`${k}:${hops}:${timed}`, pathText(k, hops, timed));
  }
}

export interface SupplyPathsArgs {
  from: string;
  to: string;
  /** 1..MAX_SUPPLY_PATH_HOPS. */
  maxHops: number;
  /** 1..MAX_SUPPLY_PATHS. */
  first: number;
  asOf: string | null;
}

export interface SupplyPathsRecord {
  /** Each path as its relations in order, shortest first, then by the sequence of company ids. */
  paths: SupplyEdgeRecord[][];
  /** Every company on the paths, once. */
  companies: ActorRecord[];
}

/**
 * The `first` shortest simple supply paths from `from` to `to` (supplier → customer), each as its relations in
 * order, shortest first and then by the sequence of company ids, and the companies on them, in one round trip.
 * No paths when none exists within maxHops or either end is not a company.
 */
export async function findSupplyPaths(graph: GraphClient, args: SupplyPathsArgs): Promise<SupplyPathsRecord> {
  const text = TEXTS.get(`${args.first}:${args.maxHops}:${args.asOf !== null}`);
  if (text === undefined) throw new RangeError(`first must be 1..${MAX_SUPPLY_PATHS} and maxHops 1..${MAX_SUPPLY_PATH_HOPS}`);
  const [row] = await graph.read({ name: 'traversal_supply_paths', text, params: { from: args.from, to: args.to, ...asOfParams(args.asOf) } });
  if (!row) return { paths: [], companies: [] };
  const stages = row['stages'] as unknown as ValueChainStageRecord[];
  return {
    paths: (row['paths'] as unknown as SupplyEdgeRow[][]).map((hops) => withStages(hops, stages)),
    companies: row['companies'] as unknown as ActorRecord[],
  };
}
