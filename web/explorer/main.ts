// The explorer page: search → a partner network, a cluster or a supply chain drawn on the canvas; filters by link kind
// and date; expand nodes; highlight a path between two actors. All data comes from the public GraphQL API.
import './explorer.css';
import {
  ApiError,
  DEFAULT_NETWORK_LINK_KINDS,
  NETWORK_LINK_KINDS,
  actorDetails,
  clusterDetails,
  networkAnalysis,
  partnerNetwork,
  shortestConnection,
  supplierFailure,
  supplyChains,
  supplyPath,
  type Centrality,
  type ClusterMember,
  type CompanyRef,
  type Evidence,
  type FoundPath,
  type LinkEdge,
  type Network,
  type NetworkFilter,
  type NetworkLinkKind,
  type SearchHit,
  type SupplyTier,
} from './api';
import { Autocomplete } from './autocomplete';
import { byId, el, fromMarkup } from './dom';
import { GraphView, edgeKey, type GraphEdge, type GraphNode, type TierColumn } from './graphView';
import { COMMUNITY_COLORS, EDGE_KINDS, NODE_LOOKS, communitySwatch, edgeLook, edgeSwatch, nodeSwatch, type NodeKind } from './legend';
import { renderActorPanel, renderClusterPanel, renderEdgePanel, renderEmptyPanel, renderLoadingPanel, type PanelActions } from './panel';

type View = { kind: 'network'; center: string } | { kind: 'cluster'; cluster: string } | { kind: 'supply'; company: string };
type PathMode = 'any' | 'supply';
type LoadState = 'empty' | 'loading' | 'idle' | 'error';

interface DrawnPath {
  from: string;
  to: string;
  nodeIds: string[];
  edgeKeys: string[];
  length: number;
  via: FoundPath['via'];
  sentences: string[];
}

/** What tests (and the curious, in the console) can read: `window.__explorer`. */
export interface ExplorerProbe {
  readonly state: LoadState;
  readonly message: string;
  readonly view: View | null;
  readonly nodeCount: number;
  readonly edgeCount: number;
  readonly expanded: readonly string[];
  readonly selected: string | null;
  readonly path: DrawnPath | null;
  /** The "what if this supplier fails?" answer drawn in the supply-chain view, if any. */
  readonly failure: DrawnFailure | null;
  nodeIds(): string[];
  /** How many drawn actors and edges are sample data, and whether "cited links only" is on. */
  readonly evidence: { citedOnly: boolean; sampleNodes: number; sampleEdges: number };
  /** The node's position in page coordinates (for a click), or null when it is not drawn. */
  nodePagePosition(id: string): { x: number; y: number } | null;
  degree(id: string): number;
  /** What the drawing shows of a network analysis: the centrality sizing nodes, the communities colouring them. */
  readonly analysis: { sizeBy: SizeBy; community: boolean; communities: number | null };
}

/** What nodes are sized by: their drawn links, or a centrality from networkAnalysis. */
type SizeBy = 'drawn' | Centrality;
const SIZE_LABELS: Record<SizeBy, string> = { drawn: 'links drawn', degree: 'degree', betweenness: 'betweenness', closeness: 'closeness', pageRank: 'PageRank' };

declare global {
  interface Window {
    __explorer?: ExplorerProbe;
  }
}

const MAX_NODES = 150;
const FIRST_YEAR = 1990;
const LAST_YEAR = new Date().getFullYear();

// ------------------------------------------------------------------------------------------------ state

const filters = {
  linkKinds: new Set<NetworkLinkKind>(DEFAULT_NETWORK_LINK_KINDS),
  /** A year as the API's Date, or null for every date. */
  asOf: null as string | null,
  depth: 1,
  /** Tiers of the supply-chain view, each way. */
  tiers: 2,
  /** "Cited links only": networks and cluster members asked for with `evidence: CITED`. */
  citedOnly: false,
};
let view: View | null = null;
/** The analysis overlay: size by a centrality, colour by community; `communities` once an analysis came back. */
const overlay = { sizeBy: 'drawn' as SizeBy, community: false, communities: null as number | null };
let expanded: string[] = [];
let selected: string | null = null;
let pathEnds: { from: GraphNode | null; to: GraphNode | null; mode: PathMode } = { from: null, to: null, mode: 'any' };
let drawnPath: DrawnPath | null = null;
let drawnFailure: DrawnFailure | null = null;
let loadState: LoadState = 'empty';
let message = '';
let generation = 0;

// ------------------------------------------------------------------------------------------------ page

const graphElement = byId<HTMLDivElement>('graph');
const statusElement = byId<HTMLDivElement>('status');
const detailsElement = byId<HTMLElement>('details');
const pathResultElement = byId<HTMLDivElement>('path-result');
const welcomeElement = byId<HTMLDivElement>('welcome');

