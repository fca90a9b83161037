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
import { cutVertexChains } from './criticalSuppliers';

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
  /** Each supplier of G_C (C excluded) with its tier: the fewest relations from it to C (breadth-first order). */
  readonly tierOf: ReadonlyMap<string, number>;
  /** The relations among C and its suppliers, self-relations left out, in the network's order. */
  readonly edges: readonly NetworkEdge[];
  /** The same subgraph on the network's numbering, which the algorithms below work on. */
  readonly numbered: NumberedUpstream;
}

const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * A network numbered as the upstream network statement returns it: companies by position, the relations among
 * them as parallel lists of positions.
 */
export interface NumberedNetwork {
  /** Each company's id, by position. */
  ids: readonly string[];
  /** The positions of the scope companies, in the order of `scopeIds` (by id). */
  scope: ArrayLike<number>;
  /** The relations among the companies, no self-relations, as positions; `stage` indexes `stageIds`, -1 when unknown. */
  supplier: Int32Array;
  customer: Int32Array;
  stage: Int32Array;
  stageIds: readonly string[];
  /** How many relations upstream each company's subgraph reaches. */
  tiers: number;
  /** Each id's position, when the caller has built it already (saves hashing every id a second time). */
  positions?: ReadonlyMap<string, number>;
}

/**
 * The network numbered once per request: companies by position, the relations as parallel typed arrays, and for
 * each company its distinct suppliers sorted by id and the positions of the relations into it. Every scope
 * company's subgraph is then a list of numbers into these, so no per-company maps of strings or relation objects
 * are built (supplyRisk analyses up to 500 companies on one network of up to 5,000).
 */
interface NetworkNumbering {
  ids: readonly string[];
  /** Each company's place in id order (ties of a search are broken by id). */
  rank: Int32Array;
  supplier: Int32Array;
  customer: Int32Array;
  /** Index into `stageIds`, -1 when the stage is unknown. */
  stage: Int32Array;
  stageIds: readonly string[];
  suppliersStart: Int32Array;
  suppliers: Int32Array;
  intoStart: Int32Array;
  into: Int32Array;
  /** Scratch for one subgraph at a time: `mark[i] === generation` says company i is in it, at `local[i]`. */
  mark: Int32Array;
  local: Int32Array;
  generation: number;
  /**
   * Scratch sized to the network, reused by every subgraph built for one use (`transient`) and by every what-if
   * search: allocating these per scope company (500 per request) was most of what the collector had to free.
   */
  scratch: { nodes: Int32Array; tiers: Uint8Array; edges: Int32Array; reached: Int32Array; distance: Int32Array; toward: Int32Array };
  /** The companies of the last `removed` set asked about (disruptionOf), by position: one lookup per company, not per subgraph. */
  removed: { of: ReadonlySet<string>; gone: Uint8Array } | null;
}

/** G_C on the network's numbering: its companies (C first, then suppliers in breadth-first order) and relations. */
export interface NumberedUpstream {
  network: NetworkNumbering;
  nodes: Int32Array;
  /** The tier of each of `nodes` (0 for C). */
  tiers: Uint8Array;
  /** Positions of G_C's relations in the numbering's relations: ascending, except in a transient subgraph. */
  edgePositions: Int32Array;
}

/** The string network numbered as the statement numbers it: companies by first appearance, relations filtered. */
function numberStrings(network: UpstreamNetwork): NumberedNetwork {
  const position = new Map<string, number>();
  const ids: string[] = [];
  for (const id of [...network.companyIds, ...network.scopeIds]) {
    if (position.has(id)) continue;
    position.set(id, ids.length);
    ids.push(id);
  }
  const supplierOf: number[] = [];
  const customerOf: number[] = [];
  const stageOf: number[] = [];
  const stageIndex = new Map<string, number>();
  const stageIds: string[] = [];
  for (const e of network.edges) {
    if (e.supplierId === e.customerId || !network.companyIds.has(e.supplierId) || !network.companyIds.has(e.customerId)) continue;
    supplierOf.push(position.get(e.supplierId) as number);
    customerOf.push(position.get(e.customerId) as number);
    let st = -1;
    if (e.stageId !== null) {
      st = stageIndex.get(e.stageId) ?? stageIds.length;
      if (st === stageIds.length) {
        stageIndex.set(e.stageId, st);
        stageIds.push(e.stageId);
      }
    }
    stageOf.push(st);
  }
  return {
    ids,
    scope: network.scopeIds.map((id) => position.get(id) as number),
    supplier: Int32Array.from(supplierOf),
    customer: Int32Array.from(customerOf),
    stage: Int32Array.from(stageOf),
    stageIds,
    tiers: network.tiers,
  };
}

