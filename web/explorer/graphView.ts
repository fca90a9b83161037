// The drawing: a Cytoscape.js canvas over a small client-side model of nodes and (aggregated) edges.
// Parallel links of one kind between the same two actors (three joint projects, two shared clusters) are drawn as
// one edge that keeps every link, so dense project cliques stay readable; a click on the edge lists them all.
import cytoscape from 'cytoscape';
import fcose, { type FcoseLayoutOptions } from 'cytoscape-fcose';
import type { LinkEdge } from './api';
import { COMMUNITY_COLORS, NODE_LOOKS, edgeLook, shortLabel, type EdgeKind, type NodeKind } from './legend';

export interface GraphNode {
  id: string;
  name: string;
  kind: NodeKind;
  aliases: readonly string[];
  /** True for a sample actor (marked illustrative): drawn faded with a dashed border. */
  sample?: boolean;
}

/** One drawn edge: every link of one kind between two actors (one direction for directed kinds). */
export interface GraphEdge {
  key: string;
  source: string;
  target: string;
  kind: EdgeKind;
  directed: boolean;
  links: LinkEdge[];
}

/**
 * What a network analysis adds to the drawing: a size value per node (a centrality, scaled to the largest) and a
 * community per node. Nodes the analysis did not cover keep their usual size and colour.
 */
export interface NodeAnalysis {
  sizeBy: ReadonlyMap<string, number> | null;
  communityOf: ReadonlyMap<string, number> | null;
}

export interface GraphViewEvents {
  onNodeTap(id: string): void;
  onNodeDoubleTap(id: string): void;
  onEdgeTap(edge: GraphEdge): void;
  onBackgroundTap(): void;
}

/** Where a tier column of the supply-chain view sits, and its heading. */
export interface TierColumn {
  tier: number;
  heading: string;
  nodeIds: string[];
}

/** The key that merges links into one drawn edge. */
export function edgeKey(source: string, target: string, kind: EdgeKind, directed: boolean): string {
  if (directed) return `${kind}:${source}>${target}`;
  return source < target ? `${kind}:${source}|${target}` : `${kind}:${target}|${source}`;
}

function linkIdentity(link: LinkEdge): string {
  return [link.source, link.target, link.linkKind, link.cluster?.id ?? '', link.project?.id ?? '', link.product ?? '', link.topic ?? ''].join('\u0000');
}

cytoscape.use(fcose);

const style: cytoscape.StylesheetJson = [
  {
    selector: 'node[color]',
    style: {
      label: 'data(label)',
      'background-color': 'data(color)',
      shape: 'data(shape)' as unknown as cytoscape.Css.NodeShape,
      width: 'data(size)',
      height: 'data(size)',
      'border-width': 2,
      'border-color': '#ffffff',
      'font-family': 'system-ui, "Segoe UI", Roboto, "DejaVu Sans", sans-serif',
      'font-size': 11,
      color: '#0f172a',
      'text-valign': 'bottom',
      'text-halign': 'center',
      'text-margin-y': 4,
      'text-wrap': 'wrap',
      'text-max-width': '120px',
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.8,
      'text-background-padding': '2px',
      'text-background-shape': 'roundrectangle',
      'min-zoomed-font-size': 5,
      'overlay-opacity': 0,
    },
  },
  { selector: 'node.center', style: { 'border-color': '#0f172a', 'border-width': 3, 'font-weight': 'bold', 'font-size': 13 } },
  { selector: 'node.expanded', style: { 'border-color': '#334155', 'border-width': 2.5, 'border-style': 'double' } },
  { selector: 'node:selected', style: { 'border-color': '#facc15', 'border-width': 4 } },
  { selector: 'node.path-end', style: { 'border-color': '#e11d48', 'border-width': 4 } },
  {
    selector: 'node.tier-heading',
    style: {
      shape: 'round-rectangle',
      'background-opacity': 0,
      'border-width': 0,
      width: 1,
      height: 1,
      label: 'data(label)',
      'text-valign': 'center',
      'font-size': 13,
      'font-weight': 'bold',
      color: '#475569',
      'text-background-opacity': 0,
      events: 'no',
    },
  },
  {
    selector: 'edge[color]',
    style: {
      width: 'data(width)',
      'line-color': 'data(color)',
      'line-style': 'data(lineStyle)' as unknown as cytoscape.Css.LineStyle,
      'target-arrow-color': 'data(color)',
      'target-arrow-shape': 'data(arrow)' as unknown as cytoscape.Css.ArrowShape,
      'arrow-scale': 1.1,
      'curve-style': 'bezier',
      opacity: 0.75,
      'overlay-opacity': 0,
    },
  },
  { selector: 'edge[kind = "JOINT_PROJECT"], edge[kind = "SAME_CLUSTER"]', style: { opacity: 0.45 } },
  { selector: 'edge[kind = "MEMBERSHIP"]', style: { opacity: 0.55, width: 1.3 } },
  { selector: 'edge[?sample]', style: { 'line-style': 'dotted', opacity: 0.35 } },
  { selector: 'node[?sample]', style: { 'background-opacity': 0.4, 'border-style': 'dashed', 'border-width': 2, 'border-color': '#64748b' } },
  { selector: 'edge:selected', style: { opacity: 1, width: 5, 'line-color': '#facc15', 'target-arrow-color': '#facc15' } },
  { selector: '.faded', style: { opacity: 0.18, 'text-opacity': 0.3 } },
  { selector: 'node.failed', style: { 'border-color': '#e11d48', 'border-width': 4, 'border-style': 'dashed', opacity: 0.6 } },
  { selector: 'node.on-path', style: { 'border-color': '#e11d48', 'border-width': 4, 'font-weight': 'bold', 'font-size': 14, 'z-index': 10 } },
  {
    selector: 'edge.on-path',
    style: { 'line-color': '#e11d48', 'target-arrow-color': '#e11d48', width: 6, opacity: 1, 'z-index': 10, 'line-style': 'solid' },
  },
];

