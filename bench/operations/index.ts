import { actorById } from './actorById';
import { actorCounts } from './actorCounts';
import { actorList } from './actorList';
import { nestedRead } from './nestedRead';
import { networkAnalysisCluster, networkAnalysisNetwork2 } from './networkAnalysis';
import type { Fixtures, Operation, OperationName } from './operation';
import { partnerNetwork } from './partnerNetwork';
import { search } from './search';
import { supplyChain4 } from './supplyChain';
import { supplyPaths } from './supplyPaths';
import { supplyDisruption, supplyRisk } from './supplyResilience';
import { criticalSuppliers, explorerNetwork, recommendPartners, scienceIndustryLinks, shortestConnection, valueChainCoverage, valueChainGaps } from './traversals';

export { FLOOR_CYPHER, PEER_CYPHER, MIX } from './floorCypher';
export { FLOOR_FINISH } from './floorFinish';
export {
  COMPARED_OPERATION_NAMES,
  OPERATION_NAMES,
  OURS_ONLY_OPERATION_NAMES,
  type ComparedOperation,
  type ComparedOperationName,
  type Fixtures,
  type GraphqlRequest,
  type LostStageFixture,
  type Operation,
  type OperationName,
  type OursOnlyOperation,
} from './operation';

/** The whole mix for a run's fixtures, in OPERATION_NAMES order. */
export function buildOperations(f: Fixtures): Record<OperationName, Operation> {
  return {
    actorById: actorById(f),
    actorList: actorList(f),
    nestedRead: nestedRead(),
    partnerNetwork2: partnerNetwork(f, 2),
    partnerNetwork3: partnerNetwork(f, 3),
    supplyChain4: supplyChain4(f),
    supplyPaths: supplyPaths(f),
    search: search(f),
    actorCounts: actorCounts(),
    supplyRisk: supplyRisk(f),
    supplyDisruption: supplyDisruption(f),
    shortestConnection: shortestConnection(f),
    criticalSuppliers: criticalSuppliers(f),
    scienceIndustryLinks: scienceIndustryLinks(f),
    valueChainCoverage: valueChainCoverage(f),
    valueChainGaps: valueChainGaps(f),
    recommendPartners: recommendPartners(f),
    explorerNetwork: explorerNetwork(f),
    networkAnalysisCluster: networkAnalysisCluster(f),
    networkAnalysisNetwork2: networkAnalysisNetwork2(f),
  };
}
