import type { GraphClient } from '../graphClient';
import { actorProjection } from './projections';
import type { ActorKindValue, ActorRecord } from './records';

export interface NearbyActorRecord {
  actor: ActorRecord;
  distanceKm: number;
}

/** Actors within `radiusKm` of a point, nearest first (the point index serves the distance predicate). */
export async function findActorsNear(
  graph: GraphClient,
  args: { latitude: number; longitude: number; radiusKm: number; kinds: ActorKindValue[] | null; first: number },
): Promise<NearbyActorRecord[]> {
  const rows = await graph.read({
    name: 'actors_near',
    text: `WITH point({latitude: $latitude, longitude: $longitude}) AS centre
      MATCH (a:Actor)
      WHERE point.distance(a.location, centre) <= $radiusMeters AND ($kinds IS NULL OR a.kind IN $kinds)
      WITH a, point.distance(a.location, centre) AS meters ORDER BY meters, a.name, a.id LIMIT toInteger($first)
      WITH a, meters, [(a)-[:LOCATED_IN]->(g:Region) | g][0] AS g
      RETURN ${actorProjection('a', 'g')} AS actor, meters / 1000.0 AS distanceKm
      ORDER BY distanceKm, actor.name, actor.id`,
    params: { latitude: args.latitude, longitude: args.longitude, radiusMeters: args.radiusKm * 1000, kinds: args.kinds, first: args.first },
  });
  return rows.map((row) => ({ actor: row['actor'] as unknown as ActorRecord, distanceKm: row['distanceKm'] as number }));
}
