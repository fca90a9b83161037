/**
 * Critical suppliers of a company, computed from its upstream supply subgraph. Pure: no I/O.
 *
 * Definitions (also in schema/traversal.graphql and docs/traversals.md). Let G be the company C, the companies
 * within `tiers` supply relations upstream of it, and the supply relations among them. A supplier "at stage X"
 * is the supplying end of a relation in G whose stage is X.
 * - SINGLE_SOURCE_INPUT: the relations into C with stage X all come from one supplier S.
 * - UPSTREAM_CUT_VERTEX: S ≠ C and every path in G from a supplier at stage X to C passes through S, so removing
 *   S cuts C off from stage X. With a virtual root joined to every supplier at stage X, these are exactly the
 *   strict dominators of C (the root excluded). They are computed for all stages from one dominator tree
 *   (upstreamCutVerticesByStage below).
 */

export type CriticalReasonValue = 'SINGLE_SOURCE_INPUT' | 'UPSTREAM_CUT_VERTEX';

export interface SupplySubgraphEdge {
  supplierId: string;
  customerId: string;
  /** The stage id of the relation, or null when unknown. */
  stageId: string | null;
}

export interface SupplySubgraph {
  companyId: string;
  /** The upstream companies (C excluded). Relations with an end outside {C} ∪ suppliers are ignored. */
  supplierIds: ReadonlySet<string>;
  edges: readonly SupplySubgraphEdge[];
}

export interface CriticalFinding {
  supplierId: string;
  reason: CriticalReasonValue;
  /** Sorted. */
  stageIds: string[];
}

/** Every critical supplier with its reason and stages, ordered by supplier id then reason. */
export function findCriticalSuppliers(graph: SupplySubgraph): CriticalFinding[] {
  const inGraph = (id: string): boolean => id === graph.companyId || graph.supplierIds.has(id);
  const edges = graph.edges.filter((e) => inGraph(e.supplierId) && inGraph(e.customerId) && e.supplierId !== e.customerId);
  const { ids, stageIds, supplier, customer, stage } = numberSubgraph(graph.companyId, edges);
  return findNumberedCriticalSuppliers(ids.length, supplier, customer, stage, edges.length)
    .map(({ node, reason, stages }) => ({ supplierId: ids[node] as string, reason, stageIds: stages.map((st) => stageIds[st] as string).sort() }))
    .sort((a, b) => (a.supplierId < b.supplierId ? -1 : a.supplierId > b.supplierId ? 1 : a.reason < b.reason ? -1 : a.reason > b.reason ? 1 : 0));
}

/** A critical supplier of a numbered network: its node, reason and stage indices (each once, in no order). */
export interface NumberedCriticalFinding {
  node: number;
  reason: CriticalReasonValue;
  stages: number[];
}

/**
 * findCriticalSuppliers on a network numbered once (criticalSuppliers' statement returns it so): nodes 0..n-1
 * with node 0 the company, the first `m` relations as parallel arrays (supplier, customer, stage index or -1),
 * every end a node of the network, no self-relations. The same findings, unordered.
 */
export function findNumberedCriticalSuppliers(n: number, supplier: Int32Array, customer: Int32Array, stage: Int32Array, m: number): NumberedCriticalFinding[] {
  const findings = new Map<number, NumberedCriticalFinding>();
  const add = (node: number, reason: CriticalReasonValue, st: number): void => {
    // Two findings per node at most: key it by node and reason in one number.
    const key = node * 2 + (reason === 'SINGLE_SOURCE_INPUT' ? 0 : 1);
    const finding = findings.get(key);
    if (finding) finding.stages.push(st);
    else findings.set(key, { node, reason, stages: [st] });
  };
  // Per stage of the company's direct relations: its one supplier, or -2 once a second one is seen.
  const sole = new Map<number, number>();
  for (let k = 0; k < m; k++) {
    const st = stage[k];
    if (customer[k] !== 0 || st < 0) continue;
    const known = sole.get(st);
    if (known === undefined) sole.set(st, supplier[k]);
    else if (known !== supplier[k]) sole.set(st, -2);
  }
  for (const [st, node] of sole) if (node >= 0) add(node, 'SINGLE_SOURCE_INPUT', st);
  for (const [st, chain] of cutVertexChains(n, supplier, customer, stage, m)) for (const node of chain) add(node, 'UPSTREAM_CUT_VERTEX', st);
  return [...findings.values()];
}

/** The string subgraph numbered for the integer core: the company is node 0, others and stages by first appearance. */
function numberSubgraph(companyId: string, edges: readonly SupplySubgraphEdge[]): { ids: string[]; stageIds: string[]; supplier: Int32Array; customer: Int32Array; stage: Int32Array } {
  const index = new Map<string, number>([[companyId, 0]]);
  const ids = [companyId];
  const indexOf = (id: string): number => {
    let i = index.get(id);
    if (i === undefined) {
      i = ids.length;
      index.set(id, i);
      ids.push(id);
    }
    return i;
  };
  const stageIndex = new Map<string, number>();
  const stageIds: string[] = [];
  const m = edges.length;
  const supplier = new Int32Array(m);
  const customer = new Int32Array(m);
  const stage = new Int32Array(m);
  for (let k = 0; k < m; k++) {
    const e = edges[k];
    supplier[k] = indexOf(e.supplierId);
    customer[k] = indexOf(e.customerId);
    if (e.stageId === null) stage[k] = -1;
    else {
      let st = stageIndex.get(e.stageId);
      if (st === undefined) {
        st = stageIds.length;
        stageIndex.set(e.stageId, st);
        stageIds.push(e.stageId);
      }
      stage[k] = st;
    }
  }
  return { ids, stageIds, supplier, customer, stage };
}

