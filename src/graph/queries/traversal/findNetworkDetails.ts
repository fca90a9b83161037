import type { GraphClient } from '../../graphClient';
import { actorSummaryProjection, inlineActorProjection } from '../projections';
import type { ActorRecord, ActorRecordShape, AnyActorRecord } from '../records';
import { linkFromTuple, linksAmong, networkTextSpec, specKey, textCache, type NetworkTextSpec } from './networkCypher';
import { asOfParams } from './traversalCypher';
import type { NetworkLinkRecord, NetworkScope } from './traversalRecords';

/** The most links a network's details return; a caller learns of a cut from one more coming back. */
export const MAX_NETWORK_LINKS = 5000;

// The links first: the records, once collected, would be in scope of every row the link sort buffers.
const textFor = textCache(
  ({ spec, shape }: { spec: NetworkTextSpec; shape: ActorRecordShape }) => `${specKey(spec)}|${shape}`,
  ({ spec, shape }: { spec: NetworkTextSpec; shape: ActorRecordShape }) => `${linksAmong(spec)}
  CALL () {
    UNWIND $ids AS id
    MATCH (a:Actor {id: id})
    RETURN collect(${shape === 'full' ? inlineActorProjection('a') : actorSummaryProjection('a')}) AS actors
  }
  RETURN actors, links`,
);

export interface NetworkDetails<A extends AnyActorRecord = ActorRecord> {
  actors: Map<string, A>;
  /** Ordered by source, target, kind rank and via; at most MAX_NETWORK_LINKS. */
  links: NetworkLinkRecord[];
  /** True when more links existed than MAX_NETWORK_LINKS. */
  linksCut: boolean;
}

/** A link map as the statements return it: the record plus the keys that order parallel links. */
type RankedLink = NetworkLinkRecord & { rank: number; via: string };

/** Drops the ordering keys and applies the MAX_NETWORK_LINKS cut (the statements fetch one more to tell). */
function cutLinks(ranked: readonly RankedLink[]): { links: NetworkLinkRecord[]; linksCut: boolean } {
  const links = ranked.map(({ rank: _rank, via: _via, ...link }) => link);
  return { links: links.slice(0, MAX_NETWORK_LINKS), linksCut: links.length > MAX_NETWORK_LINKS };
}

/**
 * The actors of a node set and every link of the scope's kinds, valid on the scope's date, between two of them,
 * in one round trip. The scope's actor filters are not applied here: the ids are already chosen.
 */
export async function findNetworkDetails(graph: GraphClient, ids: readonly string[], scope: NetworkScope): Promise<NetworkDetails>;
export async function findNetworkDetails(graph: GraphClient, ids: readonly string[], scope: NetworkScope, shape: ActorRecordShape): Promise<NetworkDetails<AnyActorRecord>>;
export async function findNetworkDetails(graph: GraphClient, ids: readonly string[], scope: NetworkScope, shape: ActorRecordShape = 'full'): Promise<NetworkDetails<AnyActorRecord>> {
  const [row] = await graph.read({
    name: shape === 'full' ? 'traversal_network_details' : 'traversal_network_details_summary',
    // The ids are chosen already: the actor filters play no part here.
    text: textFor({ spec: { ...networkTextSpec(scope), actorKinds: false, cluster: false, region: false }, shape }),
    params: { ids, ...asOfParams(scope.asOf), maxLinks: MAX_NETWORK_LINKS + 1 },
  });
  const actors = (row?.['actors'] ?? []) as unknown as AnyActorRecord[];
  const tuples = (row?.['links'] ?? []) as unknown as unknown[][];
  return { actors: new Map(actors.map((a) => [a.id, a])), ...cutLinks(tuples.map((tuple) => linkFromTuple(tuple) as unknown as RankedLink)) };
}
