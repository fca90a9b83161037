/**
 * Critical suppliers of a company, computed from its upstream supply subgraph. Pure: no I/O.
 *
 * Definitions (also in schema/traversal.graphql and docs/traversals.md). Let G be the company C, the companies
 * within `tiers` supply relations upstream of it, and the supply relations among them. A supplier "at stage X"
 * is the supplying end of a relation in G whose stage is X.
 * - SINGLE_SOURCE_INPUT: the relations into C with stage X all come from one supplier S.
 * - UPSTREAM_CUT_VERTEX: S ≠ C and every path in G from a supplier at stage X to C passes through S, so removing
 *   S cuts C off from stage X. With a virtual root joined to every supplier at stage X, these are exactly the
 *   strict dominators of C (the root excluded): one dominator computation per stage.
 */
import { strictDominators } from './dominators';

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

// A node id no company can have (ids are lowercase slugs), for the virtual root of the dominator computation.
const VIRTUAL_ROOT = '\u0000root';

/** Every critical supplier with its reason and stages, ordered by supplier id then reason. */
export function findCriticalSuppliers(graph: SupplySubgraph): CriticalFinding[] {
  const inGraph = (id: string): boolean => id === graph.companyId || graph.supplierIds.has(id);
  const edges = graph.edges.filter((e) => inGraph(e.supplierId) && inGraph(e.customerId) && e.supplierId !== e.customerId);
  const findings = new Map<string, CriticalFinding>();
  const add = (supplierId: string, reason: CriticalReasonValue, stageId: string): void => {
    const key = `${supplierId}\u0000${reason}`;
    const finding = findings.get(key) ?? { supplierId, reason, stageIds: [] };
    if (!finding.stageIds.includes(stageId)) finding.stageIds.push(stageId);
    findings.set(key, finding);
  };

  for (const [stageId, suppliers] of directSuppliersByStage(graph.companyId, edges)) {
    if (suppliers.size === 1) add([...suppliers][0] as string, 'SINGLE_SOURCE_INPUT', stageId);
  }

  // One successor map for every stage: each stage only adds the virtual root, through the lookup below.
  const successors = new Map<string, string[]>();
  for (const e of edges) {
    const list = successors.get(e.supplierId);
    if (list) list.push(e.customerId);
    else successors.set(e.supplierId, [e.customerId]);
  }
  const none: readonly string[] = [];
  for (const [stageId, atStage] of suppliersByStage(edges)) {
    // Sorted so the traversal order, and with it nothing observable, depends on input order.
    const roots = [...atStage].sort();
    const next = (node: string): readonly string[] => (node === VIRTUAL_ROOT ? roots : (successors.get(node) ?? none));
    for (const supplierId of strictDominators(VIRTUAL_ROOT, graph.companyId, next) ?? []) add(supplierId, 'UPSTREAM_CUT_VERTEX', stageId);
  }

  return [...findings.values()]
    .map((f) => ({ ...f, stageIds: [...f.stageIds].sort() }))
    .sort((a, b) => (a.supplierId < b.supplierId ? -1 : a.supplierId > b.supplierId ? 1 : a.reason < b.reason ? -1 : a.reason > b.reason ? 1 : 0));
}

/** For each stage, the suppliers of the company's direct relations at that stage. */
function directSuppliersByStage(companyId: string, edges: readonly SupplySubgraphEdge[]): Map<string, Set<string>> {
  const byStage = new Map<string, Set<string>>();
  for (const e of edges) {
    if (e.customerId !== companyId || e.stageId === null) continue;
    byStage.set(e.stageId, (byStage.get(e.stageId) ?? new Set()).add(e.supplierId));
  }
  return byStage;
}

/** For each stage, every supplier at that stage anywhere in the subgraph. */
function suppliersByStage(edges: readonly SupplySubgraphEdge[]): Map<string, Set<string>> {
  const byStage = new Map<string, Set<string>>();
  for (const e of edges) {
    if (e.stageId === null) continue;
    byStage.set(e.stageId, (byStage.get(e.stageId) ?? new Set()).add(e.supplierId));
  }
  return byStage;
}
