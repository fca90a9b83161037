import DataLoader from 'dataloader';

/**
 * A per-request loader of entities by id: all ids asked for in one tick become one call of `fetch`
 * (one Cypher round trip). Unknown ids resolve to null.
 */
export function createByIdLoader<T>(fetch: (ids: readonly string[]) => Promise<Map<string, T>>): DataLoader<string, T | null> {
  return new DataLoader<string, T | null>(async (ids) => {
    const found = await fetch(ids);
    return ids.map((id) => found.get(id) ?? null);
  });
}
