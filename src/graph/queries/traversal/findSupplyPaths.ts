import type { GraphClient } from '../../graphClient';
import { asOfParams, stageOf, validAt } from './traversalCypher';
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
function pathText(k: number, maxHops: number): string {
  return `MATCH (a:Company {id: $from}), (b:Company {id: $to})
    MATCH p = SHORTEST ${k} ((a)((x)-[r:SUPPLIES WHERE ${validAt('r')}]->(y)){1,${maxHops}}(b)
      WHERE NOT a IN y AND all(i IN range(0, size(y) - 2) WHERE NOT y[i] IN y[i + 1..]))
    WITH p, [n IN nodes(p) | n.id] AS ids
    ORDER BY length(p), ids
    RETURN [rel IN relationships(p) | { supplierId: startNode(rel).id, customerId: endNode(rel).id, product: rel.product,
      stage: ${stageOf('rel')}, since: rel.since, until: rel.until, sources: coalesce(rel.sources, []),
      illustrative: coalesce(rel.illustrative, false) }] AS hops`;
}

const TEXTS = new Map<string, string>();
for (let k = 1; k <= MAX_SUPPLY_PATHS; k++) {
  for (let hops = 1; hops <= MAX_SUPPLY_PATH_HOPS; hops++) TEXTS.set(`${k}:${hops}`, pathText(k, hops));
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

/**
 * The `first` shortest simple supply paths from `from` to `to` (supplier → customer), each as its relations in
 * order, shortest first and then by the sequence of company ids, in one round trip. Empty when none exists
 * within maxHops or either end is not a company.
 */
export async function findSupplyPaths(graph: GraphClient, args: SupplyPathsArgs): Promise<SupplyEdgeRecord[][]> {
  const text = TEXTS.get(`${args.first}:${args.maxHops}`);
  if (text === undefined) throw new RangeError(`first must be 1..${MAX_SUPPLY_PATHS} and maxHops 1..${MAX_SUPPLY_PATH_HOPS}`);
  const rows = await graph.read({ name: 'traversal_supply_paths', text, params: { from: args.from, to: args.to, ...asOfParams(args.asOf) } });
  return rows.map((row) => row['hops'] as unknown as SupplyEdgeRecord[]);
}
