/**
 * Supply-chain resilience over a scope of companies, computed on one fetched upstream network. Pure: no I/O.
 *
 * The network holds the scope companies, every company within `tiers` supply relations upstream of any of them,
 * and the supply relations among all of these. Each scope company C is analysed on its own upstream subgraph
 * G_C, the same graph `criticalSuppliers(C)` analyses: C, the companies within `tiers` relations upstream of C,
 * and the relations among them. G_C is cut out of the network exactly: every company on a path of at most
 * `tiers` relations into C is itself within `tiers` of C, so it was fetched.
 *
 * A supplier "at stage X" in G_C is the supplying end of a relation in G_C whose stage is X; C's input stages
 * are the stages with such a supplier. C loses stage X when suppliers are removed and no remaining supplier at X
 * has a path to C in G_C without them. A stage C itself supplies in G_C is never lost (as criticalSuppliers
 * finds no cut vertex for it). Removing one supplier S loses stage X exactly when S is an upstream cut vertex of
 * C for X, so `supplyRisk` gathers the cut vertices (strict dominators, see criticalSuppliers.ts).
 */
import { upstreamCutVerticesByStage } from './criticalSuppliers';

export interface NetworkEdge {
  supplierId: string;
  customerId: string;
  /** The stage id of the relation, or null when unknown. */
  stageId: string | null;
}

/** Where a company sits: its own region and the ids of every region it lies in (its own included). */
export interface CompanyPlace {
  regionId: string | null;
  stateId: string | null;
  countryId: string | null;
  /** The company's region and all regions above it (PART_OF). */
  withinRegionIds: readonly string[];
}

export interface UpstreamNetwork {
  /** The scope companies, sorted by id. */
  scopeIds: readonly string[];
  /** Every fetched company (scope companies included). */
  companyIds: ReadonlySet<string>;
  edges: readonly NetworkEdge[];
  /** How many relations upstream each company's subgraph reaches. */
  tiers: number;
}

/** A scope company's upstream subgraph G_C. */
export interface CompanyUpstream {
  companyId: string;
  /** Each supplier of G_C (C excluded) with its tier: the fewest relations from it to C. */
  tierOf: ReadonlyMap<string, number>;
  /** The relations among C and its suppliers, self-relations left out. */
  edges: readonly NetworkEdge[];
}

const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Relations into each company (by customer), suppliers sorted by id so every search is deterministic. */
function incoming(edges: readonly NetworkEdge[]): Map<string, string[]> {
  const into = new Map<string, Set<string>>();
  for (const e of edges) into.set(e.customerId, (into.get(e.customerId) ?? new Set()).add(e.supplierId));
  return new Map([...into].map(([id, suppliers]) => [id, [...suppliers].sort(byText)]));
}

/**
 * G_C of every scope company, cut out of the network by a breadth-first search against the supply direction.
 * Its relations are gathered from the relations into its own companies (a relation of G_C is one into a company
 * of G_C from a company of G_C), so each company costs what its subgraph holds, not what the whole network holds;
 * they keep the network's order.
 */
export function companyUpstreams(network: UpstreamNetwork): CompanyUpstream[] {
  const edges = network.edges.filter((e) => e.supplierId !== e.customerId && network.companyIds.has(e.supplierId) && network.companyIds.has(e.customerId));
  const into = incoming(edges);
  // Positions in `edges` of the relations into each company, ascending.
  const intoEdges = new Map<string, number[]>();
  edges.forEach((e, i) => {
    const list = intoEdges.get(e.customerId);
    if (list) list.push(i);
    else intoEdges.set(e.customerId, [i]);
  });
  return network.scopeIds.map((companyId) => {
    const tierOf = new Map<string, number>();
    let frontier = [companyId];
    for (let tier = 1; tier <= network.tiers && frontier.length > 0; tier++) {
      const next: string[] = [];
      for (const id of frontier) {
        for (const supplier of into.get(id) ?? []) {
          if (supplier === companyId || tierOf.has(supplier)) continue;
          tierOf.set(supplier, tier);
          next.push(supplier);
        }
      }
      frontier = next;
    }
    const inGraph = (id: string): boolean => id === companyId || tierOf.has(id);
    const positions: number[] = [];
    for (const customer of [companyId, ...tierOf.keys()]) {
      for (const i of intoEdges.get(customer) ?? []) if (inGraph((edges[i] as NetworkEdge).supplierId)) positions.push(i);
    }
    return { companyId, tierOf, edges: positions.sort((a, b) => a - b).map((i) => edges[i] as NetworkEdge) };
  });
}