/** The graph canvas and its model. */
export class GraphView {
  readonly cy: cytoscape.Core;
  private readonly nodes = new Map<string, GraphNode>();
  private readonly edges = new Map<string, GraphEdge>();
  private readonly linkIds = new Set<string>();

  private analysis: NodeAnalysis | null = null;

  constructor(container: HTMLElement, events: GraphViewEvents) {
    this.cy = cytoscape({ container, style, minZoom: 0.15, maxZoom: 3, boxSelectionEnabled: false });
    this.cy.on('tap', 'node', (event) => events.onNodeTap(String(event.target.id())));
    this.cy.on('dbltap', 'node', (event) => events.onNodeDoubleTap(String(event.target.id())));
    this.cy.on('tap', 'edge', (event) => {
      const edge = this.edges.get(String(event.target.id()));
      if (edge) events.onEdgeTap(edge);
    });
    this.cy.on('tap', (event) => {
      if (event.target === this.cy) events.onBackgroundTap();
    });
  }

  get nodeCount(): number {
    return this.nodes.size;
  }

  get edgeCount(): number {
    return this.edges.size;
  }

  hasNode(id: string): boolean {
    return this.nodes.has(id);
  }

  node(id: string): GraphNode | undefined {
    return this.nodes.get(id);
  }

  nodeIds(): string[] {
    return [...this.nodes.keys()];
  }

  /** How many drawn actors and drawn edges are sample data (styled faded and dotted). */
  sampleCounts(): { nodes: number; edges: number } {
    return { nodes: this.cy.nodes('[?sample]').length, edges: this.cy.edges('[?sample]').length };
  }

  /** Neighbour count of a node in the drawing. */
  degree(id: string): number {
    const element = this.cy.getElementById(id);
    return element.nonempty() ? element.connectedEdges().length : 0;
  }

  /** Where a node is on screen, relative to the canvas (for tests and tooltips). */
  renderedPosition(id: string): { x: number; y: number } | null {
    const element = this.cy.getElementById(id);
    return element.nonempty() ? element.renderedPosition() : null;
  }

  clear(): void {
    this.cy.elements().remove();
    this.nodes.clear();
    this.edges.clear();
    this.linkIds.clear();
    this.analysis = null;
  }

