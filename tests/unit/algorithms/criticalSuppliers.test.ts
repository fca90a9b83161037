import { findCriticalSuppliers, findNumberedCriticalSuppliers, immediateDominators, strictDominators, upstreamCutVerticesByStage, type SupplySubgraphEdge } from '../../../src/algorithms';

const edge = (supplierId: string, customerId: string, stageId: string | null = null): SupplySubgraphEdge => ({ supplierId, customerId, stageId });

function successors(edges: Array<[string, string]>): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const [a, b] of edges) map.set(a, [...(map.get(a) ?? []), b]);
  return map;
}

/** Brute force: S is a cut vertex for stage X when no stage-X supplier other than S reaches C once S is removed. */
function bruteForceCuts(companyId: string, edges: readonly SupplySubgraphEdge[]): Set<string> {
  const cuts = new Set<string>();
  const nodes = new Set(edges.flatMap((e) => [e.supplierId, e.customerId]));
  const stages = new Set(edges.flatMap((e) => (e.stageId ? [e.stageId] : [])));
  const reaches = (from: string, removed: string): boolean => {
    const seen = new Set([from]);
    const queue = [from];
    while (queue.length > 0) {
      const at = queue.shift() as string;
      if (at === companyId) return true;
      for (const e of edges) {
        if (e.supplierId === at && e.customerId !== removed && !seen.has(e.customerId)) {
          seen.add(e.customerId);
          queue.push(e.customerId);
        }
      }
    }
    return false;
  };
  for (const stage of stages) {
    const atStage = new Set(edges.filter((e) => e.stageId === stage).map((e) => e.supplierId));
    for (const s of nodes) {
      if (s === companyId) continue;
      if ([...atStage].every((x) => x === s || !reaches(x, s))) cuts.add(`${s}@${stage}`);
    }
  }
  return cuts;
}

describe('dominators', () => {
  it('finds immediate dominators in a diamond with a tail', () => {
    const idom = immediateDominators('r', successors([['r', 'a'], ['r', 'b'], ['a', 'c'], ['b', 'c'], ['c', 'd']]));
    expect(Object.fromEntries(idom)).toEqual({ r: 'r', a: 'r', b: 'r', c: 'r', d: 'c' });
  });

  it('handles cycles and returns null for an unreachable target', () => {
    const graph = successors([['r', 'a'], ['a', 'b'], ['b', 'a'], ['b', 'c']]);
    expect(strictDominators('r', 'c', graph)).toEqual(['b', 'a']);
    expect(strictDominators('r', 'zzz', graph)).toBeNull();
  });

  it('does not overflow on a long chain', () => {
    const chain = Array.from({ length: 20_000 }, (_, i) => [`n${i}`, `n${i + 1}`] as [string, string]);
    expect(strictDominators('n0', 'n20000', successors(chain))).toHaveLength(19_999);
  });
});

describe('findCriticalSuppliers', () => {
  it('finds a single-source input at a stage, but not at a stage with two direct suppliers', () => {
    const findings = findCriticalSuppliers({
      companyId: 'oem',
      supplierIds: new Set(['a', 'b', 'c']),
      edges: [edge('a', 'oem', 'cells'), edge('b', 'oem', 'modules'), edge('c', 'oem', 'modules')],
    });
    expect(findings).toEqual([
      { supplierId: 'a', reason: 'SINGLE_SOURCE_INPUT', stageIds: ['cells'] },
      { supplierId: 'a', reason: 'UPSTREAM_CUT_VERTEX', stageIds: ['cells'] },
    ]);
  });

  it('finds an upstream cut vertex that every path from a stage passes through', () => {
    const findings = findCriticalSuppliers({
      companyId: 'oem',
      supplierIds: new Set(['m1', 'm2', 'chip', 'w1', 'w2']),
      edges: [edge('w1', 'chip', 'wafers'), edge('w2', 'chip', 'wafers'), edge('chip', 'm1', 'chips'), edge('chip', 'm2', 'chips'), edge('m1', 'oem', 'modules'), edge('m2', 'oem', 'modules')],
    });
    expect(findings).toEqual([{ supplierId: 'chip', reason: 'UPSTREAM_CUT_VERTEX', stageIds: ['chips', 'wafers'] }]);
  });

  it('ignores stages the company itself supplies, relations without a stage, and relations outside the subgraph', () => {
    const findings = findCriticalSuppliers({
      companyId: 'oem',
      supplierIds: new Set(['a', 'b']),
      edges: [edge('oem', 'a', 'parts'), edge('a', 'oem'), edge('b', 'oem', 'x'), edge('zzz', 'b', 'y')],
    });
    expect(findings).toEqual([
      { supplierId: 'b', reason: 'SINGLE_SOURCE_INPUT', stageIds: ['x'] },
      { supplierId: 'b', reason: 'UPSTREAM_CUT_VERTEX', stageIds: ['x'] },
    ]);
  });

  it('agrees with a brute-force reachability check on random graphs', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    for (let round = 0; round < 200; round++) {
      const n = 3 + Math.floor(random() * 8);
      const nodes = ['oem', ...Array.from({ length: n }, (_, i) => `s${i}`)];
      const edges: SupplySubgraphEdge[] = [];
      for (let k = 0; k < n * 2; k++) {
        const a = nodes[Math.floor(random() * nodes.length)] as string;
        const b = nodes[Math.floor(random() * nodes.length)] as string;
        if (a !== b) edges.push(edge(a, b, random() < 0.8 ? `st${Math.floor(random() * 3)}` : null));
      }
      const found = findCriticalSuppliers({ companyId: 'oem', supplierIds: new Set(nodes.slice(1)), edges });
      const cuts = new Set(found.filter((x) => x.reason === 'UPSTREAM_CUT_VERTEX').flatMap((x) => x.stageIds.map((s) => `${x.supplierId}@${s}`)));
      // Brute force over stages whose suppliers reach the company at all (unreachable stages have nothing to cut).
      const expected = new Set(
        [...bruteForceCuts('oem', edges)].filter((key) => {
          const stage = key.split('@')[1];
          const atStage = edges.filter((e) => e.stageId === stage).map((e) => e.supplierId);
          return atStage.some((x) => x === 'oem' || reachesCompany(x, edges));
        }),
      );
      expect({ round, cuts: [...cuts].sort() }).toEqual({ round, cuts: [...expected].sort() });
    }
  });
});