/** The input stages of C: for each stage, its suppliers in G_C (C included when it supplies the stage itself). */
export function suppliersAtStages(upstream: CompanyUpstream): Map<string, Set<string>> {
  const byStage = new Map<string, Set<string>>();
  for (const e of upstream.edges) {
    if (e.stageId !== null) byStage.set(e.stageId, (byStage.get(e.stageId) ?? new Set()).add(e.supplierId));
  }
  return byStage;
}

export interface KeptStage {
  stageId: string;
  /** The shortest remaining path, supplier at the stage first and C last (only C when C supplies the stage). */
  path: string[];
}

export interface LostStage {
  stageId: string;
  /** The tier C sourced the stage from before: the nearest tier of a supplier at the stage. */
  tier: number;
  /** The suppliers at the stage in G_C before the removal, sorted by id. */
  formerSuppliers: string[];
}

export interface CompanyDisruption {
  companyId: string;
  /** Sorted by stage id. */
  lost: LostStage[];
  /** Sorted by stage id. */
  kept: KeptStage[];
}

/**
 * What C keeps and loses when the `removed` companies fail. The kept path is a shortest one: a breadth-first
 * search from C against the supply direction in G_C without the removed companies, each company reached from
 * the smallest id of the previous level; among the nearest suppliers at a stage the smallest id is taken.
 */
export function disruptionOf(upstream: CompanyUpstream, removed: ReadonlySet<string>): CompanyDisruption {
  const into = incoming(upstream.edges.filter((e) => !removed.has(e.supplierId) && !removed.has(e.customerId)));
  const towardCompany = new Map<string, string | null>([[upstream.companyId, null]]);
  const distance = new Map<string, number>([[upstream.companyId, 0]]);
  let frontier = [upstream.companyId];
  for (let d = 1; frontier.length > 0; d++) {
    const next: string[] = [];
    for (const id of frontier) {
      for (const supplier of into.get(id) ?? []) {
        if (distance.has(supplier)) continue;
        distance.set(supplier, d);
        towardCompany.set(supplier, id);
        next.push(supplier);
      }
    }
    frontier = next.sort(byText);
  }

  const lost: LostStage[] = [];
  const kept: KeptStage[] = [];
  for (const [stageId, suppliers] of [...suppliersAtStages(upstream)].sort(([a], [b]) => byText(a, b))) {
    let best: string | null = null;
    for (const s of suppliers) {
      if (removed.has(s) || !distance.has(s)) continue;
      if (best === null || (distance.get(s) as number) < (distance.get(best) as number) || ((distance.get(s) === distance.get(best)) && s < best)) best = s;
    }
    if (best === null) {
      const tiers = [...suppliers].map((s) => upstream.tierOf.get(s) ?? 0);
      lost.push({ stageId, tier: Math.min(...tiers), formerSuppliers: [...suppliers].sort(byText) });
    } else {
      const path = [best];
      for (let at = towardCompany.get(best) ?? null; at !== null; at = towardCompany.get(at) ?? null) path.push(at);
      kept.push({ stageId, path });
    }
  }
  return { companyId: upstream.companyId, lost, kept };
}

/** One supplier's cuts: the scope companies it alone would cut off, with the stages each would lose. */
export interface SinglePointOfFailure {
  supplierId: string;
  /** By company id; stage ids sorted. */
  cuts: Array<{ companyId: string; stageIds: string[] }>;
  /** How many (company, stage) pairs it cuts. */
  stageCuts: number;
}

/**
 * Every supplier that alone would cut some scope company off from an input stage (an upstream cut vertex of
 * that company for that stage), most companies cut first, then most (company, stage) pairs, then id.
 */
export function singlePointsOfFailure(upstreams: readonly CompanyUpstream[]): SinglePointOfFailure[] {
  const bySupplier = new Map<string, Map<string, string[]>>();
  for (const upstream of upstreams) {
    // G_C's relations are already among C and its suppliers, without self-relations.
    const stagesBySupplier = new Map<string, string[]>();
    for (const [stageId, cutVertices] of upstreamCutVerticesByStage(upstream.companyId, upstream.edges)) {
      for (const supplierId of cutVertices) {
        const stages = stagesBySupplier.get(supplierId);
        if (stages) stages.push(stageId);
        else stagesBySupplier.set(supplierId, [stageId]);
      }
    }
    for (const [supplierId, stageIds] of stagesBySupplier) {
      const cuts = bySupplier.get(supplierId) ?? new Map<string, string[]>();
      cuts.set(upstream.companyId, stageIds.sort(byText));
      bySupplier.set(supplierId, cuts);
    }
  }
  return [...bySupplier]
    .map(([supplierId, cuts]) => {
      const list = [...cuts].sort(([a], [b]) => byText(a, b)).map(([companyId, stageIds]) => ({ companyId, stageIds }));
      return { supplierId, cuts: list, stageCuts: list.reduce((n, c) => n + c.stageIds.length, 0) };
    })
    .sort((a, b) => b.cuts.length - a.cuts.length || b.stageCuts - a.stageCuts || byText(a.supplierId, b.supplierId));
}