const graph = new GraphView(graphElement, {
  onNodeTap: (id) => void selectNode(id),
  onNodeDoubleTap: (id) => void expand(id),
  onEdgeTap: (edge) => selectEdge(edge),
  onBackgroundTap: () => {
    selected = null;
    graph.select(null);
    renderEmptyPanel(detailsElement);
  },
});

const panelActions: PanelActions = {
  expand: (id) => void expand(id),
  showNetwork: (id) => void show({ kind: 'network', center: id }),
  showCluster: (id) => void show({ kind: 'cluster', cluster: id }),
  showSupplyChain: (id) => void show({ kind: 'supply', company: id }),
  supplierFails: (id) => void supplierFails(id),
  pathFrom: (node) => setPathEnd('from', node),
  pathTo: (node) => setPathEnd('to', node),
};

function setStatus(state: LoadState, text: string): void {
  loadState = state;
  message = text;
  graphElement.dataset['state'] = state;
  graphElement.dataset['nodeCount'] = String(graph.nodeCount);
  graphElement.dataset['edgeCount'] = String(graph.edgeCount);
  statusElement.className = `status ${state}`;
  statusElement.textContent = text;
  welcomeElement.hidden = graph.nodeCount > 0 || state === 'loading';
}

function describeError(error: unknown): string {
  if (error instanceof ApiError) return error.code && error.code !== 'HTTP' && error.code !== 'NETWORK' ? `${error.message} (${error.code})` : error.message;
  return error instanceof Error ? error.message : String(error);
}

/**
 * Runs one user action: marks the page busy, drops the result when a newer action started meanwhile, and turns
 * any failure into a readable status line.
 */
async function run(label: string, task: (isCurrent: () => boolean) => Promise<string>): Promise<void> {
  const mine = ++generation;
  const isCurrent = (): boolean => mine === generation;
  setStatus('loading', `${label}…`);
  try {
    const done = await task(isCurrent);
    if (isCurrent()) setStatus('idle', done);
  } catch (error) {
    if (isCurrent()) setStatus('error', describeError(error));
  }
}

function networkFilter(cluster?: string): NetworkFilter {
  return { linkKinds: [...filters.linkKinds], asOf: filters.asOf, evidence: evidence(), ...(cluster ? { cluster } : {}) };
}

function evidence(): Evidence {
  return filters.citedOnly ? 'CITED' : 'ALL';
}

function dateText(): string {
  return `${filters.asOf ? `as of ${filters.asOf}` : 'all dates'}${filters.citedOnly ? ', cited links only' : ''}`;
}

function nameOf(id: string): string {
  return graph.node(id)?.name ?? id;
}

function writeUrl(): void {
  const params = new URLSearchParams();
  if (view?.kind === 'network') params.set('actor', view.center);
  if (view?.kind === 'cluster') params.set('cluster', view.cluster);
  if (view?.kind === 'supply') params.set('supply', view.company);
  if (filters.asOf) params.set('asOf', filters.asOf);
  if (filters.citedOnly) params.set('cited', '1');
  if (overlay.sizeBy !== 'drawn') params.set('size', overlay.sizeBy);
  if (overlay.community) params.set('community', '1');
  const query = params.toString();
  history.replaceState(null, '', query ? `?${query}` : location.pathname);
}

// ------------------------------------------------------------------------------------------------ loading

function toGraphNodes(
  nodes: ReadonlyArray<{ id: string; name: string; kind: NodeKind; aliases?: readonly string[]; illustrative?: boolean; actor?: { aliases: string[]; illustrative: boolean } }>,
): GraphNode[] {
  return nodes.map((n) => ({ id: n.id, name: n.name, kind: n.kind, aliases: n.aliases ?? n.actor?.aliases ?? [], sample: n.illustrative ?? n.actor?.illustrative ?? false }));
}

/** `YYYY`, `YYYY-MM` → the first day, as the API reads dates. */
function firstDay(date: string): string {
  return date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date;
}

function memberAt(member: ClusterMember, asOf: string | null): boolean {
  if (!asOf) return true;
  const day = firstDay(asOf);
  return (!member.since || firstDay(member.since) <= day) && (!member.until || day <= firstDay(member.until));
}

/**
 * The shared clusters of a network as hub nodes with one MEMBERSHIP edge per member (the API's representation of
 * SAME_CLUSTER: a cluster of 70 members is 70 edges, not 2,415 pairwise links), except the cluster `skip`.
 */