function numberNetwork(network: NumberedNetwork): NetworkNumbering {
  const { ids, supplier, customer } = network;
  const n = ids.length;
  // The default sort compares UTF-16 code units, as byText does, with no comparator call per comparison.
  const rank = new Int32Array(n);
  let position = network.positions;
  if (position === undefined) {
    const own = new Map<string, number>();
    for (let i = 0; i < n; i++) own.set(ids[i] as string, i);
    position = own;
  }
  [...ids].sort().forEach((id, r) => (rank[position.get(id) as number] = r));
  const m = supplier.length;
  // The relations into each company, by position (ascending, as counted), and its distinct suppliers by id.
  const intoStart = new Int32Array(n + 1);
  for (let k = 0; k < m; k++) intoStart[customer[k] + 1]++;
  for (let i = 0; i < n; i++) intoStart[i + 1] += intoStart[i];
  const into = new Int32Array(m);
  const fill = intoStart.slice(0, n);
  for (let k = 0; k < m; k++) into[fill[customer[k]]++] = k;
  const suppliersStart = new Int32Array(n + 1);
  const suppliers = new Int32Array(m);
  let count = 0;
  const byRank = (a: number, b: number): number => rank[a] - rank[b];
  for (let i = 0; i < n; i++) {
    suppliersStart[i] = count;
    const from = count;
    for (let k = intoStart[i]; k < intoStart[i + 1]; k++) suppliers[count++] = supplier[into[k]];
    if (count - from < 2) continue;
    const own = suppliers.subarray(from, count).sort(byRank);
    count = from;
    for (let j = 0; j < own.length; j++) if (j === 0 || own[j] !== own[j - 1]) suppliers[count++] = own[j];
  }
  suppliersStart[n] = count;
  return {
    ids, rank, supplier, customer, stage: network.stage, stageIds: network.stageIds, suppliersStart, suppliers, intoStart, into,
    mark: new Int32Array(n), local: new Int32Array(n), generation: 0,
    scratch: { nodes: new Int32Array(n), tiers: new Uint8Array(n), edges: new Int32Array(m), reached: new Int32Array(n), distance: new Int32Array(n), toward: new Int32Array(n) },
    removed: null,
  };
}

/** Marks G_C's companies in the numbering's scratch arrays (valid until the next subgraph is marked). */
function markUpstream(u: NumberedUpstream): void {
  const net = u.network;
  const g = ++net.generation;
  for (let i = 0; i < u.nodes.length; i++) {
    net.mark[u.nodes[i]] = g;
    net.local[u.nodes[i]] = i;
  }
}

/**
 * G_C by a breadth-first search against the supply direction, each level's suppliers taken in id order (and
 * marked, as markUpstream marks). Built in the numbering's scratch: `keep` copies it out (relations sorted);
 * otherwise it is a view valid until the next subgraph is built, for one immediate use.
 */
function numberedUpstream(net: NetworkNumbering, company: number, tiers: number, keep: boolean): NumberedUpstream {
  const g = ++net.generation;
  const { nodes, tiers: tierOf, edges } = net.scratch;
  net.mark[company] = g;
  net.local[company] = 0;
  nodes[0] = company;
  tierOf[0] = 0;
  let count = 1;
  let from = 0;
  for (let tier = 1; tier <= tiers && from < count; tier++) {
    const end = count;
    for (let i = from; i < end; i++) {
      const id = nodes[i];
      for (let k = net.suppliersStart[id]; k < net.suppliersStart[id + 1]; k++) {
        const s = net.suppliers[k];
        if (net.mark[s] === g) continue;
        net.mark[s] = g;
        net.local[s] = count;
        nodes[count] = s;
        tierOf[count++] = tier;
      }
    }
    from = end;
  }
  // A relation of G_C is one into a company of G_C from a company of G_C.
  let m = 0;
  for (let i = 0; i < count; i++) {
    const id = nodes[i];
    for (let k = net.intoStart[id]; k < net.intoStart[id + 1]; k++) if (net.mark[net.supplier[net.into[k]]] === g) edges[m++] = net.into[k];
  }
  if (keep) return { network: net, nodes: nodes.slice(0, count), tiers: tierOf.slice(0, count), edgePositions: edges.slice(0, m).sort() };
  return { network: net, nodes: nodes.subarray(0, count), tiers: tierOf.subarray(0, count), edgePositions: edges.subarray(0, m) };
}