export type LocalityLevel = 'REGION' | 'STATE' | 'COUNTRY';
export const LOCALITY_LEVELS: readonly LocalityLevel[] = ['REGION', 'STATE', 'COUNTRY'];

/** Counts of upstream supply relations by where the supplier sits relative to the company. */
export interface LocalCounts {
  relations: number;
  sameRegion: number;
  sameState: number;
  sameCountry: number;
  /** Relations where the supplier's or the company's region is unknown (counted as not local). */
  unknownLocation: number;
}

export interface CompanyLocalShare {
  companyId: string;
  total: LocalCounts;
  /** Tier 1..tiers, each listed (zeros included); the tier of a relation is its supplier's tier in G_C. */
  byTier: Array<{ tier: number } & LocalCounts>;
  /** Per level, the input stages every relation of which comes from a supplier not at that level (sorted ids). */
  onlyOutside: Record<LocalityLevel, string[]>;
}

const emptyCounts = (): LocalCounts => ({ relations: 0, sameRegion: 0, sameState: 0, sameCountry: 0, unknownLocation: 0 });

function sameAt(level: LocalityLevel, a: CompanyPlace | undefined, b: CompanyPlace | undefined): boolean {
  const key = level === 'REGION' ? 'regionId' : level === 'STATE' ? 'stateId' : 'countryId';
  const x = a?.[key] ?? null;
  return x !== null && x === (b?.[key] ?? null);
}

/**
 * C's upstream supply relations (every relation of G_C whose supplier is not C) by where the supplier sits:
 * same region (the same LOCATED_IN region), same state, same country. Same region implies same state implies
 * same country when the regions nest, so the counts grow in that order.
 */
export function localShareOf(upstream: CompanyUpstream, places: ReadonlyMap<string, CompanyPlace>, tiers: number): CompanyLocalShare {
  const total = emptyCounts();
  const byTier = Array.from({ length: tiers }, (_, i) => ({ tier: i + 1, ...emptyCounts() }));
  const home = places.get(upstream.companyId);
  const localStages: Record<LocalityLevel, Set<string>> = { REGION: new Set(), STATE: new Set(), COUNTRY: new Set() };
  const stages = new Set<string>();
  for (const e of upstream.edges) {
    if (e.supplierId === upstream.companyId) continue;
    const tier = upstream.tierOf.get(e.supplierId) as number;
    const there = places.get(e.supplierId);
    const row = byTier[tier - 1] as LocalCounts;
    const add = (key: keyof LocalCounts): void => {
      total[key]++;
      row[key]++;
    };
    add('relations');
    if (!home?.regionId || !there?.regionId) add('unknownLocation');
    if (sameAt('REGION', home, there)) add('sameRegion');
    if (sameAt('STATE', home, there)) add('sameState');
    if (sameAt('COUNTRY', home, there)) add('sameCountry');
    if (e.stageId === null) continue;
    stages.add(e.stageId);
    for (const level of LOCALITY_LEVELS) if (sameAt(level, home, there)) localStages[level].add(e.stageId);
  }
  const outside = (level: LocalityLevel): string[] => [...stages].filter((s) => !localStages[level].has(s)).sort(byText);
  return { companyId: upstream.companyId, total, byTier, onlyOutside: { REGION: outside('REGION'), STATE: outside('STATE'), COUNTRY: outside('COUNTRY') } };
}

/** The scope's counts: the sums of its companies' counts, overall and per tier. */
export function sumLocalShares(shares: readonly CompanyLocalShare[], tiers: number): Omit<CompanyLocalShare, 'companyId' | 'onlyOutside'> {
  const total = emptyCounts();
  const byTier = Array.from({ length: tiers }, (_, i) => ({ tier: i + 1, ...emptyCounts() }));
  for (const share of shares) {
    for (const key of Object.keys(total) as Array<keyof LocalCounts>) {
      total[key] += share.total[key];
      share.byTier.forEach((row, i) => ((byTier[i] as LocalCounts)[key] += row[key]));
    }
  }
  return { total, byTier };
}