function clusterHubs(network: Network, skip?: string): { nodes: GraphNode[]; edges: GraphEdge[] } {
  const clusters = network.clusters.filter((c) => c.id !== skip);
  const edges: GraphEdge[] = network.memberships
    .filter((m) => m.cluster !== skip)
    .map((m) => ({ key: edgeKey(m.actor, m.cluster, 'MEMBERSHIP', true), source: m.actor, target: m.cluster, kind: 'MEMBERSHIP', directed: true, links: [] }));
  return { nodes: clusters.map((c) => ({ id: c.id, name: c.name, kind: 'CLUSTER', aliases: [] })), edges };
}

async function loadNetwork(center: string): Promise<string> {
  if (filters.linkKinds.size === 0) throw new Error('Choose at least one kind of link.');
  const network = await partnerNetwork(center, filters.depth, networkFilter(), MAX_NODES);
  if (!network) throw new Error(`No actor with id ${center}.`);
  const hubs = clusterHubs(network);
  graph.merge([...toGraphNodes(network.nodes), ...hubs.nodes], network.edges, hubs.edges);
  const centerName = network.nodes[0]?.name ?? center;
  const shared = network.clusters.length > 0 ? ` and ${network.clusters.length} shared cluster${network.clusters.length > 1 ? 's' : ''}` : '';
  return `${centerName}: ${network.nodes.length} actors${shared} within ${filters.depth} link${filters.depth > 1 ? 's' : ''}, ${dateText()}${network.truncated ? ` (cut at ${MAX_NODES} actors)` : ''}`;
}

async function loadCluster(id: string): Promise<string> {
  const cluster = await clusterDetails(id, evidence());
  if (!cluster) throw new Error(`No cluster with id ${id}.`);
  const members = cluster.members.filter((m) => memberAt(m, filters.asOf));
  const hub: GraphNode = { id: cluster.id, name: cluster.name, kind: 'CLUSTER', aliases: [] };
  const membership: GraphEdge[] = members.map((m) => ({ key: edgeKey(m.id, cluster.id, 'MEMBERSHIP', true), source: m.id, target: cluster.id, kind: 'MEMBERSHIP', directed: true, links: [] }));
  let links: LinkEdge[] = [];
  let others: { nodes: GraphNode[]; edges: GraphEdge[] } = { nodes: [], edges: [] };
  const start = members[0];
  if (start && filters.linkKinds.size > 0) {
    // SAME_CLUSTER reaches every member in one hop; this very cluster is the hub already drawn, other shared ones are hubs too.
    const kinds: NetworkLinkKind[] = [...new Set<NetworkLinkKind>([...filters.linkKinds, 'SAME_CLUSTER'])];
    const network = await partnerNetwork(start.id, 1, { linkKinds: kinds, asOf: filters.asOf, cluster: id, evidence: evidence() }, 200);
    links = network?.edges ?? [];
    if (network && filters.linkKinds.has('SAME_CLUSTER')) others = clusterHubs(network, id);
  }
  graph.merge([hub, ...toGraphNodes(members), ...others.nodes], links, [...membership, ...others.edges]);
  if (selected === null) renderClusterPanel(detailsElement, cluster, members.length, panelActions);
  const cut = cluster.memberCount > cluster.members.length ? ` (first ${cluster.members.length} of ${cluster.memberCount})` : '';
  return `${cluster.name}: ${members.length} members${cut}, ${links.length} links among them, ${dateText()}`;
}

/** A company of the supply view; a sample company is drawn faded like a sample actor in the network. */
function companyNode(company: CompanyRef): GraphNode {
  return { id: company.id, name: company.name, kind: 'COMPANY', aliases: company.aliases, sample: company.illustrative };
}

function tierHeading(tier: number, direction: 'up' | 'down'): string {
  return `Tier ${tier} ${direction === 'up' ? 'suppliers' : 'customers'}`;
}