describe('findNumberedCriticalSuppliers', () => {
  it('finds what findCriticalSuppliers finds, on a network numbered once (criticalSuppliers\' statement)', () => {
    let seed = 5;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    let nonEmpty = 0;
    for (let round = 0; round < 300; round++) {
      const n = 2 + Math.floor(random() * 12);
      const nodes = ['oem', ...Array.from({ length: n - 1 }, (_, i) => `s${i}`)];
      const stageIds = ['st0', 'st1', 'st2', 'st3'];
      const numbered: Array<[number, number, number]> = [];
      for (let k = 0; k < n * 2; k++) {
        const a = Math.floor(random() * n);
        const b = Math.floor(random() * n);
        if (a !== b) numbered.push([a, b, random() < 0.8 ? Math.floor(random() * stageIds.length) : -1]);
      }
      const edges = numbered.map(([a, b, st]) => edge(nodes[a] as string, nodes[b] as string, st < 0 ? null : (stageIds[st] as string)));
      const expected = findCriticalSuppliers({ companyId: 'oem', supplierIds: new Set(nodes.slice(1)), edges });
      const column = (i: number): Int32Array => Int32Array.from(numbered.map((row) => row[i] as number));
      const found = findNumberedCriticalSuppliers(n, column(0), column(1), column(2), numbered.length)
        .map((f) => ({ supplierId: nodes[f.node] as string, reason: f.reason, stageIds: f.stages.map((st) => stageIds[st] as string).sort() }))
        .sort((x, y) => (x.supplierId === y.supplierId ? (x.reason < y.reason ? -1 : 1) : x.supplierId < y.supplierId ? -1 : 1));
      if (expected.length > 0) nonEmpty++;
      expect({ round, found }).toEqual({ round, found: expected });
    }
    expect(nonEmpty).toBeGreaterThan(100);
  });
});

describe('upstreamCutVerticesByStage', () => {
  /** The definition computed directly: per stage, the strict dominators of the company below a virtual root joined to the stage's suppliers. */
  function perStageDominators(companyId: string, edges: readonly SupplySubgraphEdge[]): Map<string, string[]> {
    const successors = new Map<string, string[]>();
    for (const e of edges) successors.set(e.supplierId, [...(successors.get(e.supplierId) ?? []), e.customerId]);
    const stages = new Map<string, string[]>();
    for (const e of edges) if (e.stageId !== null) stages.set(e.stageId, [...(stages.get(e.stageId) ?? []), e.supplierId]);
    const cuts = new Map<string, string[]>();
    for (const [stageId, atStage] of stages) {
      const next = (node: string): readonly string[] => (node === '\u0000root' ? atStage : (successors.get(node) ?? []));
      const chain = strictDominators('\u0000root', companyId, next);
      if (chain !== null) cuts.set(stageId, chain);
    }
    return cuts;
  }

  it('equals one dominator computation per stage on larger random graphs with cycles, nearest to the company last', () => {
    let seed = 11;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    let nonEmpty = 0;
    for (let round = 0; round < 300; round++) {
      const n = 5 + Math.floor(random() * 60);
      const nodes = ['oem', ...Array.from({ length: n }, (_, i) => `s${i}`)];
      const edges: SupplySubgraphEdge[] = [];
      // Mostly toward lower numbers and the company (a supply chain), some backwards (cycles).
      for (let k = 0; k < n * (1 + random() * 2); k++) {
        const a = 1 + Math.floor(random() * n);
        const b = random() < 0.85 ? Math.floor(random() * a) : Math.floor(random() * (n + 1));
        if (a !== b) edges.push(edge(nodes[a] as string, nodes[b] as string, random() < 0.9 ? `st${Math.floor(random() * 5)}` : null));
      }
      const expected = perStageDominators('oem', edges);
      const found = upstreamCutVerticesByStage('oem', edges);
      // The chain order differs in direction only: the definition lists nearest to the company first.
      expect({ round, cuts: new Map([...found].map(([stage, chain]) => [stage, [...chain].reverse()])) }).toEqual({ round, cuts: expected });
      nonEmpty += [...found.values()].filter((chain) => chain.length > 0).length;
    }
    expect(nonEmpty).toBeGreaterThan(100);
  });
});

function reachesCompany(from: string, edges: readonly SupplySubgraphEdge[]): boolean {
  const seen = new Set([from]);
  const queue = [from];
  while (queue.length > 0) {
    const at = queue.shift() as string;
    if (at === 'oem') return true;
    for (const e of edges) {
      if (e.supplierId === at && !seen.has(e.customerId)) {
        seen.add(e.customerId);
        queue.push(e.customerId);
      }
    }
  }
  return false;
}
