import { asArray, field, sortedByJson, type Json } from '../json';
import { MIX } from './floorCypher';
import type { Fixtures, ComparedOperation } from './operation';

type Hop = { supplier: Json; customer: Json; product: Json };

/**
 * The k shortest paths. When k paths came back, which paths of the longest returned length are among them is
 * not specified (the SDL says so), so those are compared by count only; every shorter path is compared whole.
 */
function answer(paths: Hop[][]): Json {
  const lengths = paths.map((p) => p.length);
  const longest = Math.max(0, ...lengths);
  const full = paths.length === MIX.pathsFirst;
  const compared = paths.filter((p) => !full || p.length < longest).map((p) => p.map((h) => ({ ...h })));
  return { lengths, paths: sortedByJson(compared) };
}

const hop = (h: Json): Hop => ({ supplier: field(h, 'supplier', 'hop'), customer: field(h, 'customer', 'hop'), product: field(h, 'product', 'hop') });

/** The k shortest supply paths between two companies (a variable-length path search). */
export function supplyPaths(f: Fixtures): ComparedOperation {
  return {
    name: 'supplyPaths',
    title: `supplyPaths(from, to, maxHops: ${MIX.pathsMaxHops}, first: ${MIX.pathsFirst})`,
    depth: 2,
    ours: {
      query: `query SupplyPaths($from: ID!, $to: ID!) {
        supplyPaths(from: $from, to: $to, maxHops: ${MIX.pathsMaxHops}, first: ${MIX.pathsFirst}) { length hops { supplier { id } customer { id } product } }
      }`,
      variables: { from: f.pathFromId, to: f.companyId },
    },
    peer: {
      query: `query SupplyPaths($from: ID!, $to: ID!) { supplyPaths(from: $from, to: $to) { length hops { supplier customer product } } }`,
      variables: { from: f.pathFromId, to: f.companyId },
    },
    floorParams: { from: f.pathFromId, to: f.companyId },
    normalizeOurs: (data) =>
      answer(
        asArray(field(data, 'supplyPaths', 'data'), 'paths').map((p) =>
          asArray(field(p, 'hops', 'path'), 'hops').map((h) => ({
            supplier: field(field(h, 'supplier', 'hop'), 'id', 'supplier'),
            customer: field(field(h, 'customer', 'hop'), 'id', 'customer'),
            product: field(h, 'product', 'hop'),
          })),
        ),
      ),
    normalizePeer: (data) => answer(asArray(field(data, 'supplyPaths', 'data'), 'paths').map((p) => asArray(field(p, 'hops', 'path'), 'hops').map(hop))),
    normalizeFloor: (rows) => answer(rows.map((p) => asArray(field(p, 'hops', 'path'), 'hops').map(hop))),
  };
}
