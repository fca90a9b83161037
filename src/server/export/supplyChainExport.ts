import { compareText, findSupplyTiers, type GraphClient, type SupplyTiersRecord, type ValueChainStageRecord } from '../../graph';
import type { Evidence, SupplyDirection } from '../../generated/graphql';
import { asOfDate } from '../../resolvers/asOf';
import { checkId } from '../../resolvers/inputValidation';
import { criticalFindingsOfChain } from '../../resolvers/traversal/criticalSuppliersResolver';
import { toSupplyEdge } from '../../resolvers/traversal/supplyEdgeView';
import { checkBound } from '../../resolvers/traversal/traversalBounds';
import { joinSources, type AttributeSpec, type ExportEdge, type ExportGraph, type ExportNode } from './exportGraph';
import { dateParam, enumParam, intParam, requiredParam, type QueryParams } from './exportParams';

/** The query-string parameters of GET /export/supply-chain: the arguments of Query.supplyChain. */
export const SUPPLY_CHAIN_PARAMS = ['company', 'direction', 'tiers', 'asOf', 'evidence', 'format'] as const;

const DIRECTIONS: readonly SupplyDirection[] = ['UPSTREAM', 'DOWNSTREAM'];
const EVIDENCE: readonly Evidence[] = ['CITED', 'ALL'];

/** The supply chain's arguments, checked exactly as Query.supplyChain checks them. */
export interface SupplyChainRequest {
  company: string;
  direction: SupplyDirection;
  tiers: number;
  asOf: string | undefined;
  evidence: Evidence;
}

export function parseSupplyChainRequest(params: QueryParams): SupplyChainRequest {
  const company = checkId(requiredParam(params, 'company'), 'company');
  const tiers = checkBound(intParam(params, 'tiers'), 'supplyChainTiers', 'tiers');
  const direction = enumParam(params, 'direction', DIRECTIONS) ?? 'UPSTREAM';
  return { company, direction, tiers, asOf: dateParam(params, 'asOf'), evidence: enumParam(params, 'evidence', EVIDENCE) ?? 'ALL' };
}

const GRAPH_ATTRIBUTES: readonly AttributeSpec[] = [
  { name: 'name', type: 'string' },
  { name: 'export', type: 'string' },
  { name: 'company', type: 'string' },
  { name: 'direction', type: 'string' },
  { name: 'tiers', type: 'int' },
  { name: 'asOf', type: 'string' },
  { name: 'evidence', type: 'string' },
  { name: 'truncated', type: 'boolean' },
];

const NODE_ATTRIBUTES: readonly AttributeSpec[] = [
  { name: 'name', type: 'string' },
  { name: 'label', type: 'string' },
  { name: 'kind', type: 'string' },
  { name: 'tier', type: 'int' },
  { name: 'size', type: 'string' },
  { name: 'region', type: 'string' },
  { name: 'latitude', type: 'double' },
  { name: 'longitude', type: 'double' },
  { name: 'critical', type: 'boolean' },
  { name: 'criticalReasons', type: 'string' },
  { name: 'criticalStages', type: 'string' },
  { name: 'illustrative', type: 'boolean' },
  { name: 'sources', type: 'string' },
];

const EDGE_ATTRIBUTES: readonly AttributeSpec[] = [
  { name: 'product', type: 'string' },
  { name: 'stage', type: 'string' },
  { name: 'stageName', type: 'string' },
  { name: 'tier', type: 'int' },
  { name: 'since', type: 'string' },
  { name: 'until', type: 'string' },
  { name: 'illustrative', type: 'boolean' },
  { name: 'sources', type: 'string' },
];

interface Criticality {
  reasons: string[];
  stages: ValueChainStageRecord[];
}

/**
 * Upstream only: the critical suppliers as Query.criticalSuppliers finds them (the same pure analysis over the
 * same upstream subgraph), grouped per supplier.
 */
function criticalityBySupplier(chain: SupplyTiersRecord): Map<string, Criticality> {
  const bySupplier = new Map<string, Criticality>();
  for (const finding of criticalFindingsOfChain(chain)) {
    const entry = bySupplier.get(finding.supplierId) ?? { reasons: [], stages: [] };
    entry.reasons.push(finding.reason);
    for (const stage of finding.stages) if (!entry.stages.some((s) => s.id === stage.id)) entry.stages.push(stage);
    bySupplier.set(finding.supplierId, entry);
  }
  for (const entry of bySupplier.values()) {
    entry.reasons.sort();
    entry.stages.sort((a, b) => compareText(a.valueChainId, b.valueChainId) || a.order - b.order || compareText(a.id, b.id));
  }
  return bySupplier;
}

