import type { GraphQLResolveInfo } from 'graphql';
import {
  disruptionOf,
  localShareOf,
  LOCALITY_LEVELS,
  numberedUpstreams,
  singlePointsOfFailure,
  sumLocalShares,
  type CompanyLocalShare,
  type CompanyPlace,
  type CompanyUpstream,
  type LocalCounts,
  type LocalityLevel,
  type PlacesByPosition,
  upstreamStageIds,
} from '../../algorithms/supplyResilience';
import { compareText, findUpstreamNetwork, type ActorKindValue, type AnyActorRecord, type UpstreamNetworkRecord, type ValueChainStageRecord } from '../../graph';
import { evidenceParams } from '../../model/evidence';
import type {
  QuerySupplyDisruptionArgs,
  QuerySupplyRiskArgs,
  Resolvers,
  ResolversTypes,
  LocalShareCounts,
  LocalShareTier,
} from '../../generated/graphql';
import type { RequestContext } from '../../request';
import { asOfDate } from '../asOf';
import { checkId } from '../inputValidation';
import { checkBound } from '../traversal/traversalBounds';
import type { CompanyLocalShareModel, LocalSupplyShareModel, LostStageModel, OutsideSourcedStageModel } from './resilienceModels';
import { supplyAlternativeView } from './supplyAlternatives';
import { checkScopeFound, supplyScopeOf } from './supplyScope';
import { selectionTree, treeSelectsBelow, treeSelectsBeyond } from '../lookAhead';

const byName = (a: AnyActorRecord, b: AnyActorRecord): number => compareText(a.name, b.name) || compareText(a.id, b.id);
const byStageOrder = (a: ValueChainStageRecord, b: ValueChainStageRecord): number =>
  compareText(a.valueChainId, b.valueChainId) || a.order - b.order || compareText(a.id, b.id);

/** The fetched network with lookups by id, and each scope company's upstream subgraph. */
interface Analysis {
  network: UpstreamNetworkRecord;
  tiers: number;
  /** The position of a fetched company in `network.companies`. */
  position: (id: string) => number | undefined;
  actor: (id: string) => AnyActorRecord;
  stage: (id: string) => ValueChainStageRecord | undefined;
  upstreams: CompanyUpstream[];
  scope: ResolversTypes['SupplyScopeSummary'];
  suppliersConsidered: number;
}

async function analyse(
  ctx: RequestContext,
  args: { scope: QuerySupplyRiskArgs['scope']; tiers?: number | null; asOf?: string | null; evidence?: QuerySupplyRiskArgs['evidence'] },
  removeIds: readonly string[] = [],
  places = false,
  names = true,
): Promise<Analysis> {
  const scope = supplyScopeOf(args.scope);
  const tiers = checkBound(args.tiers, 'resilienceTiers', 'tiers');
  const network = await findUpstreamNetwork(ctx.graph, { scope, tiers, asOf: asOfDate(args.asOf), citedOnly: evidenceParams(args.evidence).citedOnly, removeIds, places, names });
  checkScopeFound(scope, network, removeIds);
  const { companies, relations, scopeCount } = network;
  const positions = new Map<string, number>();
  for (let i = 0; i < companies.ids.length; i++) positions.set(companies.ids[i] as string, i);
  const position = (id: string): number | undefined => positions.get(id);
  const removedById = new Map(network.removed.map((a) => [a.id, a]));
  // A record only for the companies an answer shows (the fetch holds thousands), once per id.
  const records = new Map<string, AnyActorRecord>();
  const actor = (id: string): AnyActorRecord => {
    let record = records.get(id);
    if (record === undefined) {
      const i = positions.get(id);
      // Past `names.length` a company's name was not fetched: only its id is read (supplyDisruption's look-ahead).
      record =
        i !== undefined && i < companies.names.length
          ? { id, label: 'Company', kind: companies.kinds[i] as ActorKindValue, name: companies.names[i] as string, summary: true }
          : (removedById.get(id) ?? { id, label: 'Company', kind: 'COMPANY', name: id, summary: true });
      records.set(id, record);
    }
    return record;
  };
  const stages = new Map(network.stages.map((s) => [s.id, s]));
  // The scope companies are the first positions, as the statement numbers them.
  const upstreams = numberedUpstreams({
    ids: companies.ids,
    scope: Int32Array.from({ length: scopeCount }, (_, i) => i),
    ...relations,
    stageIds: network.stages.map((s) => s.id),
    tiers,
    positions,
  });
  const scopeCompanies = companies.ids.slice(0, scopeCount).map(actor).sort(byName);
  return {
    network,
    tiers,
    position,
    actor,
    stage: (id) => stages.get(id),
    upstreams,
    scope: {
      cluster: network.cluster,
      region: network.region,
      referenceRegion: network.scopeRegion,
      companyCount: scopeCompanies.length,
      companies: scopeCompanies,
    },
    suppliersConsidered: companies.ids.length - scopeCount,
  };
}

