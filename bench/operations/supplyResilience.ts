import { asArray, field, type Json } from '../json';
import { MIX } from './floorCypher';
import type { Fixtures, ComparedOperation } from './operation';

/** The comparable counts: how many scope companies and how many companies (scope included) the analysis read. */
function counts(scopeCompanies: Json, companies: Json, truncated: Json): Json {
  return { scopeCompanies, companies, truncated };
}

/** A single point of failure as the check compares it: its counts, whether it is outside, each cut as "company: stages". */
function point(supplier: Json, companiesCutOff: Json, stagesCutOff: Json, outsideRegion: Json, cuts: Array<[Json, Json[]]>): Json {
  const lines = cuts.map(([company, stages]) => `${String(company)}: ${stages.map(String).sort().join(',')}`).sort();
  return { supplier, companiesCutOff, stagesCutOff, outsideRegion, cuts: lines };
}

const pick = (value: Json, keys: readonly string[], where: string): Json => Object.fromEntries(keys.map((k) => [k, field(value, k, where)]));
const TOTAL_KEYS = ['relations', 'sameRegion', 'sameState', 'sameCountry'] as const;

/** The whole comparable answer of supplyRisk: the counts, the listed suppliers in order with their cuts, the local share. */
function risk(countsPart: Json, suppliers: Json[], total: Json, byTier: Json[]): Json {
  return { ...(countsPart as Record<string, Json>), suppliers, localShare: { total, byTier } };
}

function riskFromOurs(data: Json): Json {
  const answer = field(data, 'supplyRisk', 'data');
  const scope = field(field(answer, 'scope', 'supplyRisk'), 'companyCount', 'scope') as number;
  const suppliers = asArray(field(answer, 'suppliers', 'supplyRisk'), 'suppliers').map((s) =>
    point(
      field(field(s, 'supplier', 'supplier'), 'id', 'supplier'),
      field(s, 'companiesCutOff', 'supplier'),
      field(s, 'stagesCutOff', 'supplier'),
      field(s, 'outsideRegion', 'supplier'),
      asArray(field(s, 'cuts', 'supplier'), 'cuts').map((c) => [field(field(c, 'company', 'cut'), 'id', 'cut'), asArray(field(c, 'stages', 'cut'), 'stages').map((st) => field(st, 'id', 'stage'))]),
    ),
  );
  const share = field(answer, 'localShare', 'supplyRisk');
  const byTier = asArray(field(share, 'byTier', 'localShare'), 'byTier').map((t) => ({ tier: field(t, 'tier', 'tier'), ...(pick(field(t, 'counts', 'tier'), ['relations', 'sameState'], 'counts') as Record<string, Json>) }));
  return risk(counts(scope, scope + (field(answer, 'suppliersConsidered', 'supplyRisk') as number), field(answer, 'truncated', 'supplyRisk')), suppliers, pick(field(share, 'total', 'localShare'), TOTAL_KEYS, 'total'), byTier);
}

function riskFromFloor([row]: Json[]): Json {
  const result = row ?? null;
  const suppliers = asArray(field(result, 'suppliers', 'row'), 'suppliers').map((s) =>
    point(
      field(s, 'supplier', 'supplier'),
      field(s, 'companiesCutOff', 'supplier'),
      field(s, 'stagesCutOff', 'supplier'),
      field(s, 'outsideRegion', 'supplier'),
      asArray(field(s, 'cuts', 'supplier'), 'cuts').map((c) => [field(c, 'company', 'cut'), asArray(field(c, 'stages', 'cut'), 'stages')]),
    ),
  );
  const share = field(result, 'localShare', 'row');
  const byTier = asArray(field(share, 'byTier', 'localShare'), 'byTier').map((t) => pick(t, ['tier', 'relations', 'sameState'], 'tier'));
  return risk(counts(field(result, 'scopeCompanies', 'row'), field(result, 'companies', 'row'), field(result, 'truncated', 'row')), suppliers, pick(field(share, 'total', 'localShare'), TOTAL_KEYS, 'total'), byTier);
}

function riskFromPeer(data: Json): Json {
  const network = field(data, 'supplyRiskNetwork', 'data');
  return counts(field(network, 'scopeCompanies', 'supplyRiskNetwork'), field(network, 'companies', 'supplyRiskNetwork'), field(network, 'truncated', 'supplyRiskNetwork'));
}

/**
 * supplyRisk of the largest cluster: its single points of failure with their cuts, and its local share. The floor
 * fetches the network and runs our algorithms in its process (floorFinish.ts); the check compares the listed
 * suppliers in order with every cut, and the local share's sums. The peer cannot run the algorithms: it is
 * compared on the counts of its fetch.
 */
