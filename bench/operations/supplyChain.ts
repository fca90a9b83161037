import { asArray, field, sortedByJson, type Json } from '../json';
import { MIX } from './floorCypher';
import type { Fixtures, ComparedOperation } from './operation';

interface Tier {
  tier: Json;
  companies: Json[];
  edges: Json[];
}

function answer(truncated: Json, tiers: Tier[]): Json {
  return {
    truncated,
    tiers: tiers.map((t) => ({ tier: t.tier, companies: sortedByJson(t.companies), edges: sortedByJson(t.edges) })),
  };
}

const company = (c: Json): Json => ({ id: field(c, 'id', 'company'), name: field(c, 'name', 'company') });

/** A company's suppliers four tiers upstream: companies per tier and the relations between adjacent tiers. */
export function supplyChain4(f: Fixtures): ComparedOperation {
  const tiersOf = (chain: Json, edge: (e: Json) => Json): Tier[] =>
    asArray(field(chain, 'tiers', 'chain'), 'tiers').map((t) => ({
      tier: field(t, 'tier', 'tier'),
      companies: asArray(field(t, 'companies', 'tier'), 'companies').map(company),
      edges: asArray(field(t, 'edges', 'tier'), 'edges').map(edge),
    }));
  const plainEdge = (e: Json): Json => ({ supplier: field(e, 'supplier', 'edge'), customer: field(e, 'customer', 'edge'), product: field(e, 'product', 'edge') });
  return {
    name: 'supplyChain4',
    title: `supplyChain(UPSTREAM, tiers: ${MIX.chainTiers}): companies and relations per tier`,
    depth: MIX.chainTiers,
    ours: {
      query: `query SupplyChain($company: ID!) {
        supplyChain(company: $company, direction: UPSTREAM, tiers: ${MIX.chainTiers}) {
          truncated tiers { tier companies { id name } edges { supplier { id } customer { id } product } }
        }
      }`,
      variables: { company: f.companyId },
    },
    peer: {
      query: `query SupplyChain($company: ID!) {
        supplyChainUpstream4(company: $company) { truncated tiers { tier companies { id name } edges { supplier customer product } } }
      }`,
      variables: { company: f.companyId },
    },
    floorParams: { company: f.companyId },
    normalizeOurs: (data) => {
      const chain = field(data, 'supplyChain', 'data');
      return answer(
        field(chain, 'truncated', 'chain'),
        tiersOf(chain, (e) => ({
          supplier: field(field(e, 'supplier', 'edge'), 'id', 'supplier'),
          customer: field(field(e, 'customer', 'edge'), 'id', 'customer'),
          product: field(e, 'product', 'edge'),
        })),
      );
    },
    normalizePeer: (data) => {
      const chain = field(data, 'supplyChainUpstream4', 'data');
      return answer(field(chain, 'truncated', 'chain'), tiersOf(chain, plainEdge));
    },
    normalizeFloor: ([row]) => answer(field(row ?? null, 'truncated', 'row'), tiersOf(row ?? null, plainEdge)),
  };
}