const stageList = (analysis: Analysis, ids: readonly string[]): ValueChainStageRecord[] => ids.flatMap((id) => analysis.stage(id) ?? []).sort(byStageOrder);

/** What a kept path's companies answer without their names: the record's id. */
const PATH_BY_ID: ReadonlySet<string> = new Set(['id', '__typename']);

/**
 * Whether the answer may show a company outside the scope by more than its id: the former suppliers (listed by
 * name), or a path's companies asked for any other field. Cannot tell: true.
 */
function showsSuppliersBeyondIds(info: GraphQLResolveInfo): boolean {
  const tree = selectionTree(info);
  return treeSelectsBelow(tree, ['companies', 'lostStages'], 'formerSuppliers') || treeSelectsBeyond(tree, ['companies', 'keptStages', 'path'], PATH_BY_ID);
}

/** `Query.supplyDisruption`: one fetch of the scope's upstream network, then the what-if per scope company. */
export async function supplyDisruption(_root: unknown, args: QuerySupplyDisruptionArgs, ctx: RequestContext, info: GraphQLResolveInfo): Promise<ResolversTypes['SupplyDisruption']> {
  checkBound(args.remove.length, 'disruptionRemove', 'remove');
  const removeIds = [...new Set(args.remove.map((id) => checkId(id, 'remove')))];
  const names = showsSuppliersBeyondIds(info);
  const analysis = await analyse(ctx, args, removeIds, false, names);
  const removed = new Set(removeIds);
  const asOf = asOfDate(args.asOf);
  const { citedOnly } = evidenceParams(args.evidence);

  const byTier = new Map<number, { stagesLost: number; companies: Set<string> }>();
  const distinctLost = new Set<string>();
  let stagesKept = 0;
  const companies = analysis.upstreams
    .filter((u) => !removed.has(u.companyId))
    .map((upstream) => {
      const result = disruptionOf(upstream, removed);
      const lostStages: LostStageModel[] = result.lost.flatMap((lost) => {
        const stage = analysis.stage(lost.stageId);
        if (!stage) return [];
        distinctLost.add(lost.stageId);
        const tier = byTier.get(lost.tier) ?? { stagesLost: 0, companies: new Set() };
        tier.stagesLost++;
        tier.companies.add(upstream.companyId);
        byTier.set(lost.tier, tier);
        return [{
          company: analysis.actor(upstream.companyId),
          stage,
          tier: lost.tier,
          // Not selected when their names were not fetched (sorting them needs the names).
          formerSuppliers: names ? lost.formerSuppliers.map(analysis.actor).sort(byName) : [],
          alternativesRequest: { companyId: upstream.companyId, stageId: lost.stageId, formerSupplierIds: lost.formerSuppliers, excludedIds: removeIds, asOf, citedOnly },
        }];
      });
      const keptStages = result.kept.flatMap((kept) => {
        const stage = analysis.stage(kept.stageId);
        return stage ? [{ stage, path: kept.path.map(analysis.actor), length: kept.path.length - 1 }] : [];
      });
      stagesKept += keptStages.length;
      return { company: analysis.actor(upstream.companyId), lostStages: lostStages.sort((a, b) => byStageOrder(a.stage, b.stage)), keptStages: keptStages.sort((a, b) => byStageOrder(a.stage, b.stage)) };
    });
  const analysed = companies.length;
  const withInputs = companies
    .filter((c) => c.lostStages.length + c.keptStages.length > 0)
    .sort((a, b) => b.lostStages.length - a.lostStages.length || byName(a.company, b.company));

  return {
    scope: analysis.scope,
    removed: removeIds.map(analysis.actor).sort(byName),
    tiers: analysis.tiers,
    suppliersConsidered: analysis.suppliersConsidered,
    truncated: analysis.network.truncated,
    summary: {
      companiesAnalysed: analysed,
      companiesAffected: withInputs.filter((c) => c.lostStages.length > 0).length,
      stagesLost: withInputs.reduce((n, c) => n + c.lostStages.length, 0),
      stagesKept,
      distinctStagesLost: stageList(analysis, [...distinctLost]),
      byTier: [...byTier].sort(([a], [b]) => a - b).map(([tier, t]) => ({ tier, stagesLost: t.stagesLost, companiesAffected: t.companies.size })),
    },
    companies: withInputs,
  };
}

