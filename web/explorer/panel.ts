// The side panel: details and sources of the selected actor, cluster or link, with the actions that start from it.
import type { ActorDetails, ClusterDetails } from './api';
import { el, fromMarkup, period, replace, sourceItem, titleWords, words } from './dom';
import type { GraphEdge, GraphNode } from './graphView';
import { NODE_LOOKS, edgeLook, edgeSwatch, nodeSwatch } from './legend';

export interface PanelActions {
  expand(id: string): void;
  showNetwork(id: string): void;
  showCluster(id: string): void;
  showSupplyChain(id: string): void;
  /** In a supply-chain view: what the view's company loses when this supplier fails. */
  supplierFails(id: string): void;
  pathFrom(node: GraphNode): void;
  pathTo(node: GraphNode): void;
}

export interface ActorPanelOptions {
  /** True when the actor is drawn in a partner network (so it can be expanded there). */
  expandable: boolean;
  expanded: boolean;
  degree: number;
  /** True when the actor is an upstream supplier of the supply-chain view's company. */
  canFail?: boolean;
}

function field(label: string, value: string | number | null | undefined): HTMLElement | null {
  if (value === null || value === undefined || value === '') return null;
  return el('div', { class: 'field' }, el('dt', {}, label), el('dd', {}, String(value)));
}

function sources(list: readonly string[]): HTMLElement {
  return el('section', { class: 'sources' }, el('h3', {}, 'Sources'), list.length ? el('ul', {}, ...list.map(sourceItem)) : el('p', { class: 'muted' }, 'none given'));
}

function kindBadge(kind: GraphNode['kind'], detail?: string | null): HTMLElement {
  return el('p', { class: 'kind' }, fromMarkup(nodeSwatch(kind)), ` ${NODE_LOOKS[kind].label}${detail ? ` · ${words(detail)}` : ''}`);
}

function button(label: string, onClick: () => void, attributes: Record<string, string> = {}): HTMLButtonElement {
  return el('button', { type: 'button', ...attributes, onclick: () => onClick() }, label);
}

/** Shown while nothing is selected. */
export function renderEmptyPanel(target: HTMLElement): void {
  delete target.dataset['id'];
  replace(target, 
    el('h2', {}, 'Details'),
    el('p', { class: 'muted' }, 'Search an actor or a cluster above. Click a node or a link to see its details and sources here; double-click a node to expand its network.'),
  );
}

export function renderLoadingPanel(target: HTMLElement, name: string): void {
  delete target.dataset['id'];
  replace(target, el('h2', {}, name), el('p', { class: 'muted' }, 'Loading…'));
}

