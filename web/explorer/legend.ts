// How the explorer draws kinds of actors and kinds of links: one table, used by the graph style, the legend and
// the link-kind filter, so the three never disagree. The link kinds, their names and which are followed by default
// come from the link-kind registry (src/model/linkKinds.ts, the table the API's NetworkLinkKind is checked
// against); only the colours and line styles are the explorer's own, and a kind without one is drawn in
// FALLBACK_STYLE rather than not at all.
import { LINK_KIND_TABLE, NETWORK_LINK_KINDS } from '../../src/model/linkKinds';
import type { ActorKind, NetworkLinkKind } from './api';

/** What a node can be: an actor, or a cluster drawn as the hub of its members. */
export type NodeKind = ActorKind | 'CLUSTER';
/** What an edge can be: a network link, or a member's link to its cluster hub. */
export type EdgeKind = NetworkLinkKind | 'MEMBERSHIP';

/** Every kind of edge, in the registry's order, then memberships: the legend's rows. */
export const EDGE_KINDS: readonly EdgeKind[] = [...NETWORK_LINK_KINDS, 'MEMBERSHIP'];

export interface NodeLook {
  label: string;
  color: string;
  shape: 'ellipse' | 'round-rectangle' | 'diamond' | 'hexagon';
}

export const NODE_LOOKS: Record<NodeKind, NodeLook> = {
  COMPANY: { label: 'Company', color: '#2563eb', shape: 'ellipse' },
  RESEARCH_INSTITUTE: { label: 'Research institute / university', color: '#059669', shape: 'round-rectangle' },
  ORGANIZATION: { label: 'Support organisation', color: '#d97706', shape: 'diamond' },
  CLUSTER: { label: 'Cluster', color: '#7c3aed', shape: 'hexagon' },
};

export interface EdgeLook {
  /** The kind's name, e.g. "Supply" (the registry's words). */
  name: string;
  /** The name with a hint on how to read the line, for the legend and the details panel. */
  label: string;
  color: string;
  style: 'solid' | 'dashed' | 'dotted';
  arrow: boolean;
}

interface EdgeStyle {
  color: string;
  style: EdgeLook['style'];
  /** Said after the name in the legend, e.g. the direction of the arrow. */
  hint?: string;
}

/** The explorer's colours per kind; keyed by the registry's kinds, and a kind may be missing (see edgeLook). */
const EDGE_STYLES: Partial<Record<EdgeKind, EdgeStyle>> = {
  COLLABORATION: { color: '#475569', style: 'solid' },
  SUPPLY: { color: '#ea580c', style: 'solid', hint: 'supplier → customer' },
  SPIN_OFF: { color: '#c026d3', style: 'dashed', hint: '→ origin' },
  JOINT_PROJECT: { color: '#0d9488', style: 'dotted' },
  // A network draws a shared cluster as a hub with MEMBERSHIP edges; this line only joins two actors of a found path.
  SAME_CLUSTER: { color: '#a8a29e', style: 'dashed', hint: 'a hop of a path; networks draw the cluster' },
  MEMBERSHIP: { color: '#8b5cf6', style: 'dotted', hint: 'shared clusters drawn as hubs' },
};

/** How a kind of link that has no style of its own is drawn: plain and visible. */
export const FALLBACK_STYLE: EdgeStyle = { color: '#334155', style: 'dashed' };

/** A link kind's name in the registry's words ("joint project" → "Joint project"). */
function kindName(kind: EdgeKind): string {
  if (kind === 'MEMBERSHIP') return 'Member of cluster';
  const words = LINK_KIND_TABLE.find((spec) => spec.kind === kind)?.words ?? kind.toLowerCase().replaceAll('_', ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** How an edge of a kind is drawn and named; arrows for the kinds the registry calls directed. */
export function edgeLook(kind: EdgeKind): EdgeLook {
  const style = EDGE_STYLES[kind] ?? FALLBACK_STYLE;
  const name = kindName(kind);
  const directed = LINK_KIND_TABLE.find((spec) => spec.kind === kind)?.directed ?? false;
  return { name, label: style.hint ? `${name} (${style.hint})` : name, color: style.color, style: style.style, arrow: directed };
}

/** A short inline SVG of a line in the edge's style, for the legend and the filter. */
export function edgeSwatch(kind: EdgeKind): string {
  const look = edgeLook(kind);
  const dash = look.style === 'dashed' ? '6 4' : look.style === 'dotted' ? '1.5 3.5' : '';
  const arrow = look.arrow ? `<path d="M26 2 L34 7 L26 12 Z" fill="${look.color}"/>` : '';
  return `<svg class="swatch" width="36" height="14" viewBox="0 0 36 14" aria-hidden="true"><line x1="2" y1="7" x2="${look.arrow ? 27 : 34}" y2="7" stroke="${look.color}" stroke-width="2.5" stroke-linecap="round" stroke-dasharray="${dash}"/>${arrow}</svg>`;
}

/** A small inline SVG of a node shape in the kind's colour. */
export function nodeSwatch(kind: NodeKind): string {
  const look = NODE_LOOKS[kind];
  const shapes: Record<NodeLook['shape'], string> = {
    ellipse: '<circle cx="8" cy="8" r="6.5"/>',
    'round-rectangle': '<rect x="1.5" y="2.5" width="13" height="11" rx="3"/>',
    diamond: '<path d="M8 1 L15 8 L8 15 L1 8 Z"/>',
    hexagon: '<path d="M4.5 2 L11.5 2 L15 8 L11.5 14 L4.5 14 L1 8 Z"/>',
  };
  return `<svg class="swatch" width="16" height="16" viewBox="0 0 16 16" aria-hidden="true"><g fill="${look.color}">${shapes[look.shape]}</g></svg>`;
}

/** The label drawn on a node: the name, or its shortest alias when the name is long. */
export function shortLabel(name: string, aliases: readonly string[]): string {
  if (name.length <= 26) return name;
  const alias = aliases.filter((a) => a.length >= 3 && a.length < name.length).sort((a, b) => a.length - b.length)[0];
  return alias ?? name;
}

/** Community colours (a qualitative palette); communities past its length reuse it, the legend says so. */
export const COMMUNITY_COLORS = ['#e11d48', '#2563eb', '#16a34a', '#d97706', '#7c3aed', '#0891b2', '#db2777', '#65a30d', '#475569', '#b45309'];

/** A filled circle in a community's colour. */
export function communitySwatch(index: number): string {
  const color = COMMUNITY_COLORS[index % COMMUNITY_COLORS.length] ?? '#475569';
  return `<svg class="swatch" width="16" height="16" viewBox="0 0 16 16" aria-hidden="true"><circle cx="8" cy="8" r="6.5" fill="${color}"/></svg>`;
}