function countsView(counts: LocalCounts): LocalShareCounts {
  const share = (n: number): number | null => (counts.relations === 0 ? null : n / counts.relations);
  return { ...counts, sameRegionShare: share(counts.sameRegion), sameStateShare: share(counts.sameState), sameCountryShare: share(counts.sameCountry) };
}
const tiersView = (rows: ReadonlyArray<{ tier: number } & LocalCounts>): LocalShareTier[] => rows.map(({ tier, ...counts }) => ({ tier, counts: countsView(counts) }));

/** Where each fetched company sits, by position, from the chains of the distinct regions the statement returned. */
function placesOf(network: UpstreamNetworkRecord): PlacesByPosition {
  const nowhere: CompanyPlace = { regionId: null, stateId: null, countryId: null, withinRegionIds: [] };
  const places = new Array<CompanyPlace>(network.companies.ids.length).fill(nowhere);
  for (const [regionId, within, located] of network.regions) {
    const at = (level: string): string | null => within.find(([, l]) => l === level)?.[0] ?? null;
    const place: CompanyPlace = { regionId, stateId: at('STATE'), countryId: at('COUNTRY'), withinRegionIds: within.map(([id]) => id) };
    for (const i of located) places[i] = place;
  }
  return places;
}

/** `Query.supplyRisk`: one fetch of the scope's upstream network, then cut vertices and local shares per company. */
export async function supplyRisk(_root: unknown, args: QuerySupplyRiskArgs, ctx: RequestContext): Promise<ResolversTypes['SupplyRisk']> {
  const first = checkBound(args.first, 'supplyRiskFirst', 'first');
  const analysis = await analyse(ctx, args, [], true);
  const places = placesOf(analysis.network);
  const { scopeCount } = analysis.network;
  const reference = analysis.network.scopeRegion?.id ?? null;

  const points = singlePointsOfFailure(analysis.upstreams).map((point) => ({
    supplier: analysis.actor(point.supplierId),
    companiesCutOff: point.cuts.length,
    stagesCutOff: point.stageCuts,
    inScope: (analysis.position(point.supplierId) ?? scopeCount) < scopeCount,
    outsideRegion: reference === null ? null : !(places[analysis.position(point.supplierId) ?? -1]?.withinRegionIds ?? []).includes(reference),
    cuts: point.cuts.map((cut) => ({ company: analysis.actor(cut.companyId), stages: stageList(analysis, cut.stageIds) })).sort((a, b) => byName(a.company, b.company)),
  }));
  // The algorithm breaks ties by id; the API by name, then id.
  points.sort((a, b) => b.companiesCutOff - a.companiesCutOff || b.stagesCutOff - a.stagesCutOff || byName(a.supplier, b.supplier));

  return {
    scope: analysis.scope,
    tiers: analysis.tiers,
    suppliersConsidered: analysis.suppliersConsidered,
    truncated: analysis.network.truncated,
    totalCount: points.length,
    suppliers: points.slice(0, first),
    localShare: localSupplyShare(analysis, places),
  };
}

