import DataLoader from 'dataloader';
import { findRelated, type GraphClient, type Related, type RelatedRecord, type RelationName } from '../graph';

/** Key of a related-entities lookup: the owner and, for time-bounded links, the ISO date they must be valid on. */
export interface RelatedKey {
  ownerId: string;
  asOf: string | null;
}

/**
 * A per-request loader of one relation's related entities: every owner asked for in one tick with the same
 * `asOf` shares one round trip.
 */
export function createRelatedLoader<N extends RelationName>(graph: GraphClient, relation: N): DataLoader<RelatedKey, Array<Related<RelatedRecord<N>>>, string> {
  return new DataLoader<RelatedKey, Array<Related<RelatedRecord<N>>>, string>(
    async (keys) => {
      const byDate = new Map<string | null, string[]>();
      for (const key of keys) byDate.set(key.asOf, [...(byDate.get(key.asOf) ?? []), key.ownerId]);
      const results = new Map<string | null, Map<string, Array<Related<RelatedRecord<N>>>>>();
      await Promise.all([...byDate].map(async ([asOf, ids]) => results.set(asOf, await findRelated(graph, relation, [...new Set(ids)], asOf))));
      return keys.map((key) => results.get(key.asOf)?.get(key.ownerId) ?? []);
    },
    { cacheKeyFn: (key) => `${key.ownerId}\u0000${key.asOf ?? ''}` },
  );
}