  /**
   * Adds nodes and links not yet drawn (links of an existing edge are appended to it). New nodes start next to
   * `near` (or their first drawn neighbour), so an incremental layout keeps the picture the user already knows.
   * Returns the ids of the nodes that were new.
   */
  merge(nodes: readonly GraphNode[], links: readonly LinkEdge[], extraEdges: readonly GraphEdge[] = [], near?: string): string[] {
    const added: string[] = [];
    for (const node of nodes) {
      if (this.nodes.has(node.id)) continue;
      this.nodes.set(node.id, node);
      added.push(node.id);
    }
    const newEdges: GraphEdge[] = [];
    const touched = new Set<string>();
    const addLink = (edge: GraphEdge): void => {
      const existing = this.edges.get(edge.key);
      if (existing) {
        existing.links.push(...edge.links);
        touched.add(edge.key);
      } else {
        this.edges.set(edge.key, edge);
        newEdges.push(edge);
      }
    };
    for (const link of links) {
      if (!this.nodes.has(link.source) || !this.nodes.has(link.target)) continue;
      const identity = linkIdentity(link);
      if (this.linkIds.has(identity)) continue;
      this.linkIds.add(identity);
      const key = edgeKey(link.source, link.target, link.linkKind, link.directed);
      addLink({ key, source: link.source, target: link.target, kind: link.linkKind, directed: link.directed, links: [link] });
    }
    for (const edge of extraEdges) {
      if (this.nodes.has(edge.source) && this.nodes.has(edge.target) && !this.edges.has(edge.key)) addLink(edge);
    }

    const anchor = near ? this.cy.getElementById(near) : undefined;
    const anchorPosition = anchor?.nonempty() ? anchor.position() : undefined;
    const elements: cytoscape.ElementDefinition[] = added.map((id, index) => {
      const node = this.nodes.get(id)!;
      const neighbour = anchorPosition ?? this.firstDrawnNeighbour(id, [...links, ...extraEdges]);
      const angle = (2 * Math.PI * index) / Math.max(1, added.length);
      return {
        group: 'nodes',
        data: this.nodeData(node),
        position: neighbour ? { x: neighbour.x + 120 * Math.cos(angle), y: neighbour.y + 120 * Math.sin(angle) } : { x: 0, y: 0 },
      };
    });
    elements.push(...newEdges.map((edge) => ({ group: 'edges' as const, data: this.edgeData(edge) })));
    this.cy.add(elements);
    for (const key of touched) this.cy.getElementById(key).data(this.edgeData(this.edges.get(key)!));
    this.refreshSizes();
    return added;
  }

  /** Marks nodes as the view's center or as expanded, for their border. */
  markNodes(centerIds: readonly string[], expandedIds: readonly string[]): void {
    this.cy.nodes().removeClass('center expanded');
    for (const id of expandedIds) this.cy.getElementById(id).addClass('expanded');
    for (const id of centerIds) this.cy.getElementById(id).addClass('center');
  }

  /** A force-directed layout (fCoSE); `incremental` starts from the current positions, so the picture stays familiar. */
  layoutNetwork(incremental: boolean, pinned?: string): Promise<void> {
    const count = this.nodes.size;
    const options: FcoseLayoutOptions = {
      name: 'fcose',
      quality: 'proof',
      randomize: !incremental,
      animate: false,
      fit: true,
      padding: 30,
      nodeDimensionsIncludeLabels: true,
      nodeSeparation: 120,
      nodeRepulsion: () => (count > 80 ? 20000 : 45000),
      idealEdgeLength: () => (count > 80 ? 110 : 160),
      edgeElasticity: () => 0.2,
      gravity: 0.2,
      gravityRange: 3.8,
      numIter: 2500,
      tile: true,
      ...(pinned && !incremental && this.nodes.has(pinned) ? { fixedNodeConstraint: [{ nodeId: pinned, position: { x: 0, y: 0 } }] } : {}),
    };
    const layout = this.cy.layout(options);
    const done = layout.promiseOn('layoutstop').then(() => undefined);
    layout.run();
    return done;
  }