/**
 * The scope's sums at once; the per-company list and the stages sourced only from outside when a field asks for
 * them (each walks every company's subgraph again, and most selections ask for the sums only).
 */
function localSupplyShare(analysis: Analysis, places: PlacesByPosition): LocalSupplyShareModel {
  const analysed = analysis.upstreams
    .map((upstream) => ({ upstream, share: localShareOf(upstream, places, analysis.tiers) }))
    .filter(({ share }) => share.total.relations > 0);
  const sums = sumLocalShares(analysed.map(({ share }) => share), analysis.tiers);
  const companies = once((): CompanyLocalShareModel[] =>
    analysed
      .map(({ share }) => ({
        company: analysis.actor(share.companyId),
        total: countsView(share.total),
        byTier: tiersView(share.byTier),
        onlyOutside: Object.fromEntries(LOCALITY_LEVELS.map((level) => [level, stageList(analysis, share.onlyOutside[level])])) as Record<LocalityLevel, ValueChainStageRecord[]>,
      }))
      .sort((a, b) => byName(a.company, b.company)),
  );
  const stagesOf = once(() => analysed.map(({ upstream }) => upstreamStageIds(upstream)));
  const onlyOutside = new Map<LocalityLevel, OutsideSourcedStageModel[]>();
  return {
    total: countsView(sums.total),
    byTier: tiersView(sums.byTier),
    companies,
    onlyOutside: (level) => {
      let found = onlyOutside.get(level);
      if (found === undefined) {
        found = outsideSourced(analysis, analysed, stagesOf(), level);
        onlyOutside.set(level, found);
      }
      return found;
    },
  };
}

/** A stage counts for the scope when no scope company sources it from a supplier at `level`. */
function outsideSourced(
  analysis: Analysis,
  analysed: ReadonlyArray<{ share: CompanyLocalShare }>,
  stagesOf: ReadonlyArray<ReadonlySet<string>>,
  level: LocalityLevel,
): OutsideSourcedStageModel[] {
  const sourcedLocally = new Set<string>();
  const outsideBy = new Map<string, AnyActorRecord[]>();
  analysed.forEach(({ share }, i) => {
    const outside = new Set(share.onlyOutside[level]);
    for (const stage of stagesOf[i] as ReadonlySet<string>) {
      if (!outside.has(stage)) sourcedLocally.add(stage);
      else {
        const list = outsideBy.get(stage);
        if (list) list.push(analysis.actor(share.companyId));
        else outsideBy.set(stage, [analysis.actor(share.companyId)]);
      }
    }
  });
  const stages = stageList(analysis, [...outsideBy.keys()].filter((id) => !sourcedLocally.has(id)));
  return stages.map((stage) => ({ stage, companies: [...(outsideBy.get(stage.id) ?? [])].sort(byName) }));
}

/** A computation run on first call, its result kept. */
function once<T>(compute: () => T): () => T {
  let done = false;
  let value: T;
  return () => {
    if (!done) {
      value = compute();
      done = true;
    }
    return value;
  };
}

/** The resilience queries (schema/resilience.graphql). */
export const resilienceResolvers: Resolvers = {
  Query: { supplyDisruption, supplyRisk },
  LostStage: {
    alternatives: async (lost, args, ctx) => {
      const first = checkBound(args.first, 'alternativesFirst', 'first');
      if (first === 0) return [];
      const found = await ctx.loaders.supplyAlternatives.load({ ...lost.alternativesRequest, first });
      return found.map((record) => supplyAlternativeView(record, lost));
    },
  },
  CompanyLocalShare: {
    stagesOnlyFromOutside: (share, args) => share.onlyOutside[args.level ?? 'STATE'],
  },
  LocalSupplyShare: {
    stagesOnlyFromOutside: (share, args) => share.onlyOutside(args.level ?? 'STATE'),
    companies: (share) => share.companies(),
  },
};