async function loadSupply(company: string): Promise<string> {
  const chains = await supplyChains(company, filters.tiers, filters.asOf, evidence());
  if (!chains) throw new Error('A supply chain needs a company: pick one in the search or on the canvas.');
  const nodes: GraphNode[] = [companyNode(chains.company)];
  const links: LinkEdge[] = [];
  const columns: TierColumn[] = [{ tier: 0, heading: 'Company', nodeIds: [chains.company.id] }];
  const placed = new Set([chains.company.id]);
  const addTiers = (tiers: SupplyTier[], direction: 'up' | 'down'): void => {
    for (const tier of tiers) {
      const ids = tier.companies.filter((c) => !placed.has(c.id)).map((c) => c.id);
      ids.forEach((id) => placed.add(id));
      columns.push({ tier: direction === 'up' ? -tier.tier : tier.tier, heading: tierHeading(tier.tier, direction), nodeIds: ids });
      nodes.push(...tier.companies.map(companyNode));
      links.push(
        ...tier.edges.map((e) => ({
          source: e.supplier.id,
          target: e.customer.id,
          linkKind: 'SUPPLY' as const,
          directed: true,
          topic: null,
          weight: null,
          interactionModel: null,
          product: e.product,
          since: e.since,
          until: e.until,
          sources: e.sources,
          illustrative: e.illustrative,
          stage: e.stage,
          cluster: null,
          project: null,
        })),
      );
    }
  };
  addTiers(chains.upstream.tiers, 'up');
  addTiers(chains.downstream.tiers, 'down');
  graph.merge(nodes, links);
  graph.layoutTiers(columns.filter((c) => c.nodeIds.length > 0));
  const count = (tiers: SupplyTier[]): number => tiers.reduce((sum, t) => sum + t.companies.length, 0);
  const cut = chains.upstream.truncated || chains.downstream.truncated ? ' (cut at 1000 companies)' : '';
  return `${chains.company.name}: ${count(chains.upstream.tiers)} suppliers and ${count(chains.downstream.tiers)} customers in up to ${filters.tiers} tier${filters.tiers > 1 ? 's' : ''} each way, ${dateText()}${cut}`;
}

async function loadExpansion(id: string): Promise<number> {
  const network = await partnerNetwork(id, 1, networkFilter(), MAX_NODES);
  if (!network) return 0;
  const hubs = clusterHubs(network);
  return graph.merge([...toGraphNodes(network.nodes), ...hubs.nodes], network.edges, hubs.edges, id).length;
}

/** Draws the current view from scratch: its base, every expanded node, then the path (filters may have changed). */
async function rebuild(isCurrent: () => boolean): Promise<string> {
  if (!view) return '';
  graph.clear();
  drawnFailure = null;
  let text: string;
  if (view.kind === 'network') text = await loadNetwork(view.center);
  else if (view.kind === 'cluster') text = await loadCluster(view.cluster);
  else text = await loadSupply(view.company);
  if (view.kind !== 'supply') {
    for (const id of expanded) {
      if (!isCurrent()) return text;
      if (graph.hasNode(id)) await loadExpansion(id);
    }
    await graph.layoutNetwork(false, view.kind === 'network' ? view.center : view.cluster);
  }
  graph.markNodes(view.kind === 'network' ? [view.center] : view.kind === 'cluster' ? [view.cluster] : [view.company], expanded);
  if (isCurrent()) text += await applyAnalysis();
  if (selected && graph.hasNode(selected)) graph.select(selected);
  if (drawnPath && isCurrent()) {
    const again = await drawPath(drawnPath.from, drawnPath.to);
    if (again) text += ` · ${again}`;
  }
  return text;
}

/**
 * The analysis overlay of the drawn cluster or partner network (networkAnalysis over the same scope, link kinds
 * and date; SAME_CLUSTER left out as the API does by default): node sizes by the chosen centrality, colours by
 * Louvain community. Returns the status text to add.
 */
async function applyAnalysis(): Promise<string> {
  const active = overlay.sizeBy !== 'drawn' || overlay.community;
  if (!active || !view || view.kind === 'supply') {
    overlay.communities = null;
    graph.setAnalysis(null);
    renderAnalysisLegend(null);
    return '';
  }
  const scope = view.kind === 'cluster' ? { cluster: view.cluster } : { partnerNetworkOf: view.center, depth: filters.depth };
  const kinds = [...filters.linkKinds].filter((kind) => kind !== 'SAME_CLUSTER');
  const analysis = await networkAnalysis(scope, kinds, filters.asOf, evidence());
  if (!analysis) return '';
  const sizeBy = overlay.sizeBy;
  graph.setAnalysis({
    sizeBy: sizeBy === 'drawn' ? null : new Map(analysis.nodes.map((n) => [n.id, n[sizeBy]])),
    communityOf: overlay.community ? new Map(analysis.nodes.map((n) => [n.id, n.community])) : null,
  });
  overlay.communities = analysis.communities.length;
  renderAnalysisLegend(analysis.communities);
  return overlay.community ? ` · ${analysis.communities.length} communities (modularity ${analysis.modularity.toFixed(2)})` : '';
}