export function renderActorPanel(target: HTMLElement, actor: ActorDetails, options: ActorPanelOptions, actions: PanelActions): void {
  const node: GraphNode = { id: actor.id, name: actor.name, kind: actor.kind, aliases: actor.aliases };
  const detail = actor.instituteType ?? actor.organizationType ?? actor.size ?? null;
  // Tells tests (and styles) which entity the panel shows once it is complete.
  target.dataset['id'] = actor.id;
  const memberships = actor.memberships.length
    ? el(
        'section',
        {},
        el('h3', {}, 'Clusters'),
        el(
          'ul',
          { class: 'memberships' },
          ...actor.memberships.map((m) =>
            el(
              'li',
              {},
              el('a', { href: `?cluster=${encodeURIComponent(m.cluster.id)}`, onclick: (event) => (event.preventDefault(), actions.showCluster(m.cluster.id)) }, m.cluster.name),
              [m.role && m.role !== 'MEMBER' ? words(m.role) : null, period(m.since, m.until)].filter(Boolean).length
                ? ` (${[m.role && m.role !== 'MEMBER' ? words(m.role) : null, period(m.since, m.until)].filter(Boolean).join(', ')})`
                : '',
            ),
          ),
        ),
      )
    : null;
  replace(target, 
    el('h2', {}, actor.name),
    kindBadge(actor.kind, detail),
    actor.illustrative ? el('p', { class: 'sample-badge' }, 'Sample data: not a public fact') : null,
    actor.description ? el('p', { class: 'description' }, actor.description) : null,
    el(
      'dl',
      {},
      field('Also known as', actor.aliases.join(', ')),
      field('Located in', actor.region?.name),
      field('Founded', actor.founded),
      field('Employees', actor.employees),
      field('Parent organisation', actor.parentOrganization ? titleWords(actor.parentOrganization) : null),
      field('Links drawn', options.degree),
      actor.website ? el('div', { class: 'field' }, el('dt', {}, 'Website'), el('dd', {}, el('a', { href: actor.website, target: '_blank', rel: 'noopener noreferrer' }, actor.website.replace(/^https?:\/\//, '')))) : null,
    ),
    el(
      'div',
      { class: 'actions' },
      options.expandable ? button(options.expanded ? 'Expanded' : 'Expand network', () => actions.expand(actor.id), options.expanded ? { disabled: 'true', id: 'expand-button' } : { id: 'expand-button' }) : null,
      button('Center network here', () => actions.showNetwork(actor.id)),
      actor.kind === 'COMPANY' ? button('Supply chain', () => actions.showSupplyChain(actor.id), { id: 'supply-button' }) : null,
      options.canFail ? button('What if this supplier fails?', () => actions.supplierFails(actor.id), { id: 'fail-button' }) : null,
      button('Path from here', () => actions.pathFrom(node)),
      button('Path to here', () => actions.pathTo(node)),
    ),
    memberships,
    sources(actor.sources),
    el('p', { class: 'muted small' }, `id: ${actor.id}`),
  );
}

export function renderClusterPanel(target: HTMLElement, cluster: ClusterDetails, shownMembers: number, actions: PanelActions): void {
  target.dataset['id'] = cluster.id;
  replace(target, 
    el('h2', {}, cluster.name),
    kindBadge('CLUSTER'),
    cluster.illustrative ? el('p', { class: 'sample-badge' }, 'Sample data: not a public fact') : null,
    cluster.description ? el('p', { class: 'description' }, cluster.description) : null,
    el(
      'dl',
      {},
      field('Members', cluster.memberCount > shownMembers ? `${cluster.memberCount} (${shownMembers} drawn)` : cluster.memberCount),
      field('Management in', cluster.region?.name),
      field('Founded', cluster.founded),
      cluster.website ? el('div', { class: 'field' }, el('dt', {}, 'Website'), el('dd', {}, el('a', { href: cluster.website, target: '_blank', rel: 'noopener noreferrer' }, cluster.website.replace(/^https?:\/\//, '')))) : null,
    ),
    el('div', { class: 'actions' }, button('Show cluster', () => actions.showCluster(cluster.id))),
    sources(cluster.sources),
    el('p', { class: 'muted small' }, `id: ${cluster.id}`),
  );
}

export function renderEdgePanel(target: HTMLElement, edge: GraphEdge, nameOf: (id: string) => string): void {
  target.dataset['id'] = edge.key;
  const look = edgeLook(edge.kind);
  const source = nameOf(edge.source);
  const targetName = nameOf(edge.target);
  const between = edge.directed ? `${source} → ${targetName}` : `${source} — ${targetName}`;
  const items = edge.links.map((link) => {
    const what =
      link.linkKind === 'COLLABORATION'
        ? [link.topic ?? 'collaboration', link.interactionModel ? words(link.interactionModel) : null, link.weight ? `weight ${link.weight}/10` : null]
        : link.linkKind === 'SUPPLY'
          ? [link.product ?? 'supply', link.stage?.name ? `stage: ${link.stage.name}` : null]
          : link.linkKind === 'JOINT_PROJECT'
            ? [link.project ? (link.project.acronym ? `${link.project.acronym}: ${link.project.title}` : link.project.title) : 'joint project']
            : link.linkKind === 'SAME_CLUSTER'
              ? [link.cluster ? `both in ${link.cluster.name}` : 'same cluster']
              : [look.name.toLowerCase()];
    return el(
      'li',
      { class: 'link' },
      el('strong', {}, what.filter(Boolean).join(' · ')),
      period(link.since, link.until) ? el('span', { class: 'muted' }, ` (${period(link.since, link.until)})`) : null,
      link.illustrative ? el('span', { class: 'sample-tag' }, ' sample') : null,
      el('ul', { class: 'link-sources' }, ...link.sources.map(sourceItem)),
    );
  });
  replace(target, 
    el('h2', {}, look.label),
    el('p', { class: 'kind' }, fromMarkup(edgeSwatch(edge.kind)), ` ${between}`),
    edge.kind === 'MEMBERSHIP' ? el('p', { class: 'muted' }, 'A member of the cluster (at the chosen date, when one is set).') : el('ul', { class: 'links' }, ...items),
  );
}
