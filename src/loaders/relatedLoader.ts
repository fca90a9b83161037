import DataLoader from 'dataloader';
import { findRelated, type GraphClient, type LinkConditions, type Related, type RelatedRecord, type RelationName } from '../graph';

/**
 * Key of a related-entities lookup: the owner, for time-bounded links the ISO date they must be valid on, and
 * whether sample links and entities are left out (absent: kept).
 */
export interface RelatedKey {
  ownerId: string;
  asOf: string | null;
  citedOnly?: boolean;
}

const conditionsKey = (key: RelatedKey): string => `${key.asOf ?? ''}\u0000${key.citedOnly === true ? 'cited' : 'all'}`;

/**
 * A per-request loader of one relation's related entities: every owner asked for in one tick with the same
 * `asOf` and evidence shares one round trip.
 */
export function createRelatedLoader<N extends RelationName>(graph: GraphClient, relation: N): DataLoader<RelatedKey, Array<Related<RelatedRecord<N>>>, string> {
  return new DataLoader<RelatedKey, Array<Related<RelatedRecord<N>>>, string>(
    async (keys) => {
      const groups = new Map<string, { conditions: LinkConditions; ids: string[] }>();
      for (const key of keys) {
        const group = groups.get(conditionsKey(key)) ?? { conditions: { asOf: key.asOf, citedOnly: key.citedOnly === true }, ids: [] };
        group.ids.push(key.ownerId);
        groups.set(conditionsKey(key), group);
      }
      const results = new Map<string, Map<string, Array<Related<RelatedRecord<N>>>>>();
      await Promise.all(
        [...groups].map(async ([signature, group]) => results.set(signature, await findRelated(graph, relation, [...new Set(group.ids)], group.conditions))),
      );
      return keys.map((key) => results.get(conditionsKey(key))?.get(key.ownerId) ?? []);
    },
    { cacheKeyFn: (key) => `${key.ownerId}\u0000${conditionsKey(key)}` },
  );
}
