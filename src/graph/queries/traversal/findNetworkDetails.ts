import type { GraphClient } from '../../graphClient';
import { actorProjection } from '../projections';
import type { ActorRecord } from '../records';
import { asOfParams, clusterRecord, linkMap, mergedProvenance, onePairPerCluster, OWN_PROVENANCE, projectRunsAt, projectRecord, spinOffExistsAt, stageOf, validAt } from './traversalCypher';
import type { NetworkLinkRecord, NetworkScope } from './traversalRecords';

/** The most links a network's details return; a caller learns of a cut from one more coming back. */
export const MAX_NETWORK_LINKS = 5000;

// SAME_CLUSTER: the pair is linked from the later of the two memberships' starts to the earlier of their ends.
const LATER_START = `CASE WHEN m2.validFrom IS NULL OR (m1.validFrom IS NOT NULL AND m1.validFrom >= m2.validFrom) THEN coalesce(m1.since, m2.since) ELSE m2.since END`;
const EARLIER_END = `CASE WHEN m2.validTo IS NULL OR (m1.validTo IS NOT NULL AND m1.validTo <= m2.validTo) THEN coalesce(m1.until, m2.until) ELSE m2.until END`;

const TEXT = `CALL () {
    UNWIND $ids AS id
    MATCH (a:Actor {id: id})
    OPTIONAL MATCH (a)-[:LOCATED_IN]->(g:Region)
    WITH a, head(collect(g)) AS g
    RETURN collect(${actorProjection('a', 'g')}) AS actors
  }
  CALL () {
    UNWIND $ids AS id
    MATCH (a:Actor {id: id})
    CALL (a) {
      MATCH (a)-[r:COLLABORATES_WITH]-(b:Actor)
      WHERE 'COLLABORATION' IN $linkKinds AND a.id < b.id AND b.id IN $ids AND ${validAt('r')}
      RETURN ${linkMap({ kind: "'COLLABORATION'", rank: '0', via: "''", source: 'a.id', target: 'b.id', topic: 'r.topic', weight: 'r.weight',
        model: 'r.model', since: 'r.since', until: 'r.until', ...OWN_PROVENANCE })} AS link
      UNION ALL
      MATCH (a)-[m1:MEMBER_OF]->(c:Cluster)<-[m2:MEMBER_OF]-(b:Actor)
      WHERE 'SAME_CLUSTER' IN $linkKinds AND a.id < b.id AND b.id IN $ids AND ${validAt('m1')} AND ${validAt('m2')}
      ${onePairPerCluster('a', 'b', 'c')}
      RETURN ${linkMap({ kind: "'SAME_CLUSTER'", rank: '1', via: 'c.id', source: 'a.id', target: 'b.id', cluster: clusterRecord('c'),
        since: LATER_START, until: EARLIER_END, ...mergedProvenance('m1', 'm2') })} AS link
      UNION ALL
      MATCH (a)-[q1:PARTICIPATES_IN]->(p:Project)<-[q2:PARTICIPATES_IN]-(b:Actor)
      WHERE 'JOINT_PROJECT' IN $linkKinds AND a.id < b.id AND b.id IN $ids AND ${projectRunsAt('p')} AND ${validAt('q1')} AND ${validAt('q2')}
      RETURN ${linkMap({ kind: "'JOINT_PROJECT'", rank: '2', via: 'p.id', source: 'a.id', target: 'b.id', project: projectRecord('p'),
        since: 'p.start', until: 'p.end', ...mergedProvenance('q1', 'q2') })} AS link
      UNION ALL
      MATCH (a)-[r:SUPPLIES]->(b:Actor)
      WHERE 'SUPPLY' IN $linkKinds AND b.id IN $ids AND ${validAt('r')}
      RETURN ${linkMap({ kind: "'SUPPLY'", rank: '3', via: "coalesce(r.stage, '') + '|' + coalesce(r.product, '')", source: 'a.id', target: 'b.id',
        product: 'r.product', stage: stageOf('r'), since: 'r.since', until: 'r.until', ...OWN_PROVENANCE })} AS link
      UNION ALL
      MATCH (a)-[r:SPUN_OFF_FROM]->(b:Actor)
      WHERE 'SPIN_OFF' IN $linkKinds AND b.id IN $ids AND ${spinOffExistsAt('r')}
      RETURN ${linkMap({ kind: "'SPIN_OFF'", rank: '4', via: "''", source: 'a.id', target: 'b.id', since: 'toString(toInteger(r.year))', ...OWN_PROVENANCE })} AS link
    }
    WITH link ORDER BY link.source, link.target, link.rank, link.via
    LIMIT toInteger($maxLinks)
    RETURN collect(link) AS links
  }
  RETURN actors, links`;

export interface NetworkDetails {
  actors: Map<string, ActorRecord>;
  /** Ordered by source, target, kind rank and via; at most MAX_NETWORK_LINKS. */
  links: NetworkLinkRecord[];
  /** True when more links existed than MAX_NETWORK_LINKS. */
  linksCut: boolean;
}

/**
 * The actors of a node set and every link of the scope's kinds, valid on the scope's date, between two of them,
 * in one round trip. The scope's actor filters are not applied here: the ids are already chosen.
 */
export async function findNetworkDetails(graph: GraphClient, ids: readonly string[], scope: NetworkScope): Promise<NetworkDetails> {
  const [row] = await graph.read({
    name: 'traversal_network_details',
    text: TEXT,
    params: { ids, linkKinds: scope.linkKinds, ...asOfParams(scope.asOf), maxLinks: MAX_NETWORK_LINKS + 1 },
  });
  const actors = (row?.['actors'] ?? []) as unknown as ActorRecord[];
  const links = ((row?.['links'] ?? []) as unknown as Array<NetworkLinkRecord & { rank: number; via: string }>).map(
    ({ rank: _rank, via: _via, ...link }) => link,
  );
  return {
    actors: new Map(actors.map((a) => [a.id, a])),
    links: links.slice(0, MAX_NETWORK_LINKS),
    linksCut: links.length > MAX_NETWORK_LINKS,
  };
}