/** The legend's analysis part: what the node size means, and the community colours when they are on. */
function renderAnalysisLegend(communities: ReadonlyArray<{ index: number; size: number }> | null): void {
  const part = byId<HTMLDivElement>('legend-analysis');
  if (!communities) {
    part.replaceChildren();
    part.hidden = true;
    return;
  }
  part.hidden = false;
  const shown = communities.slice(0, COMMUNITY_COLORS.length);
  part.replaceChildren(
    el('h3', {}, 'Analysis'),
    el('p', {}, `Node size: ${SIZE_LABELS[overlay.sizeBy]}${overlay.sizeBy === 'drawn' ? '' : ' (networkAnalysis, unweighted)'}`),
    ...(overlay.community
      ? [
          el('p', {}, 'Colour: community (Louvain, seeded; replaces the kind colours)'),
          el('ul', {}, ...shown.map((c) => el('li', {}, fromMarkup(communitySwatch(c.index)), ` Community ${c.index + 1} · ${c.size} ${c.size === 1 ? 'actor' : 'actors'}`))),
          ...(communities.length > shown.length ? [el('p', { class: 'muted' }, `${communities.length - shown.length} smaller communities reuse these colours`)] : []),
        ]
      : []),
  );
}

function onOverlayChange(): void {
  writeUrl();
  // The view's own status line stays; the analysis adds to it (read before run() shows its busy label).
  const base = message.split(' · ')[0] ?? '';
  void run('Analysing the network', async () => `${base}${await applyAnalysis()}`);
}

// ------------------------------------------------------------------------------------------------ actions

async function show(next: View): Promise<void> {
  view = next;
  expanded = [];
  drawnPath = null;
  drawnFailure = null;
  pathResultElement.replaceChildren();
  writeUrl();
  const label = next.kind === 'network' ? 'Loading the partner network' : next.kind === 'cluster' ? 'Loading the cluster' : 'Loading the supply chain';
  await run(label, rebuild);
  if (loadState === 'idle') {
    const focus = next.kind === 'network' ? next.center : next.kind === 'supply' ? next.company : null;
    if (focus && graph.hasNode(focus)) await selectNode(focus);
  }
}

async function expand(id: string): Promise<void> {
  if (!view) return;
  if (view.kind === 'supply') {
    if (graph.node(id)?.kind === 'COMPANY') await show({ kind: 'supply', company: id });
    return;
  }
  if (expanded.includes(id) || graph.node(id)?.kind === 'CLUSTER') return;
  if (filters.linkKinds.size === 0) {
    setStatus('error', 'Choose at least one kind of link.');
    return;
  }
  await run(`Expanding ${nameOf(id)}`, async () => {
    const before = graph.nodeCount;
    const added = await loadExpansion(id);
    expanded.push(id);
    await graph.layoutNetwork(true);
    graph.markNodes(view?.kind === 'network' ? [view.center] : view?.kind === 'cluster' ? [view.cluster] : [], expanded);
    if (drawnPath) graph.highlightPath(drawnPath.nodeIds, drawnPath.edgeKeys);
    if (selected === id) void selectNode(id);
    return added > 0 ? `Expanded ${nameOf(id)}: ${added} more actors (${before} → ${graph.nodeCount})` : `${nameOf(id)} has no further partners with these filters`;
  });
}

async function selectNode(id: string): Promise<void> {
  selected = id;
  graph.select(id);
  const node = graph.node(id);
  renderLoadingPanel(detailsElement, node?.name ?? id);
  try {
    if (node?.kind === 'CLUSTER') {
      const cluster = await clusterDetails(id, evidence());
      if (selected === id && cluster) renderClusterPanel(detailsElement, cluster, graph.degree(id), panelActions);
      return;
    }
    const actor = await actorDetails(id);
    if (selected !== id) return;
    if (!actor) {
      detailsElement.replaceChildren(el('h2', {}, node?.name ?? id), el('p', { class: 'muted' }, 'Not found.'));
      return;
    }
    const canFail = view?.kind === 'supply' && id !== view.company && graph.cutOffBy(id, view.company).length > 0;
    renderActorPanel(
      detailsElement,
      actor,
      { expandable: view?.kind === 'network' || view?.kind === 'cluster', expanded: expanded.includes(id), degree: graph.degree(id), canFail },
      panelActions,
    );
  } catch (error) {
    if (selected === id) detailsElement.replaceChildren(el('h2', {}, node?.name ?? id), el('p', { class: 'error' }, describeError(error)));
  }
}

function selectEdge(edge: GraphEdge): void {
  selected = null;
  renderEdgePanel(detailsElement, edge, nameOf);
}

function onSearchPick(hit: SearchHit): void {
  selected = null;
  if (hit.kind === 'CLUSTER') void show({ kind: 'cluster', cluster: hit.id });
  else void show({ kind: 'network', center: hit.id });
}

// ------------------------------------------------------------------------------------------------ what-if

interface DrawnFailure {
  supplier: string;
  company: string;
  /** The drawn companies that reach the view's company only through the failed supplier (faded). */
  cutOffIds: string[];
  lostStages: string[];
  keptStages: string[];
}

