import DataLoader from 'dataloader';
import { findSupplyAlternatives, type GraphClient, type SupplyAlternativeRecord, type SupplyAlternativesRequest } from '../graph';

/**
 * A per-request loader of supplyDisruption's alternatives: every lost stage asked about in one tick becomes one
 * round trip per (asOf, evidence) pair, which in practice is one.
 */
export function createSupplyAlternativesLoader(graph: GraphClient): DataLoader<SupplyAlternativesRequest, SupplyAlternativeRecord[], string> {
  return new DataLoader<SupplyAlternativesRequest, SupplyAlternativeRecord[], string>(
    async (requests) => {
      const groups = new Map<string, number[]>();
      requests.forEach((r, i) => {
        const key = `${r.asOf ?? ''}:${r.citedOnly}`;
        groups.set(key, [...(groups.get(key) ?? []), i]);
      });
      const results: SupplyAlternativeRecord[][] = requests.map(() => []);
      await Promise.all(
        [...groups.values()].map(async (indexes) => {
          const found = await findSupplyAlternatives(graph, indexes.map((i) => requests[i] as SupplyAlternativesRequest));
          indexes.forEach((i, k) => (results[i] = found[k] ?? []));
        }),
      );
      return results;
    },
    { cacheKeyFn: (r) => JSON.stringify([r.companyId, r.stageId, r.formerSupplierIds, r.excludedIds, r.first, r.asOf, r.citedOnly]) },
  );
}