/** The string face of a numbered subgraph; `tierOf` and `edges` are built only when read (tests, fixtures). */
class Upstream implements CompanyUpstream {
  private tierMap: Map<string, number> | null = null;
  private edgeList: NetworkEdge[] | null = null;
  private kept: NumberedUpstream | null = null;
  constructor(
    readonly companyId: string,
    private readonly net: NetworkNumbering,
    private readonly position: number,
    private readonly tierCount: number,
  ) {}
  /** Built on first read and kept. */
  get numbered(): NumberedUpstream {
    this.kept ??= numberedUpstream(this.net, this.position, this.tierCount, true);
    return this.kept;
  }
  /**
   * The subgraph for one immediate use: the kept one, or one built in the numbering's scratch and not kept (the
   * what-if reads each company's subgraph once; kept, 500 of them outlived many collections).
   */
  transient(): NumberedUpstream {
    return this.kept ?? numberedUpstream(this.net, this.position, this.tierCount, false);
  }
  get tierOf(): ReadonlyMap<string, number> {
    if (this.tierMap === null) {
      const { network, nodes, tiers } = this.numbered;
      this.tierMap = new Map();
      for (let i = 1; i < nodes.length; i++) this.tierMap.set(network.ids[nodes[i]], tiers[i]);
    }
    return this.tierMap;
  }
  get edges(): readonly NetworkEdge[] {
    if (this.edgeList === null) {
      const { network: net, edgePositions } = this.numbered;
      this.edgeList = Array.from(edgePositions, (p) => ({
        supplierId: net.ids[net.supplier[p]] as string,
        customerId: net.ids[net.customer[p]] as string,
        stageId: net.stage[p] < 0 ? null : (net.stageIds[net.stage[p]] as string),
      }));
    }
    return this.edgeList;
  }
}

/**
 * G_C of every scope company, cut out of the network by a breadth-first search against the supply direction
 * when first read. The network is numbered once (numberNetwork), and each company costs what its subgraph holds,
 * not what the whole network holds; its relations keep the network's order.
 */
export function numberedUpstreams(network: NumberedNetwork): CompanyUpstream[] {
  const net = numberNetwork(network);
  return Array.from(network.scope, (company) => new Upstream(net.ids[company] as string, net, company, network.tiers));
}

/** As numberedUpstreams, on a network of ids (tests, and callers holding relations as strings). */
export function companyUpstreams(network: UpstreamNetwork): CompanyUpstream[] {
  return numberedUpstreams(numberStrings(network));
}

/** The stages of the relations of G_C whose supplier is not C. */
export function upstreamStageIds(upstream: CompanyUpstream): Set<string> {
  const { network: net, nodes, edgePositions } = upstream.numbered;
  const stages = new Set<string>();
  for (const p of edgePositions) if (net.supplier[p] !== nodes[0] && net.stage[p] >= 0) stages.add(net.stageIds[net.stage[p]] as string);
  return stages;
}

/** The input stages of C: for each stage, its suppliers in G_C (C included when it supplies the stage itself). */
export function suppliersAtStages(upstream: CompanyUpstream): Map<string, Set<string>> {
  const byStage = new Map<string, Set<string>>();
  for (const e of upstream.edges) {
    if (e.stageId !== null) byStage.set(e.stageId, (byStage.get(e.stageId) ?? new Set()).add(e.supplierId));
  }
  return byStage;
}