  /**
   * Columns by tier (upstream on the left, downstream on the right). A long tier wraps into several sub-columns,
   * and within a tier companies are ordered by where their partners in the next inner tier sit (fewer crossings).
   */
  layoutTiers(columns: readonly TierColumn[]): void {
    this.cy.remove('.tier-heading');
    const maxRows = 9;
    const rowHeight = 66;
    const subColumnWidth = 150;
    const tierGap = 200;
    const y = new Map<string, number>();
    const order = (column: TierColumn): string[] => {
      const score = (id: string): number => {
        const ys = this.cy
          .getElementById(id)
          .neighborhood('node')
          .map((n) => y.get(n.id()))
          .filter((v): v is number => v !== undefined);
        return ys.length ? ys.reduce((a, b) => a + b, 0) / ys.length : 0;
      };
      return [...column.nodeIds].sort((a, b) => score(a) - score(b) || (this.nodes.get(a)?.name ?? a).localeCompare(this.nodes.get(b)?.name ?? b));
    };
    // Place from the company outwards, so each tier can follow the one inside it.
    const byDistance = [...columns].sort((a, b) => Math.abs(a.tier) - Math.abs(b.tier));
    const placed = new Map<number, { ids: string[]; subColumns: number }>();
    for (const column of byDistance) {
      const ids = order(column);
      const subColumns = Math.max(1, Math.ceil(ids.length / maxRows));
      const rows = Math.ceil(ids.length / subColumns);
      ids.forEach((id, index) => y.set(id, (index % rows) * rowHeight - ((rows - 1) * rowHeight) / 2));
      placed.set(column.tier, { ids, subColumns });
    }
    // x: walk the tiers left to right, each as wide as its sub-columns.
    const tiers = [...columns].map((c) => c.tier).sort((a, b) => a - b);
    const headings: cytoscape.ElementDefinition[] = [];
    let x = 0;
    const top = Math.min(...[...y.values()]) - 60;
    for (const tier of tiers) {
      const { ids, subColumns } = placed.get(tier)!;
      const rows = Math.ceil(ids.length / subColumns);
      ids.forEach((id, index) => {
        const sub = Math.floor(index / rows);
        this.cy.getElementById(id).position({ x: x + sub * subColumnWidth, y: y.get(id)! + (sub % 2 === 1 ? rowHeight / 2 : 0) });
      });
      const width = (subColumns - 1) * subColumnWidth;
      headings.push({
        group: 'nodes',
        classes: 'tier-heading',
        data: { id: `tier-heading:${tier}`, label: columns.find((c) => c.tier === tier)!.heading },
        position: { x: x + width / 2, y: top },
        selectable: false,
        grabbable: false,
      });
      x += width + tierGap;
    }
    this.cy.add(headings);
    this.cy.fit(undefined, 30);
  }

  /** Lays a path out left to right (for a path drawn on an empty canvas). */
  layoutLine(ids: readonly string[]): void {
    ids.forEach((id, index) => this.cy.getElementById(id).position({ x: index * 220, y: index % 2 === 0 ? 0 : 50 }));
    this.cy.fit(undefined, 60);
  }

  /** Emphasises the path's nodes and edges and fades everything else. */
  highlightPath(nodeIds: readonly string[], edgeKeys: readonly string[]): void {
    this.clearHighlight();
    const onPath = this.cy.collection();
    for (const id of nodeIds) onPath.merge(this.cy.getElementById(id));
    for (const key of edgeKeys) onPath.merge(this.cy.getElementById(key));
    this.cy.elements().not('.tier-heading').difference(onPath).addClass('faded');
    onPath.addClass('on-path');
    const first = nodeIds[0];
    const last = nodeIds[nodeIds.length - 1];
    if (first) this.cy.getElementById(first).addClass('path-end');
    if (last) this.cy.getElementById(last).addClass('path-end');
    // Frame the path, but not closer than a little under 1:1, so its surroundings stay in view.
    this.cy.fit(onPath, 80);
    if (this.cy.zoom() > 0.9) {
      this.cy.zoom(0.9);
      this.cy.center(onPath);
    }
  }

  clearHighlight(): void {
    this.cy.elements().removeClass('faded on-path path-end failed');
  }

  /**
   * The drawn companies that supply `companyId` (directly or further up) only through `failedId`: those with a
   * drawn supply path to it before, and none avoiding `failedId`. The failed company itself is included.
   */
  cutOffBy(failedId: string, companyId: string): string[] {
    const suppliersOf = new Map<string, string[]>();
    this.cy.edges('[kind = "SUPPLY"]').forEach((edge) => {
      const target = edge.target().id();
      suppliersOf.set(target, [...(suppliersOf.get(target) ?? []), edge.source().id()]);
    });
    const reach = (skip: string | null): Set<string> => {
      const seen = new Set([companyId]);
      const queue = [companyId];
      for (let at = queue.shift(); at !== undefined; at = queue.shift()) {
        for (const supplier of suppliersOf.get(at) ?? []) {
          if (supplier === skip || seen.has(supplier)) continue;
          seen.add(supplier);
          queue.push(supplier);
        }
      }
      return seen;
    };
    const after = reach(failedId);
    return [...reach(null)].filter((id) => !after.has(id));
  }

