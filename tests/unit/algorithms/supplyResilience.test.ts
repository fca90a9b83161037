import fc from 'fast-check';
import {
  companyUpstreams,
  disruptionOf,
  localShareOf,
  singlePointsOfFailure,
  sumLocalShares,
  type CompanyPlace,
  type CompanyUpstream,
  type NetworkEdge,
  type UpstreamNetwork,
} from '../../../src/algorithms/supplyResilience';

/** A random supply network: companies c0..c(n-1), relations with stages x, y, z or none, a scope and a tier count. */
const networks = fc
  .integer({ min: 2, max: 10 })
  .chain((n) =>
    fc.record({
      n: fc.constant(n),
      edges: fc.array(
        fc.record({ s: fc.integer({ min: 0, max: n - 1 }), c: fc.integer({ min: 0, max: n - 1 }), stage: fc.constantFrom('x', 'y', 'z', null) }),
        { maxLength: n * 3 },
      ),
      scope: fc.uniqueArray(fc.integer({ min: 0, max: n - 1 }), { minLength: 1, maxLength: 4 }),
      tiers: fc.integer({ min: 1, max: 5 }),
      removed: fc.uniqueArray(fc.integer({ min: 0, max: n - 1 }), { minLength: 1, maxLength: 3 }),
    }),
  )
  .map(({ n, edges, scope, tiers, removed }) => {
    const id = (i: number): string => `c${String(i).padStart(2, '0')}`;
    const network: UpstreamNetwork = {
      scopeIds: scope.map(id).sort(),
      companyIds: new Set(Array.from({ length: n }, (_, i) => id(i))),
      edges: edges.map((e) => ({ supplierId: id(e.s), customerId: id(e.c), stageId: e.stage })),
      tiers,
    };
    return { network, removed: new Set(removed.map(id)) };
  });

/** Tiers by repeated relaxation over all relations (not a breadth-first search): the reference for G_C. */
function bruteTiers(network: UpstreamNetwork, company: string): Map<string, number> {
  const dist = new Map<string, number>([[company, 0]]);
  for (let round = 0; round < network.tiers; round++) {
    for (const e of network.edges) {
      const d = dist.get(e.customerId);
      if (d === undefined || d >= network.tiers || e.supplierId === e.customerId) continue;
      if ((dist.get(e.supplierId) ?? Infinity) > d + 1) dist.set(e.supplierId, d + 1);
    }
  }
  dist.delete(company);
  return dist;
}

function bruteSubgraph(network: UpstreamNetwork, company: string): { tiers: Map<string, number>; edges: NetworkEdge[] } {
  const tiers = bruteTiers(network, company);
  const inG = (id: string): boolean => id === company || tiers.has(id);
  return { tiers, edges: network.edges.filter((e) => e.supplierId !== e.customerId && inG(e.supplierId) && inG(e.customerId)) };
}

/** Fewest relations from `from` to `to` in the edges without the removed companies (depth-first, exhaustive). */
function shortest(edges: readonly NetworkEdge[], removed: ReadonlySet<string>, from: string, to: string): number | null {
  let best: number | null = null;
  const walk = (at: string, seen: Set<string>): void => {
    if (at === to) {
      best = best === null ? seen.size - 1 : Math.min(best, seen.size - 1);
      return;
    }
    for (const e of edges) {
      if (e.supplierId !== at || removed.has(e.customerId) || seen.has(e.customerId)) continue;
      walk(e.customerId, new Set([...seen, e.customerId]));
    }
  };
  if (!removed.has(from)) walk(from, new Set([from]));
  return best;
}

/** Stages C loses with the removed companies gone, and for kept ones the shortest remaining length. */
function bruteDisruption(network: UpstreamNetwork, company: string, removed: ReadonlySet<string>): { lost: string[]; kept: Map<string, number> } {
  const { edges } = bruteSubgraph(network, company);
  const stages = new Map<string, Set<string>>();
  for (const e of edges) if (e.stageId !== null) stages.set(e.stageId, (stages.get(e.stageId) ?? new Set()).add(e.supplierId));
  const lost: string[] = [];
  const kept = new Map<string, number>();
  for (const [stage, suppliers] of stages) {
    const lengths = [...suppliers].map((s) => (s === company ? 0 : shortest(edges, removed, s, company))).filter((d): d is number => d !== null);
    if (lengths.length === 0) lost.push(stage);
    else kept.set(stage, Math.min(...lengths));
  }
  return { lost: lost.sort(), kept };
}