export function supplyRisk(f: Fixtures): ComparedOperation {
  return {
    name: 'supplyRisk',
    title: `supplyRisk(scope: { cluster }, tiers: ${MIX.resilienceTiers}, first: ${MIX.riskFirst}) of the largest cluster: cuts and local share`,
    depth: 1,
    ours: {
      query: `query SupplyRisk($cluster: ID!) {
        supplyRisk(scope: { cluster: $cluster }, tiers: ${MIX.resilienceTiers}, first: ${MIX.riskFirst}) {
          truncated suppliersConsidered totalCount scope { companyCount }
          suppliers { supplier { id name } companiesCutOff stagesCutOff outsideRegion cuts { company { id } stages { id name } } }
          localShare { total { relations sameRegion sameState sameCountry } byTier { tier counts { relations sameState } } }
        }
      }`,
      variables: { cluster: f.clusterId },
    },
    peer: { query: `query SupplyRisk($cluster: ID!) { supplyRiskNetwork(clusterId: $cluster) { scopeCompanies companies truncated } }`, variables: { cluster: f.clusterId } },
    floorParams: { clusterId: f.clusterId },
    normalizeOurs: riskFromOurs,
    normalizePeer: riskFromPeer,
    normalizeFloor: riskFromFloor,
    peerComparable: (answer) => pick(answer, ['scopeCompanies', 'companies', 'truncated'], 'floor answer'),
  };
}

/** One lost stage's alternatives as the check compares them: "company stage: alternative ids in rank order". */
const lostLine = (company: Json, stage: Json, alternatives: Json[]): string => `${String(company)} ${String(stage)}: ${alternatives.map(String).join(',')}`;

/** The counts, and every lost (company, stage) with its ranked alternatives, sorted. */
function disruption(scope: Json, companies: Json, truncated: Json, lost: string[]): Json {
  return { scopeCompanies: scope, companies, truncated, lost: [...lost].sort() };
}

function disruptionFromOurs(data: Json): Json {
  const answer = field(data, 'supplyDisruption', 'data');
  const scope = field(field(answer, 'scope', 'supplyDisruption'), 'companyCount', 'scope') as number;
  const lost = asArray(field(answer, 'companies', 'supplyDisruption'), 'companies').flatMap((c) =>
    asArray(field(c, 'lostStages', 'company'), 'lostStages').map((l) =>
      lostLine(
        field(field(c, 'company', 'company'), 'id', 'company'),
        field(field(l, 'stage', 'lostStage'), 'id', 'stage'),
        asArray(field(l, 'alternatives', 'lostStage'), 'alternatives').map((a) => field(field(a, 'company', 'alternative'), 'id', 'company')),
      ),
    ),
  );
  return disruption(scope, scope + (field(answer, 'suppliersConsidered', 'supplyDisruption') as number), field(answer, 'truncated', 'supplyDisruption'), lost);
}

/** The floor's row and the peer's field have the same shape: the counts and `lost` (company, stage, alternatives). */
function disruptionFromResult(result: Json): Json {
  const lost = asArray(field(result, 'lost', 'result'), 'lost').map((l) =>
    lostLine(field(l, 'company', 'lost'), field(l, 'stage', 'lost'), asArray(field(l, 'alternatives', 'lost'), 'alternatives').map((a) => field(field(a, 'company', 'alternative'), 'id', 'company'))),
  );
  return disruption(field(result, 'scopeCompanies', 'result'), field(result, 'companies', 'result'), field(result, 'truncated', 'result'), lost);
}

/**
 * The what-if of the largest cluster's top single point of failure, with three alternatives per lost stage. The
 * floor and the peer fetch the network and rank the alternatives of the stages our algorithm finds lost
 * (fixtures), so the check compares every lost stage's alternatives besides the counts.
 */
export function supplyDisruption(f: Fixtures): ComparedOperation {
  const requests = f.lostStages.map((l, key) => ({
    key,
    companyId: l.companyId,
    stageId: l.stageId,
    formerSupplierIds: [...l.formerSupplierIds],
    excludedIds: [f.topSupplierId],
    first: MIX.alternativesFirst,
  }));
  return {
    name: 'supplyDisruption',
    title: `supplyDisruption(remove: [top supplier], scope: { cluster }, tiers: ${MIX.resilienceTiers}) with alternatives(first: ${MIX.alternativesFirst})`,
    depth: 2,
    ours: {
      query: `query SupplyDisruption($remove: [ID!]!, $cluster: ID!) {
        supplyDisruption(remove: $remove, scope: { cluster: $cluster }, tiers: ${MIX.resilienceTiers}) {
          truncated suppliersConsidered scope { companyCount }
          summary { companiesAffected stagesLost byTier { tier stagesLost } }
          companies {
            company { id }
            lostStages { stage { id } tier alternatives(first: ${MIX.alternativesFirst}) { company { id name } reasons } }
            keptStages { stage { id } length path { id } }
          }
        }
      }`,
      variables: { remove: [f.topSupplierId], cluster: f.clusterId },
    },
    peer: {
      query: `query SupplyDisruption($cluster: ID!, $requests: [AlternativesRequest!]!) {
        supplyDisruption(clusterId: $cluster, requests: $requests) {
          scopeCompanies companies truncated
          lost { company stage alternatives { company { id name } suppliesStage activeInStage sharedTechnologies { name } existingPartner sharedClusters { name } distanceKm } }
        }
      }`,
      variables: { cluster: f.clusterId, requests },
    },
    floorParams: { clusterId: f.clusterId, requests },
    normalizeOurs: disruptionFromOurs,
    normalizePeer: (data) => disruptionFromResult(field(data, 'supplyDisruption', 'data')),
    normalizeFloor: ([row]) => disruptionFromResult(row ?? null),
  };
}