/**
 * "What if this supplier fails?" in the supply-chain view: the API says which input stages the view's company
 * loses (with alternatives) and keeps (and through whom); the canvas fades the drawn suppliers that reach the
 * company only through the failed one.
 */
async function supplierFails(id: string): Promise<void> {
  if (view?.kind !== 'supply') return;
  const company = view.company;
  drawnPath = null;
  await run(`What if ${nameOf(id)} fails`, async (isCurrent) => {
    const result = await supplierFailure(id, company, filters.tiers, filters.asOf, evidence());
    if (!isCurrent()) return '';
    const cutOffIds = graph.cutOffBy(id, company);
    graph.fadeCutOff(id, cutOffIds);
    drawnFailure = { supplier: id, company, cutOffIds, lostStages: result.lost.map((s) => s.stage), keptStages: result.kept.map((s) => s.stage) };
    const lostItems = result.lost.map((s) =>
      el(
        'li',
        {},
        el('strong', {}, `${s.stage} lost`),
        ` (sourced at tier ${s.tier})`,
        s.alternatives.length
          ? el('ul', {}, ...s.alternatives.map((a) => el('li', {}, `${a.name}: ${a.reasons.join('; ')}`)))
          : el('p', { class: 'muted small' }, 'no alternative found'),
      ),
    );
    const keptItems = result.kept.map((s) => el('li', {}, `${s.stage} kept via ${s.path.join(' → ')}`));
    pathResultElement.replaceChildren(
      el('p', { class: 'path-title' }, `If ${nameOf(id)} fails, ${nameOf(company)} loses ${result.lost.length} input stage${result.lost.length === 1 ? '' : 's'}`),
      el('ol', { class: 'path-steps', id: 'failure-steps' }, ...lostItems, ...keptItems),
    );
    const n = (count: number, noun: string): string => `${count} ${noun}${count === 1 ? '' : 's'}`;
    return `If ${nameOf(id)} fails: ${n(result.lost.length, 'stage')} lost, ${result.kept.length} kept, ${n(cutOffIds.length, 'drawn supplier')} cut off (faded), ${dateText()}`;
  });
}

// ------------------------------------------------------------------------------------------------ paths

const pathFromInput = byId<HTMLInputElement>('path-from');
const pathToInput = byId<HTMLInputElement>('path-to');
const pathModeSelect = byId<HTMLSelectElement>('path-mode');

function setPathEnd(end: 'from' | 'to', node: GraphNode): void {
  pathEnds = { ...pathEnds, [end]: node };
  (end === 'from' ? pathFromInput : pathToInput).value = node.name;
  if (pathEnds.from && pathEnds.to) void findPath();
  else (end === 'from' ? pathToInput : pathFromInput).focus();
}

/** Finds the path between the chosen ends, draws it into the current picture and highlights it; returns a summary. */
async function drawPath(from: string, to: string): Promise<string | null> {
  let found: FoundPath | null;
  let reversed = false;
  if (pathEnds.mode === 'supply') {
    found = await supplyPath(from, to, filters.asOf, evidence());
    if (!found) {
      found = await supplyPath(to, from, filters.asOf, evidence());
      reversed = found !== null;
    }
  } else {
    found = await shortestConnection(from, to, [...filters.linkKinds], filters.asOf, evidence());
  }
  if (!found) {
    drawnPath = null;
    graph.clearHighlight();
    const how = pathEnds.mode === 'supply' ? 'no supply path (within 8 hops, either direction)' : `no connection within 6 links of the chosen kinds`;
    pathResultElement.replaceChildren(el('p', { class: 'muted' }, `${nameOf(from)} and ${nameOf(to)}: ${how}, ${dateText()}.`));
    return null;
  }
  const wasEmpty = graph.nodeCount === 0;
  const nodes = toGraphNodes(found.nodes);
  const added = graph.merge(nodes, found.edges);
  if (wasEmpty) graph.layoutLine(nodes.map((n) => n.id));
  else if (added.length > 0 && view?.kind !== 'supply') await graph.layoutNetwork(true);
  const nodeIds = nodes.map((n) => n.id);
  const edgeKeys = found.edges.map((e) => edgeKey(e.source, e.target, e.linkKind, e.directed));
  graph.highlightPath(nodeIds, edgeKeys);
  drawnPath = { from, to, nodeIds, edgeKeys, length: found.edges.length, via: found.via, sentences: found.sentences };
  const title = `${found.edges.length} link${found.edges.length === 1 ? '' : 's'} via ${found.via === 'supplyPaths' ? 'supply relations' : 'the chosen link kinds'}${reversed ? ' (the second supplies the first)' : ''}`;
  pathResultElement.replaceChildren(el('p', { class: 'path-title' }, title), el('ol', { class: 'path-steps' }, ...found.sentences.map((s) => el('li', {}, s))));
  return `path: ${found.edges.length} links`;
}

