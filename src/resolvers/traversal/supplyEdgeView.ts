import type { AnyActorRecord, SupplyEdgeRecord } from '../../graph';
import type { ResolversTypes } from '../../generated/graphql';

/** A supply relation as the SupplyEdge type; null when an end is not among the actors given. */
export function toSupplyEdge(edge: SupplyEdgeRecord, actorOf: (id: string) => AnyActorRecord | null | undefined): ResolversTypes['SupplyEdge'] | null {
  const supplier = actorOf(edge.supplierId);
  const customer = actorOf(edge.customerId);
  if (!supplier || !customer) return null;
  return {
    supplier,
    customer,
    product: edge.product,
    stage: edge.stage,
    since: edge.since,
    until: edge.until,
    sources: edge.sources,
    illustrative: edge.illustrative || edge.sources.some((s) => s === 'illustrative' || s === 'fictional'),
  };
}