/** As suppliersAtStages, numbered (marked first): stage index → the local numbers of its suppliers, repeats kept. */
function numberedSuppliersAtStages(u: NumberedUpstream): Map<number, number[]> {
  const { network: net, edgePositions } = u;
  const byStage = new Map<number, number[]>();
  for (const p of edgePositions) {
    const st = net.stage[p];
    if (st < 0) continue;
    const s = net.local[net.supplier[p]];
    const list = byStage.get(st);
    if (list) list.push(s);
    else byStage.set(st, [s]);
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

/** 1 at the position of each removed company; worked out once per `removed` set, not once per subgraph. */
function removedPositions(net: NetworkNumbering, removed: ReadonlySet<string>): Uint8Array {
  if (net.removed?.of !== removed) {
    const gone = new Uint8Array(net.ids.length);
    for (let i = 0; i < net.ids.length; i++) if (removed.has(net.ids[i] as string)) gone[i] = 1;
    net.removed = { of: removed, gone };
  }
  return net.removed.gone;
}

/**
 * What C keeps and loses when the `removed` companies fail. The kept path is a shortest one: a breadth-first
 * search from C against the supply direction in G_C without the removed companies, each company reached from
 * the smallest id of the previous level; among the nearest suppliers at a stage the smallest id is taken.
 */
export function disruptionOf(upstream: CompanyUpstream, removed: ReadonlySet<string>): CompanyDisruption {
  const u = upstream instanceof Upstream ? upstream.transient() : upstream.numbered;
  const { network: net, nodes } = u;
  markUpstream(u);
  const g = net.generation;
  const gone = removedPositions(net, removed);
  // The search works on network positions in the numbering's scratch: `reached[x] === g` says distance[x] and
  // toward[x] hold for this subgraph, so nothing is cleared or allocated per company.
  const { reached, distance, toward } = net.scratch;
  const byRank = (a: number, b: number): number => net.rank[a] - net.rank[b];
  const company = nodes[0];
  reached[company] = g;
  distance[company] = 0;
  toward[company] = -1;
  let frontier = [company];
  for (let d = 1; frontier.length > 0; d++) {
    const next: number[] = [];
    for (const at of frontier) {
      if (gone[at] === 1) continue;
      for (let k = net.suppliersStart[at]; k < net.suppliersStart[at + 1]; k++) {
        const s = net.suppliers[k];
        if (net.mark[s] !== g || gone[s] === 1 || reached[s] === g) continue;
        reached[s] = g;
        distance[s] = d;
        toward[s] = at;
        next.push(s);
      }
    }
    frontier = next.sort(byRank);
  }

  const lost: LostStage[] = [];
  const kept: KeptStage[] = [];
  const stages = [...numberedSuppliersAtStages(u)].sort(([a], [b]) => byText(net.stageIds[a], net.stageIds[b]));
  for (const [st, suppliers] of stages) {
    let best = -1;
    for (const local of suppliers) {
      const s = nodes[local];
      if (gone[s] === 1 || reached[s] !== g) continue;
      if (best === -1 || distance[s] < distance[best] || (distance[s] === distance[best] && net.rank[s] < net.rank[best])) best = s;
    }
    const stageId = net.stageIds[st];
    if (best === -1) {
      const distinct = [...new Set(suppliers)];
      lost.push({ stageId, tier: Math.min(...distinct.map((s) => u.tiers[s])), formerSuppliers: distinct.map((s) => net.ids[nodes[s]]).sort(byText) });
    } else {
      const path: string[] = [];
      for (let at = best; at !== -1; at = toward[at]) path.push(net.ids[at]);
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
    const u = upstream.numbered;
    const { network: net, nodes, edgePositions } = u;
    markUpstream(u);
    const m = edgePositions.length;
    const supplier = new Int32Array(m);
    const customer = new Int32Array(m);
    const stage = new Int32Array(m);
    for (let k = 0; k < m; k++) {
      const p = edgePositions[k];
      supplier[k] = net.local[net.supplier[p]];
      customer[k] = net.local[net.customer[p]];
      stage[k] = net.stage[p];
    }
    const stagesBySupplier = new Map<string, string[]>();
    for (const [st, cutVertices] of cutVertexChains(nodes.length, supplier, customer, stage, m)) {
      for (const local of cutVertices) {
        const supplierId = net.ids[nodes[local]];
        const stages = stagesBySupplier.get(supplierId);
        if (stages) stages.push(net.stageIds[st]);
        else stagesBySupplier.set(supplierId, [net.stageIds[st]]);
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

/** Each company's place by its position in the network (NumberedNetwork.ids); undefined when unknown. */
export type PlacesByPosition = ReadonlyArray<CompanyPlace | undefined>;

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
export function localShareOf(upstream: CompanyUpstream, places: PlacesByPosition, tiers: number): CompanyLocalShare {
  const total = emptyCounts();
  const byTier = Array.from({ length: tiers }, (_, i) => ({ tier: i + 1, ...emptyCounts() }));
  const u = upstream.numbered;
  const { network: net, nodes } = u;
  markUpstream(u);
  // Each company's place once, not once per relation.
  const placeOf = Array.from(nodes, (id) => places[id as number]);
  const home = placeOf[0];
  const localStages: Record<LocalityLevel, Set<string>> = { REGION: new Set(), STATE: new Set(), COUNTRY: new Set() };
  const stages = new Set<string>();
  for (const p of u.edgePositions) {
    const s = net.local[net.supplier[p]];
    if (s === 0) continue;
    const tier = u.tiers[s];
    const there = placeOf[s];
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
    if (net.stage[p] < 0) continue;
    const stageId = net.stageIds[net.stage[p]];
    stages.add(stageId);
    for (const level of LOCALITY_LEVELS) if (sameAt(level, home, there)) localStages[level].add(stageId);
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
