import { findCriticalSuppliers, type CriticalFinding, type CriticalReasonValue } from '../../algorithms';
import { compareText, findSupplyTiers, type AnyActorRecord, type SupplyTiersRecord, type ValueChainStageRecord } from '../../graph';
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

/** `Query.criticalSuppliers`: the upstream subgraph in one round trip, then the pure analysis (src/algorithms/criticalSuppliers.ts). */
export async function criticalSuppliers(
  _root: unknown,
  args: QueryCriticalSuppliersArgs,
  ctx: RequestContext,
  info: GraphQLResolveInfo,
): Promise<ResolversTypes['CriticalSupplierAnalysis'] | null> {
  const company = checkId(args.company, 'company');
  const tiers = checkBound(args.tiers, 'criticalSupplierTiers', 'tiers');
  // Up to 1,000 whole supplier records (each with its region) were most of the statement: summaries when the
  // selection asks for nothing beyond id, kind and name of the suppliers (the company itself always comes whole).
  const supplierPaths = actorPaths(info.returnType).filter((path) => path.join('.') !== 'company');
  const shape = selectsOnlyActorSummary(info, supplierPaths) ? 'summary' : 'full';
  // The answer shows no relation, only its stage: the relations come lean (no dates, sources, sample flag).
  const chain = await findSupplyTiers(ctx.graph, { company, direction: 'UPSTREAM', tiers, asOf: asOfDate(args.asOf), evidence: args.evidence, lean: true }, shape);
  if (!chain) return null;

  const suppliers = new Map(chain.companies.map((c) => [c.actor.id, c]));
  const items = criticalFindingsOfChain(chain).flatMap(({ stages: affected, ...finding }) => {
    const supplier = suppliers.get(finding.supplierId);
    if (!supplier) return [];
    return [{
      supplier: supplier.actor,
      reason: finding.reason,
      tier: supplier.tier,
      stages: affected,
      explanation: explainCriticality(finding.reason, affected.map((s) => s.name), chain.company.name),
    }];
  });
  items.sort(
    (a, b) =>
      a.tier - b.tier ||
      REASON_ORDER.indexOf(a.reason) - REASON_ORDER.indexOf(b.reason) ||
      compareText(a.supplier.name, b.supplier.name) ||
      compareText(a.supplier.id, b.supplier.id),
  );
  return { company: chain.company, tiers, suppliersConsidered: chain.companies.length, truncated: chain.truncated, criticalSuppliers: items };
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