async function findPath(): Promise<void> {
  const { from, to } = pathEnds;
  if (!from || !to) {
    setStatus('error', 'Choose both ends of the path.');
    return;
  }
  if (from.id === to.id) {
    setStatus('error', 'The two ends of a path must differ.');
    return;
  }
  await run(`Looking for a path from ${from.name} to ${to.name}`, async () => {
    const summary = await drawPath(from.id, to.id);
    return summary ? `${from.name} → ${to.name}: ${summary}` : `No path found between ${from.name} and ${to.name}`;
  });
}

function clearPath(): void {
  drawnPath = null;
  pathEnds = { from: null, to: null, mode: pathEnds.mode };
  pathFromInput.value = '';
  pathToInput.value = '';
  pathResultElement.replaceChildren();
  graph.clearHighlight();
}

// ------------------------------------------------------------------------------------------------ controls

function buildControls(): void {
  const linkList = byId<HTMLUListElement>('link-kinds');
  linkList.replaceChildren(
    ...NETWORK_LINK_KINDS.map((kind) => {
      const box = el('input', { type: 'checkbox', value: kind, id: `link-${kind}`, onchange: (event) => onLinkKind(kind, (event.target as HTMLInputElement).checked) });
      box.checked = filters.linkKinds.has(kind);
      return el('li', {}, el('label', { for: `link-${kind}` }, box, fromMarkup(edgeSwatch(kind)), ` ${edgeLook(kind).name}`));
    }),
  );

  const depth = byId<HTMLSelectElement>('depth');
  depth.value = String(filters.depth);
  depth.addEventListener('change', () => {
    filters.depth = Number(depth.value);
    if (view?.kind === 'network') void run('Reloading', rebuild);
  });

  const tiers = byId<HTMLSelectElement>('tiers');
  tiers.value = String(filters.tiers);
  tiers.addEventListener('change', () => {
    filters.tiers = Number(tiers.value);
    if (view?.kind === 'supply') void run('Reloading', rebuild);
  });

  const anyDate = byId<HTMLInputElement>('any-date');
  const year = byId<HTMLInputElement>('year');
  const yearOut = byId<HTMLOutputElement>('year-out');
  year.min = String(FIRST_YEAR);
  year.max = String(LAST_YEAR);
  year.value = String(filters.asOf ?? LAST_YEAR);
  const syncDate = (): void => {
    year.disabled = anyDate.checked;
    yearOut.textContent = anyDate.checked ? 'all dates' : year.value;
  };
  anyDate.checked = filters.asOf === null;
  syncDate();
  anyDate.addEventListener('change', () => {
    filters.asOf = anyDate.checked ? null : year.value;
    syncDate();
    writeUrl();
    void run('Reloading', rebuild);
  });
  year.addEventListener('input', syncDate);

  const citedOnly = byId<HTMLInputElement>('cited-only');
  citedOnly.checked = filters.citedOnly;
  citedOnly.addEventListener('change', () => {
    filters.citedOnly = citedOnly.checked;
    writeUrl();
    void run('Reloading', rebuild);
  });
  year.addEventListener('change', () => {
    filters.asOf = year.value;
    writeUrl();
    void run('Reloading', rebuild);
  });

  new Autocomplete(pathFromInput, byId('path-from-hits'), { companiesOnly: () => pathEnds.mode === 'supply', clusters: false, onPick: (hit) => setPathEnd('from', hitNode(hit)) });
  new Autocomplete(pathToInput, byId('path-to-hits'), { companiesOnly: () => pathEnds.mode === 'supply', clusters: false, onPick: (hit) => setPathEnd('to', hitNode(hit)) });
  pathModeSelect.addEventListener('change', () => {
    pathEnds = { ...pathEnds, mode: pathModeSelect.value === 'supply' ? 'supply' : 'any' };
  });
  byId<HTMLFormElement>('path-form').addEventListener('submit', (event) => {
    event.preventDefault();
    void findPath();
  });
  byId<HTMLButtonElement>('path-clear').addEventListener('click', clearPath);
  byId<HTMLButtonElement>('fit').addEventListener('click', () => graph.fit());

  const sizeBy = byId<HTMLSelectElement>('size-by');
  sizeBy.replaceChildren(...(Object.keys(SIZE_LABELS) as SizeBy[]).map((key) => el('option', { value: key }, SIZE_LABELS[key])));
  sizeBy.value = overlay.sizeBy;
  sizeBy.addEventListener('change', () => {
    overlay.sizeBy = sizeBy.value as SizeBy;
    onOverlayChange();
  });
  const community = byId<HTMLInputElement>('colour-community');
  community.checked = overlay.community;
  community.addEventListener('change', () => {
    overlay.community = community.checked;
    onOverlayChange();
  });

  const legend = byId<HTMLDivElement>('legend');
  legend.replaceChildren(
    el('h3', {}, 'Actors'),
    el('ul', {}, ...(Object.keys(NODE_LOOKS) as NodeKind[]).map((kind) => el('li', {}, fromMarkup(nodeSwatch(kind)), ` ${NODE_LOOKS[kind].label}`))),
    el('span', { class: 'break' }),
    el('h3', {}, 'Links'),
    el('ul', {}, ...EDGE_KINDS.map((kind) => el('li', {}, fromMarkup(edgeSwatch(kind)), ` ${edgeLook(kind).label}`))),
    el('p', { class: 'sample' }, 'Faint dotted lines: sample links (marked illustrative), plausible but not a verified public fact. Faded actors with a dashed border: sample actors. "Cited links only" leaves both out.'),
    el('span', { class: 'break' }),
    el('div', { id: 'legend-analysis', class: 'legend-analysis', hidden: '' }),
  );
}