  /** Fades the companies a failure cuts off, and every supply relation that touches them; marks the failed one. */
  fadeCutOff(failedId: string, cutOffIds: readonly string[]): void {
    this.clearHighlight();
    const cut = this.cy.collection();
    for (const id of cutOffIds) cut.merge(this.cy.getElementById(id));
    cut.addClass('faded');
    cut.connectedEdges('[kind = "SUPPLY"]').addClass('faded');
    this.cy.getElementById(failedId).removeClass('faded').addClass('failed');
  }

  select(id: string | null): void {
    this.cy.elements().unselect();
    if (id) this.cy.getElementById(id).select();
  }

  fit(): void {
    this.cy.fit(undefined, 40);
  }

  private firstDrawnNeighbour(id: string, links: ReadonlyArray<{ source: string; target: string }>): { x: number; y: number } | undefined {
    for (const link of links) {
      const other = link.source === id ? link.target : link.target === id ? link.source : undefined;
      if (!other) continue;
      const element = this.cy.getElementById(other);
      if (element.nonempty()) return element.position();
    }
    return undefined;
  }

  private nodeData(node: GraphNode): Record<string, unknown> {
    const look = NODE_LOOKS[node.kind];
    return { id: node.id, label: shortLabel(node.name, node.aliases), name: node.name, kind: node.kind, color: look.color, shape: look.shape, size: 28, sample: node.sample === true };
  }

  private edgeData(edge: GraphEdge): Record<string, unknown> {
    const look = edgeLook(edge.kind);
    const weight = Math.max(0, ...edge.links.map((l) => l.weight ?? 0));
    const width = edge.kind === 'COLLABORATION' ? 1.5 + (weight > 0 ? weight * 0.35 : 1) : edge.kind === 'SUPPLY' ? 2.5 : 1.2 + Math.min(3, edge.links.length - 1) * 0.5;
    return {
      id: edge.key,
      source: edge.source,
      target: edge.target,
      kind: edge.kind,
      color: look.color,
      lineStyle: look.style,
      arrow: look.arrow ? 'triangle' : 'none',
      width,
      // Drawn dotted and faint when every link it stands for is sample data (marked illustrative/fictional).
      sample: edge.links.length > 0 && edge.links.every((l) => l.illustrative),
    };
  }

  /** Sizes nodes by a centrality and colours them by community (null: back to drawn degree and kind colours). */
  setAnalysis(analysis: NodeAnalysis | null): void {
    this.analysis = analysis;
    this.cy.batch(() => {
      this.cy.nodes().not('.tier-heading').forEach((element) => {
        const kind = element.data('kind') as NodeKind;
        const community = analysis?.communityOf?.get(element.id());
        element.data('color', community === undefined ? NODE_LOOKS[kind].color : (COMMUNITY_COLORS[community % COMMUNITY_COLORS.length] ?? NODE_LOOKS[kind].color));
      });
    });
    this.refreshSizes();
  }

  /**
   * Node size grows with the number of drawn neighbours, clusters and centers stay large; with an analysis's
   * centrality, with the square root of the value relative to the largest (area follows the value).
   */
  private refreshSizes(): void {
    const values = this.analysis?.sizeBy ?? null;
    const largest = values ? Math.max(0, ...values.values()) : 0;
    this.cy.batch(() => {
      this.cy.nodes().not('.tier-heading').forEach((element) => {
        const kind = element.data('kind') as NodeKind;
        const value = values?.get(element.id());
        let size: number;
        if (kind === 'CLUSTER') size = 54;
        else if (value !== undefined) size = 16 + 50 * (largest > 0 ? Math.sqrt(value / largest) : 0);
        else size = Math.min(52, 22 + Math.sqrt(element.connectedEdges().length) * 5);
        element.data('size', size);
      });
    });
  }
}