describe('supply resilience algorithms', () => {
  it('cuts out each scope company\'s upstream subgraph exactly (tiers as criticalSuppliers sees them)', () => {
    fc.assert(
      fc.property(networks, ({ network }) => {
        for (const upstream of companyUpstreams(network)) {
          const brute = bruteSubgraph(network, upstream.companyId);
          expect(new Map(upstream.tierOf)).toEqual(brute.tiers);
          // The same relations in the network's order (gathered per company, not by filtering the network).
          expect([...upstream.edges]).toEqual(brute.edges);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('what-if equals brute-force reachability with the suppliers removed, for every company and stage, kept paths shortest and real', () => {
    fc.assert(
      fc.property(networks, ({ network, removed }) => {
        for (const upstream of companyUpstreams(network)) {
          if (removed.has(upstream.companyId)) continue;
          const result = disruptionOf(upstream, removed);
          const brute = bruteDisruption(network, upstream.companyId, removed);
          expect(result.lost.map((l) => l.stageId)).toEqual(brute.lost);
          expect(new Map(result.kept.map((k) => [k.stageId, k.path.length - 1]))).toEqual(brute.kept);
          for (const kept of result.kept) {
            expect(kept.path.at(-1)).toBe(upstream.companyId);
            expect(kept.path.some((id) => removed.has(id))).toBe(false);
            expect(upstream.edges.some((e) => e.supplierId === kept.path[0] && e.stageId === kept.stageId)).toBe(true);
            for (let i = 0; i + 1 < kept.path.length; i++) {
              expect(upstream.edges.some((e) => e.supplierId === kept.path[i] && e.customerId === kept.path[i + 1])).toBe(true);
            }
          }
          for (const lost of result.lost) {
            expect(lost.tier).toBe(Math.min(...lost.formerSuppliers.map((s) => upstream.tierOf.get(s) ?? 0)));
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('single points of failure are exactly the suppliers whose removal alone loses a stage', () => {
    fc.assert(
      fc.property(networks, ({ network }) => {
        const upstreams = companyUpstreams(network);
        const expected = new Map<string, Map<string, string[]>>();
        for (const upstream of upstreams) {
          for (const supplier of upstream.tierOf.keys()) {
            const { lost } = bruteDisruption(network, upstream.companyId, new Set([supplier]));
            if (lost.length === 0) continue;
            expected.set(supplier, (expected.get(supplier) ?? new Map()).set(upstream.companyId, lost));
          }
        }
        const found = singlePointsOfFailure(upstreams);
        expect(new Map(found.map((p) => [p.supplierId, new Map(p.cuts.map((c) => [c.companyId, c.stageIds]))]))).toEqual(expected);
        for (let i = 1; i < found.length; i++) {
          const [a, b] = [found[i - 1], found[i]] as [(typeof found)[0], (typeof found)[0]];
          expect(a.cuts.length > b.cuts.length || (a.cuts.length === b.cuts.length && a.stageCuts >= b.stageCuts)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('local shares add up over tiers and companies and nest region within state within country', () => {
    const places = (n: number): Map<string, CompanyPlace> =>
      new Map<string, CompanyPlace>(
        Array.from({ length: n }, (_, i): [string, CompanyPlace] => {
          const id = `c${String(i).padStart(2, '0')}`;
          if (i % 5 === 4) return [id, { regionId: null, stateId: null, countryId: null, withinRegionIds: [] }];
          const city = `city${i % 4}`;
          const state = i % 4 < 2 ? 'sn' : 'th';
          return [id, { regionId: city, stateId: state, countryId: 'de', withinRegionIds: [city, state, 'de'] }];
        }),
      );
    fc.assert(
      fc.property(networks, ({ network }) => {
        const where = places(network.companyIds.size);
        const shares = companyUpstreams(network).map((u) => localShareOf(u, u.numbered.network.ids.map((id) => where.get(id)), network.tiers));
        for (const [i, share] of shares.entries()) {
          const upstream = companyUpstreams(network)[i];
          expect(share.total.relations).toBe(upstream?.edges.filter((e) => e.supplierId !== share.companyId).length);
          expect(share.total.sameRegion).toBeLessThanOrEqual(share.total.sameState);
          expect(share.total.sameState).toBeLessThanOrEqual(share.total.sameCountry);
          expect(share.total.sameCountry + share.total.unknownLocation).toBeLessThanOrEqual(share.total.relations);
          expect(share.byTier.reduce((n, t) => n + t.relations, 0)).toBe(share.total.relations);
          expect(share.byTier.reduce((n, t) => n + t.sameState, 0)).toBe(share.total.sameState);
        }
        const sum = sumLocalShares(shares, network.tiers);
        expect(sum.total.relations).toBe(shares.reduce((n, s) => n + s.total.relations, 0));
        expect(sum.byTier.reduce((n, t) => n + t.sameCountry, 0)).toBe(sum.total.sameCountry);
      }),
      { numRuns: 200 },
    );
  });

  it('a stage the company supplies itself is kept with a path of length 0', () => {
    const network: UpstreamNetwork = {
      scopeIds: ['c'],
      companyIds: new Set(['a', 'b', 'c']),
      edges: [
        { supplierId: 'a', customerId: 'c', stageId: 'x' },
        { supplierId: 'c', customerId: 'b', stageId: 'x' },
        { supplierId: 'b', customerId: 'c', stageId: 'y' },
      ],
      tiers: 2,
    };
    const [upstream] = companyUpstreams(network);
    expect(disruptionOf(upstream as CompanyUpstream, new Set(['a', 'b']))).toEqual({
      companyId: 'c',
      lost: [{ stageId: 'y', tier: 1, formerSuppliers: ['b'] }],
      kept: [{ stageId: 'x', path: ['c'] }],
    });
  });
});