function hitNode(hit: SearchHit): GraphNode {
  return { id: hit.id, name: hit.name, kind: hit.kind, aliases: [] };
}

function onLinkKind(kind: NetworkLinkKind, on: boolean): void {
  if (on) filters.linkKinds.add(kind);
  else filters.linkKinds.delete(kind);
  if (view && view.kind !== 'supply') void run('Reloading', rebuild);
}

// ------------------------------------------------------------------------------------------------ start

const search = new Autocomplete(byId<HTMLInputElement>('search'), byId('search-hits'), { companiesOnly: () => false, clusters: true, onPick: onSearchPick });
byId<HTMLFormElement>('search-form').addEventListener('submit', (event) => event.preventDefault());
for (const button of welcomeElement.querySelectorAll<HTMLButtonElement>('button[data-search]')) {
  button.addEventListener('click', () => {
    const text = button.dataset['search'] ?? '';
    void search.searchNow(text).then((hits) => {
      const hit = hits[0];
      if (!hit) return;
      if (button.dataset['supply'] && hit.kind === 'COMPANY') void show({ kind: 'supply', company: hit.id });
      else onSearchPick(hit);
    });
  });
}

window.__explorer = {
  get failure() {
    return drawnFailure;
  },
  get state() {
    return loadState;
  },
  get message() {
    return message;
  },
  get view() {
    return view;
  },
  get nodeCount() {
    return graph.nodeCount;
  },
  get edgeCount() {
    return graph.edgeCount;
  },
  get expanded() {
    return expanded;
  },
  get selected() {
    return selected;
  },
  get path() {
    return drawnPath;
  },
  nodeIds: () => graph.nodeIds(),
  get evidence() {
    const counts = graph.sampleCounts();
    return { citedOnly: filters.citedOnly, sampleNodes: counts.nodes, sampleEdges: counts.edges };
  },
  nodePagePosition: (id) => {
    const position = graph.renderedPosition(id);
    if (!position) return null;
    const box = graphElement.getBoundingClientRect();
    return { x: box.left + position.x, y: box.top + position.y };
  },
  degree: (id) => graph.degree(id),
  get analysis() {
    return { ...overlay };
  },
};

buildControls();
renderEmptyPanel(detailsElement);
setStatus('empty', 'Search an actor or a cluster to begin.');

const params = new URLSearchParams(location.search);
const asOf = params.get('asOf');
if (asOf && /^\d{4}$/.test(asOf)) {
  filters.asOf = asOf;
  byId<HTMLInputElement>('any-date').checked = false;
  byId<HTMLInputElement>('year').value = asOf;
  byId<HTMLInputElement>('year').disabled = false;
  byId<HTMLOutputElement>('year-out').textContent = asOf;
}
if (params.get('cited') === '1') {
  filters.citedOnly = true;
  byId<HTMLInputElement>('cited-only').checked = true;
}
const sizeParam = params.get('size');
if (sizeParam && sizeParam in SIZE_LABELS) overlay.sizeBy = sizeParam as SizeBy;
overlay.community = params.get('community') === '1';
byId<HTMLSelectElement>('size-by').value = overlay.sizeBy;
byId<HTMLInputElement>('colour-community').checked = overlay.community;
const start = params.get('actor') ? { kind: 'network' as const, center: params.get('actor')! } : params.get('cluster') ? { kind: 'cluster' as const, cluster: params.get('cluster')! } : params.get('supply') ? { kind: 'supply' as const, company: params.get('supply')! } : null;
if (start) void show(start);
