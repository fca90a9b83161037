// The drawing: a Cytoscape.js canvas over a small client-side model of nodes and (aggregated) edges.
// Parallel links of one kind between the same two actors (three joint projects, two shared clusters) are drawn as
// one edge that keeps every link, so dense project cliques stay readable; a click on the edge lists them all.
import cytoscape from 'cytoscape';
import type { LinkEdge } from './api';
import { EDGE_LOOKS, NODE_LOOKS, shortLabel, type EdgeKind, type NodeKind } from './legend';

export interface GraphNode {
  id: string;
  name: string;
  kind: NodeKind;
  aliases: readonly string[];
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

const style: cytoscape.StylesheetJson = [
  {
    selector: 'node',
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
      'min-zoomed-font-size': 7,
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
    selector: 'edge',
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
  { selector: 'edge:selected', style: { opacity: 1, width: 5, 'line-color': '#facc15', 'target-arrow-color': '#facc15' } },
  { selector: '.faded', style: { opacity: 0.15, 'text-opacity': 0.35 } },
  { selector: 'node.on-path', style: { 'border-color': '#e11d48', 'border-width': 4, 'font-weight': 'bold', 'z-index': 10 } },
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

  constructor(container: HTMLElement, events: GraphViewEvents) {
    this.cy = cytoscape({ container, style, minZoom: 0.15, maxZoom: 3, wheelSensitivity: 0.3, boxSelectionEnabled: false });
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
      const neighbour = anchorPosition ?? this.firstDrawnNeighbour(id, links);
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

  /** A force-directed layout; `incremental` keeps the current positions as the start. */
  layoutNetwork(incremental: boolean): Promise<void> {
    const count = this.nodes.size;
    const layout = this.cy.layout({
      name: 'cose',
      animate: false,
      randomize: !incremental,
      fit: true,
      padding: 40,
      nodeDimensionsIncludeLabels: true,
      componentSpacing: 80,
      nodeRepulsion: () => (count > 80 ? 30000 : 60000),
      idealEdgeLength: () => (count > 80 ? 90 : 130),
      edgeElasticity: () => 120,
      gravity: 0.6,
      numIter: incremental ? 600 : 1500,
      initialTemp: incremental ? 60 : 1000,
    } as cytoscape.CoseLayoutOptions);
    const done = layout.promiseOn('layoutstop').then(() => undefined);
    layout.run();
    return done;
  }

  /** Columns by tier (upstream on the left, downstream on the right), companies stacked by name within a column. */
  layoutTiers(columns: readonly TierColumn[]): void {
    this.cy.remove('.tier-heading');
    const columnWidth = 250;
    const rowHeight = 62;
    const tallest = Math.max(1, ...columns.map((c) => c.nodeIds.length));
    const headings: cytoscape.ElementDefinition[] = [];
    for (const column of columns) {
      const x = column.tier * columnWidth;
      const top = -((column.nodeIds.length - 1) * rowHeight) / 2;
      column.nodeIds.forEach((id, index) => {
        this.cy.getElementById(id).position({ x, y: top + index * rowHeight });
      });
      headings.push({
        group: 'nodes',
        classes: 'tier-heading',
        data: { id: `tier-heading:${column.tier}`, label: column.heading },
        position: { x, y: -((tallest - 1) * rowHeight) / 2 - 60 },
        selectable: false,
        grabbable: false,
      });
    }
    this.cy.add(headings);
    this.cy.fit(undefined, 40);
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
    this.cy.animate({ fit: { eles: onPath, padding: 80 } }, { duration: 300 });
  }

  clearHighlight(): void {
    this.cy.elements().removeClass('faded on-path path-end');
  }

  select(id: string | null): void {
    this.cy.elements().unselect();
    if (id) this.cy.getElementById(id).select();
  }

  fit(): void {
    this.cy.fit(undefined, 40);
  }

  private firstDrawnNeighbour(id: string, links: readonly LinkEdge[]): { x: number; y: number } | undefined {
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
    return { id: node.id, label: shortLabel(node.name, node.aliases), name: node.name, kind: node.kind, color: look.color, shape: look.shape, size: 28 };
  }

  private edgeData(edge: GraphEdge): Record<string, unknown> {
    const look = EDGE_LOOKS[edge.kind];
    const weight = Math.max(0, ...edge.links.map((l) => l.weight ?? 0));
    const width = edge.kind === 'COLLABORATION' ? 1.5 + (weight > 0 ? weight * 0.35 : 1) : edge.kind === 'SUPPLY' ? 2.5 : 1.6 + Math.min(3, edge.links.length - 1) * 0.6;
    return {
      id: edge.key,
      source: edge.source,
      target: edge.target,
      kind: edge.kind,
      color: look.color,
      lineStyle: look.style,
      arrow: look.arrow ? 'triangle' : 'none',
      width,
    };
  }

  /** Node size grows with the number of drawn neighbours, clusters and centers stay large. */
  private refreshSizes(): void {
    this.cy.batch(() => {
      this.cy.nodes().not('.tier-heading').forEach((element) => {
        const kind = element.data('kind') as NodeKind;
        const degree = element.connectedEdges().length;
        const size = kind === 'CLUSTER' ? 54 : Math.min(52, 22 + Math.sqrt(degree) * 5);
        element.data('size', size);
      });
    });
  }
}
