import { field, type Json } from '../json';
import { MIX } from './floorCypher';
import type { Fixtures, ComparedOperation } from './operation';

/** The comparable answer: how many scope companies and how many companies (scope included) the analysis read. */
function counts(scopeCompanies: Json, companies: Json, truncated: Json): Json {
  return { scopeCompanies, companies, truncated };
}

function fromPeer(name: string): (data: Json) => Json {
  return (data) => {
    const network = field(data, name, 'data');
    return counts(field(network, 'scopeCompanies', name), field(network, 'companies', name), field(network, 'truncated', name));
  };
}

function fromFloor([row]: Json[]): Json {
  return counts(field(row ?? null, 'scopeCompanies', 'row'), field(row ?? null, 'companies', 'row'), field(row ?? null, 'truncated', 'row'));
}

function fromOurs(name: string): (data: Json) => Json {
  return (data) => {
    const answer = field(data, name, 'data');
    const scope = field(field(answer, 'scope', name), 'companyCount', 'scope') as number;
    return counts(scope, scope + (field(answer, 'suppliersConsidered', name) as number), field(answer, 'truncated', name));
  };
}

/** supplyRisk of the largest cluster: its single points of failure with their cuts, and its local share. */
export function supplyRisk(f: Fixtures): ComparedOperation {
  return {
    name: 'supplyRisk',
    title: `supplyRisk(scope: { cluster }, tiers: ${MIX.resilienceTiers}, first: 20) of the largest cluster: cuts and local share`,
    depth: 1,
    ours: {
      query: `query SupplyRisk($cluster: ID!) {
        supplyRisk(scope: { cluster: $cluster }, tiers: ${MIX.resilienceTiers}, first: 20) {
          truncated suppliersConsidered totalCount scope { companyCount }
          suppliers { supplier { id name } companiesCutOff stagesCutOff outsideRegion cuts { company { id } stages { id name } } }
          localShare { total { relations sameRegion sameState sameCountry } byTier { tier counts { relations sameState } } }
        }
      }`,
      variables: { cluster: f.clusterId },
    },
    peer: { query: `query SupplyRisk($cluster: ID!) { supplyRiskNetwork(clusterId: $cluster) { scopeCompanies companies truncated } }`, variables: { cluster: f.clusterId } },
    floorParams: { clusterId: f.clusterId },
    normalizeOurs: fromOurs('supplyRisk'),
    normalizePeer: fromPeer('supplyRiskNetwork'),
    normalizeFloor: fromFloor,
  };
}

/** The what-if of the largest cluster's top single point of failure, with three alternatives per lost stage. */
export function supplyDisruption(f: Fixtures): ComparedOperation {
  return {
    name: 'supplyDisruption',
    title: `supplyDisruption(remove: [top supplier], scope: { cluster }, tiers: ${MIX.resilienceTiers}) with alternatives(first: 3)`,
    depth: 2,
    ours: {
      query: `query SupplyDisruption($remove: [ID!]!, $cluster: ID!) {
        supplyDisruption(remove: $remove, scope: { cluster: $cluster }, tiers: ${MIX.resilienceTiers}) {
          truncated suppliersConsidered scope { companyCount }
          summary { companiesAffected stagesLost byTier { tier stagesLost } }
          companies {
            company { id }
            lostStages { stage { id } tier alternatives(first: 3) { company { id name } reasons } }
            keptStages { stage { id } length path { id } }
          }
        }
      }`,
      variables: { remove: [f.topSupplierId], cluster: f.clusterId },
    },
    peer: { query: `query SupplyDisruption($cluster: ID!) { supplyDisruptionNetwork(clusterId: $cluster) { scopeCompanies companies truncated } }`, variables: { cluster: f.clusterId } },
    floorParams: { clusterId: f.clusterId },
    normalizeOurs: fromOurs('supplyDisruption'),
    normalizePeer: fromPeer('supplyDisruptionNetwork'),
    normalizeFloor: fromFloor,
  };
}