/**
 * The upstream cut vertices of `companyId` for every stage of `edges` (relations among the company and its
 * suppliers, no self-relations): stage id → the suppliers S ≠ C lying on every supply path from a supplier at
 * that stage to C, nearest to C last. Stages none of whose suppliers reach C are left out. The string face of
 * `cutVertexChains`, for criticalSuppliers' one company.
 */
export function upstreamCutVerticesByStage(companyId: string, edges: readonly SupplySubgraphEdge[]): Map<string, string[]> {
  const { ids, stageIds, supplier, customer, stage } = numberSubgraph(companyId, edges);
  const m = edges.length;
  const cuts = new Map<string, string[]>();
  for (const [st, chain] of cutVertexChains(ids.length, supplier, customer, stage, m)) cuts.set(stageIds[st], chain.map((i) => ids[i]));
  return cuts;
}

/**
 * The core of the above on integers, shared with supplyRisk (which numbers the whole fetched network once): nodes
 * 0..n-1 with node 0 the company C, the first `m` relations as parallel arrays (supplier, customer, stage index or
 * -1), no self-relations. Returns stage index → the cut vertices' node numbers, nearest common dominator first
 * (C excluded), in order of each stage's first relation.
 *
 * One dominator tree for all stages, not one per stage with a virtual root: in the reversed graph rooted at C
 * (customer → supplier), S lies on every path from a supplier s at X to C exactly when S dominates s, so the cut
 * vertices for X are the common dominators of the stage's suppliers C reaches, i.e. the nearest common ancestor
 * of those suppliers in the dominator tree and every ancestor above it, C excluded. (A virtual sink behind the
 * stage's suppliers would be dominated by exactly these, and adding it changes no other node's dominators.) The
 * tree is kept in typed arrays: supplyRisk runs this for each of up to 500 companies.
 */
export function cutVertexChains(n: number, supplier: Int32Array, customer: Int32Array, stage: Int32Array, m: number): Map<number, number[]> {
  const atStage = new Map<number, number[]>();
  for (let k = 0; k < m; k++) {
    const st = stage[k];
    if (st < 0) continue;
    const list = atStage.get(st);
    if (list) list.push(supplier[k]);
    else atStage.set(st, [supplier[k]]);
  }
  // Adjacency in compressed rows: each node's suppliers (its successors in the reversed graph) and customers.
  const suppliersStart = new Int32Array(n + 1);
  const customersStart = new Int32Array(n + 1);
  for (let k = 0; k < m; k++) {
    suppliersStart[customer[k] + 1]++;
    customersStart[supplier[k] + 1]++;
  }
  for (let i = 0; i < n; i++) {
    suppliersStart[i + 1] += suppliersStart[i];
    customersStart[i + 1] += customersStart[i];
  }
  const suppliersOf = new Int32Array(m);
  const customersOf = new Int32Array(m);
  const sFill = suppliersStart.slice(0, n);
  const cFill = customersStart.slice(0, n);
  for (let k = 0; k < m; k++) {
    suppliersOf[sFill[customer[k]]++] = supplier[k];
    customersOf[cFill[supplier[k]]++] = customer[k];
  }

  // Depth-first postorder from C against the supply direction; `post` is -1 for nodes C does not reach.
  const post = new Int32Array(n).fill(-1);
  const nodeAt = new Int32Array(n);
  const seen = new Uint8Array(n);
  const stack = new Int32Array(n);
  const nextChild = new Int32Array(n);
  let depth = 0;
  let count = 0;
  stack[0] = 0;
  seen[0] = 1;
  nextChild[0] = suppliersStart[0];
  while (depth >= 0) {
    const node = stack[depth];
    const cursor = nextChild[depth];
    if (cursor < suppliersStart[node + 1]) {
      nextChild[depth] = cursor + 1;
      const child = suppliersOf[cursor];
      if (seen[child] === 0) {
        seen[child] = 1;
        depth++;
        stack[depth] = child;
        nextChild[depth] = suppliersStart[child];
      }
    } else {
      post[node] = count;
      nodeAt[count++] = node;
      depth--;
    }
  }

  // Cooper, Harvey and Kennedy on postorder numbers (the root C has the highest); -1 = not yet known.
  const root = count - 1;
  const idom = new Int32Array(count).fill(-1);
  idom[root] = root;
  const intersect = (a: number, b: number): number => {
    while (a !== b) {
      while (a < b) a = idom[a];
      while (b < a) b = idom[b];
    }
    return a;
  };
  for (let changed = true; changed; ) {
    changed = false;
    for (let p = root - 1; p >= 0; p--) {
      const node = nodeAt[p];
      let candidate = -1;
      for (let k = customersStart[node]; k < customersStart[node + 1]; k++) {
        const pred = post[customersOf[k]];
        if (pred < 0 || idom[pred] === -1) continue;
        candidate = candidate === -1 ? pred : intersect(pred, candidate);
      }
      if (candidate !== -1 && idom[p] !== candidate) {
        idom[p] = candidate;
        changed = true;
      }
    }
  }

  const cuts = new Map<number, number[]>();
  for (const [st, suppliers] of atStage) {
    let common = -1;
    for (const s of suppliers) {
      const p = post[s];
      if (p >= 0) common = common === -1 ? p : intersect(p, common);
    }
    if (common === -1) continue;
    const chain: number[] = [];
    for (let at = common; at !== root; at = idom[at]) chain.push(nodeAt[at]);
    cuts.set(st, chain);
  }
  return cuts;
}
