import DataLoader from 'dataloader';

/** A request for one owner's page with given arguments (e.g. a cluster's members, first 20 after X). */
export interface PageKey<A> {
  ownerId: string;
  args: A;
}

/**
 * A per-request loader of pages keyed by owner and arguments. Keys that share the same arguments are fetched
 * together in one call of `fetch` (one round trip for all owners at that depth); distinct argument sets in the
 * same tick get one call each, so the count follows the query's shape, never the number of results.
 */
export function createPageLoader<A, P>(
  fetch: (ownerIds: readonly string[], args: A) => Promise<Map<string, P>>,
  empty: () => P,
): DataLoader<PageKey<A>, P, string> {
  return new DataLoader<PageKey<A>, P, string>(
    async (keys) => {
      const groups = new Map<string, { args: A; ownerIds: string[] }>();
      for (const key of keys) {
        const signature = JSON.stringify(key.args);
        const group = groups.get(signature) ?? { args: key.args, ownerIds: [] };
        group.ownerIds.push(key.ownerId);
        groups.set(signature, group);
      }
      const results = new Map<string, Map<string, P>>();
      await Promise.all(
        [...groups].map(async ([signature, group]) => {
          results.set(signature, await fetch([...new Set(group.ownerIds)], group.args));
        }),
      );
      return keys.map((key) => results.get(JSON.stringify(key.args))?.get(key.ownerId) ?? empty());
    },
    { cacheKeyFn: (key) => `${key.ownerId}\u0000${JSON.stringify(key.args)}` },
  );
}