async function* exportNodes(chain: SupplyTiersRecord, critical: Map<string, Criticality> | null): AsyncGenerator<ExportNode> {
  const tiered = [{ actor: chain.company, tier: 0 }, ...chain.companies];
  for (const { actor, tier } of tiered) {
    const finding = critical?.get(actor.id);
    yield {
      id: actor.id,
      attributes: {
        name: actor.name,
        label: actor.name,
        kind: actor.kind,
        tier,
        size: actor.size,
        region: actor.regionId ?? null,
        latitude: actor.location?.latitude ?? null,
        longitude: actor.location?.longitude ?? null,
        // Downstream there is no criticality analysis: no value rather than a misleading `false`.
        critical: critical ? finding !== undefined : null,
        criticalReasons: finding ? finding.reasons.join(',') : null,
        criticalStages: finding ? finding.stages.map((s) => s.name).join(' | ') : null,
        illustrative: actor.illustrative,
        sources: joinSources(actor.sources),
      },
    };
  }
}

async function* exportEdges(chain: SupplyTiersRecord, direction: SupplyDirection): AsyncGenerator<ExportEdge> {
  const tierOf = new Map<string, number>([[chain.company.id, 0], ...chain.companies.map((c) => [c.actor.id, c.tier] as [string, number])]);
  const actors = new Map([[chain.company.id, chain.company], ...chain.companies.map((c) => [c.actor.id, c.actor] as const)]);
  let index = 0;
  for (const edge of chain.edges) {
    // As in SupplyChain.tiers.edges: a relation belongs to tier n when it joins tier n to tier n - 1 in the
    // chain's direction; relations within a tier or back to an earlier one get no tier.
    const [far, near] = direction === 'UPSTREAM' ? [edge.supplierId, edge.customerId] : [edge.customerId, edge.supplierId];
    const farTier = tierOf.get(far);
    const tier = farTier !== undefined && tierOf.get(near) === farTier - 1 ? farTier : null;
    yield {
      id: `e${index++}`,
      source: edge.supplierId,
      target: edge.customerId,
      attributes: {
        product: edge.product,
        stage: edge.stage?.id ?? null,
        stageName: edge.stage?.name ?? null,
        tier,
        since: edge.since,
        until: edge.until,
        // The SupplyEdge view decides provenance, so the export and the API agree on what is sample data.
        illustrative: (await toSupplyEdge(edge, (id) => actors.get(id)))?.illustrative ?? edge.illustrative,
        sources: joinSources(edge.sources),
      },
    };
  }
}

/**
 * The supply chain as an export: the companies Query.supplyChain finds (tier 0 is the start company) and every
 * supply relation among them, supplier → customer, as a directed multigraph (two companies may trade several
 * products). Upstream, the critical suppliers of Query.criticalSuppliers with the same `tiers` are flagged.
 * Null when `company` is not a company.
 */
export async function supplyChainExport(graph: GraphClient, request: SupplyChainRequest): Promise<ExportGraph | null> {
  const chain = await findSupplyTiers(graph, { company: request.company, direction: request.direction, tiers: request.tiers, asOf: asOfDate(request.asOf), evidence: request.evidence });
  if (!chain) return null;
  const critical = request.direction === 'UPSTREAM' ? criticalityBySupplier(chain) : null;
  return {
    fileStem: `supply-chain-${request.company}-${request.direction.toLowerCase()}${request.tiers}`,
    directed: true,
    multigraph: true,
    graphAttributes: GRAPH_ATTRIBUTES,
    graphValues: {
      name: `${request.direction === 'UPSTREAM' ? 'Suppliers' : 'Customers'} of ${chain.company.name}, ${request.tiers} tiers`,
      export: 'supply-chain',
      company: chain.company.id,
      direction: request.direction,
      tiers: request.tiers,
      asOf: request.asOf ?? null,
      evidence: request.evidence,
      truncated: chain.truncated,
    },
    nodeAttributes: NODE_ATTRIBUTES,
    edgeAttributes: EDGE_ATTRIBUTES,
    nodes: exportNodes(chain, critical),
    edges: exportEdges(chain, request.direction),
  };
}
