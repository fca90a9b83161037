import { findCriticalSuppliers, findNumberedCriticalSuppliers, type CriticalFinding, type CriticalReasonValue } from '../../algorithms';
import { compareText, findCriticalSupplierNetwork, type ActorKindValue, type ActorRecord, type AnyActorRecord, type SupplyTiersRecord, type ValueChainStageRecord } from '../../graph';
import type { GraphQLResolveInfo } from 'graphql';
import type { QueryCriticalSuppliersArgs, ResolversTypes } from '../../generated/graphql';
import type { RequestContext } from '../../request';
import { asOfDate } from '../asOf';
import { checkId } from '../inputValidation';
import { actorPaths, selectsOnlyActorSummary } from '../lookAhead';
import { checkBound } from './traversalBounds';

const REASON_ORDER: readonly CriticalReasonValue[] = ['SINGLE_SOURCE_INPUT', 'UPSTREAM_CUT_VERTEX'];

/** The finding in words, e.g. "sole direct supplier at stage Wafers and substrates". */
export function explainCriticality(reason: CriticalReasonValue, stageNames: readonly string[], companyName: string): string {
  const stages = `${stageNames.length === 1 ? 'stage' : 'stages'} ${stageNames.join(', ')}`;
  return reason === 'SINGLE_SOURCE_INPUT'
    ? `sole direct supplier of ${companyName} at ${stages}`
    : `every supply path from ${stages} to ${companyName} passes through it`;
}

/** `Query.criticalSuppliers`: the upstream network in one round trip, then the pure analysis (src/algorithms/criticalSuppliers.ts). */
export async function criticalSuppliers(
  _root: unknown,
  args: QueryCriticalSuppliersArgs,
  ctx: RequestContext,
  info: GraphQLResolveInfo,
): Promise<ResolversTypes['CriticalSupplierAnalysis'] | null> {
  const company = checkId(args.company, 'company');
  const tiers = checkBound(args.tiers, 'criticalSupplierTiers', 'tiers');
  // Whole supplier records only when the selection asks for more than id, kind and name of the suppliers (the
  // company itself always comes whole); a summary is built here for the few critical ones.
  const supplierPaths = actorPaths(info.returnType).filter((path) => path.join('.') !== 'company');
  const full = !selectsOnlyActorSummary(info, supplierPaths);
  const network = await findCriticalSupplierNetwork(ctx.graph, { company, tiers, asOf: asOfDate(args.asOf), evidence: args.evidence, full });
  if (!network) return null;

  const n = network.ids.length;
  const supplierAt = (node: number): AnyActorRecord =>
    full ? (network.records[node] as ActorRecord) : { id: network.ids[node] as string, label: 'Company', kind: network.kinds[node] as ActorKindValue, name: network.names[node] as string, summary: true };
  const items = findNumberedCriticalSuppliers(n, network.supplier, network.customer, network.stage, network.supplier.length).map((finding) => {
    const affected = finding.stages
      .map((st) => network.stages[st] as ValueChainStageRecord)
      .sort((a, b) => compareText(a.valueChainId, b.valueChainId) || a.order - b.order || compareText(a.id, b.id));
    return {
      node: finding.node,
      supplier: supplierAt(finding.node),
      reason: finding.reason,
      tier: network.tiers[finding.node - 1] as number,
      stages: affected,
      explanation: explainCriticality(finding.reason, affected.map((s) => s.name), network.company.name),
    };
  });
  items.sort(
    (a, b) =>
      a.tier - b.tier ||
      REASON_ORDER.indexOf(a.reason) - REASON_ORDER.indexOf(b.reason) ||
      compareText(network.names[a.node] as string, network.names[b.node] as string) ||
      compareText(network.ids[a.node] as string, network.ids[b.node] as string),
  );
  return {
    company: network.company,
    tiers,
    suppliersConsidered: n - 1,
    truncated: network.truncated,
    criticalSuppliers: items.map(({ node: _node, ...item }) => item),
  };
}

/**
 * The critical suppliers of an upstream chain (the pure analysis over its subgraph), each finding with its stages'
 * records in value-chain order. Shared by Query.criticalSuppliers and the supply-chain export, so both flag the
 * same suppliers for the same reasons.
 */
export function criticalFindingsOfChain(chain: SupplyTiersRecord<AnyActorRecord>): Array<CriticalFinding & { stages: ValueChainStageRecord[] }> {
  const stages = new Map<string, ValueChainStageRecord>();
  for (const edge of chain.edges) if (edge.stage) stages.set(edge.stage.id, edge.stage);
  const findings = findCriticalSuppliers({
    companyId: chain.company.id,
    supplierIds: new Set(chain.companies.map((c) => c.actor.id)),
    edges: chain.edges.map((e) => ({ supplierId: e.supplierId, customerId: e.customerId, stageId: e.stage?.id ?? null })),
  });
  return findings.map((finding) => ({
    ...finding,
    stages: finding.stageIds
      .flatMap((id) => stages.get(id) ?? [])
      .sort((a, b) => compareText(a.valueChainId, b.valueChainId) || a.order - b.order || compareText(a.id, b.id)),
  }));
}
