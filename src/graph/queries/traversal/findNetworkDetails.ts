import type { GraphClient, Row } from '../../graphClient';
import { actorProjectionWithoutRegion, actorSummaryProjection, inlineActorProjection } from '../projections';
import type { ActorRecord, ActorRecordShape, AnyActorRecord } from '../records';
import { statementSet } from '../statementSet';
import { linkFromTuple, linksAmong, MEMBERSHIP_KIND, networkParams, SAMPLE_NETWORK_PARAMS, subgraphLinks } from './networkCypher';
import type { NetworkLinkKindValue, NetworkLinkRecord, NetworkMembershipRecord, NetworkScope } from './traversalRecords';

/** The most links (memberships included) a network's details return. */
export const MAX_NETWORK_LINKS = 5000;

/** The record each actor of the details comes as: whole with its region, whole without it, or a summary. */
export type DetailsShape = 'full' | 'full_without_region' | 'summary';

/** The projection of each DetailsShape, over actor variable `a`. */
export const ACTOR_RECORDS: Record<DetailsShape, string> = {
  full: inlineActorProjection('a'),
  full_without_region: actorProjectionWithoutRegion('a'),
  summary: actorSummaryProjection('a'),
};

// The links first: the records, once collected, would be in scope of every row the link sort buffers.
const DETAILS = statementSet(
  'traversal_network_details',
  [
    {
      variant: 'full',
      text: `${linksAmong()}
  CALL () {
    UNWIND $ids AS id
    MATCH (a:Actor {id: id})
    RETURN collect(${ACTOR_RECORDS.full}) AS actors
  }
  RETURN actors, links, linkTotal, membershipTotal`,
    },
  ],
  { ids: [''], ...SAMPLE_NETWORK_PARAMS, parents: { '': ['', 'COLLABORATION'] }, maxLinks: MAX_NETWORK_LINKS, clusterNodes: false },
);

/**
 * A partner network's subgraph (SAME_CLUSTER as shared clusters' memberships): the actors are looked up once and
 * every kind's branch starts from their nodes (subgraphLinks), and the records are made of the same nodes.
 */
const subgraphText = (shape: DetailsShape): string => `CALL () {
    UNWIND $ids AS id
    MATCH (a:Actor {id: id})
    RETURN collect(a) AS nodes
  }
  ${subgraphLinks()}
  RETURN [a IN nodes | ${ACTOR_RECORDS[shape]}] AS actors, links, linkTotal, membershipTotal`;

const SUBGRAPH = statementSet(
  'traversal_network_subgraph',
  (['full', 'full_without_region', 'summary'] as const).map((shape) => ({ variant: shape, text: subgraphText(shape) })),
  { ids: [''], ...SAMPLE_NETWORK_PARAMS, parents: { '': ['', 'COLLABORATION'] }, maxLinks: MAX_NETWORK_LINKS },
);

/** Every text this module runs (for plan warming and the snapshot test). */
export const NETWORK_DETAILS_STATEMENTS = [DETAILS, SUBGRAPH];

export interface NetworkDetails<A extends AnyActorRecord = ActorRecord> {
  actors: Map<string, A>;
  /** The tree links first (see DetailsOptions.parents), then by source, target, kind rank and via; at most MAX_NETWORK_LINKS with the memberships. */
  links: NetworkLinkRecord[];
  /** With `clusterNodes`: SAME_CLUSTER as memberships of shared clusters, in the same order as the links; else empty. */
  memberships: NetworkMembershipRecord[];
  /** True when more links and memberships existed than MAX_NETWORK_LINKS. */
  linksCut: boolean;
  /** How many actor–actor links there were before the cut. */
  linkTotal: number;
  /** How many memberships there were before the cut. */
  membershipTotal: number;
}

export interface DetailsOptions {
  /** Whole actor records (the default) or summaries. */
  shape?: ActorRecordShape;
  /**
   * Whether whole records carry their region (default true): the region lookup was a fifth of the explorer's
   * details statement, whose selection asks for `aliases` and `illustrative` but no region.
   */
  withRegion?: boolean;
  /** Each actor's breadth-first parent and the kind of the link to it: those links come first, so a cut keeps them. */
  parents?: Readonly<Record<string, readonly [string, NetworkLinkKindValue]>>;
  /**
   * SAME_CLUSTER through the cluster: each shared cluster's memberships instead of a link per pair of members (a
   * partner network's subgraph, `traversal_network_subgraph_*`). Off: pairwise links, each naming its cluster,
   * with whole records (`traversal_network_details_full`).
   */
  clusterNodes?: boolean;
}

/** The DetailsShape of a record shape and region choice (see DetailsOptions). */
export function detailsShape(options: Pick<DetailsOptions, 'shape' | 'withRegion'>): DetailsShape {
  return options.shape === 'summary' ? 'summary' : options.withRegion === false ? 'full_without_region' : 'full';
}

/** A link map as the statements return it: the record plus the keys that order parallel links. */
type RankedLink = NetworkLinkRecord & { rank: number; via: string };

/**
 * The actors of a node set and every link of the scope's kinds, valid on the scope's date (cited only when the
 * scope says so), between two of them, in one round trip. The scope's actor filters are not applied here: the
 * ids are already chosen.
 */
export async function findNetworkDetails(graph: GraphClient, ids: readonly string[], scope: NetworkScope): Promise<NetworkDetails>;
export async function findNetworkDetails(graph: GraphClient, ids: readonly string[], scope: NetworkScope, options: DetailsOptions): Promise<NetworkDetails<AnyActorRecord>>;
export async function findNetworkDetails(graph: GraphClient, ids: readonly string[], scope: NetworkScope, options: DetailsOptions = {}): Promise<NetworkDetails<AnyActorRecord>> {
  const variant = detailsShape(options);
  const common = { ids, ...networkParams(scope), parents: options.parents ?? {}, maxLinks: MAX_NETWORK_LINKS };
  if (!options.clusterNodes && variant !== 'full') throw new RangeError('pairwise network details come with whole records only');
  const [row] = await graph.read(options.clusterNodes ? SUBGRAPH.statement(variant, common) : DETAILS.statement('full', { ...common, clusterNodes: false }));
  return detailsOfRow(row);
}

/**
 * The details in a statement's row: its `actors`, `links` (linkTuple lists), `linkTotal` and `membershipTotal`
 * columns (linksAmong and an actors' collect).
 */
export function detailsOfRow(row: Row | undefined): NetworkDetails<AnyActorRecord> {
  const actors = (row?.['actors'] ?? []) as unknown as AnyActorRecord[];
  const tuples = (row?.['links'] ?? []) as unknown as unknown[][];
  const linkTotal = (row?.['linkTotal'] ?? 0) as number;
  const membershipTotal = (row?.['membershipTotal'] ?? 0) as number;
  const links: NetworkLinkRecord[] = [];
  const memberships: NetworkMembershipRecord[] = [];
  for (const tuple of tuples) {
    const { rank: _rank, via: _via, ...link } = linkFromTuple(tuple) as unknown as RankedLink;
    if ((link.kind as string) !== MEMBERSHIP_KIND) links.push(link);
    else if (link.cluster) {
      memberships.push({ actorId: link.source, cluster: link.cluster, since: link.since, until: link.until, sources: link.sources, illustrative: link.illustrative });
    }
  }
  const linksCut = linkTotal + membershipTotal > links.length + memberships.length;
  return { actors: new Map(actors.map((a) => [a.id, a])), links, memberships, linksCut, linkTotal, membershipTotal };
}
