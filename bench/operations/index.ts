import { actorById } from './actorById';
import { actorCounts } from './actorCounts';
import { actorList } from './actorList';
import { nestedRead } from './nestedRead';
import type { Fixtures, Operation, OperationName } from './operation';
import { partnerNetwork } from './partnerNetwork';
import { search } from './search';
import { supplyChain4 } from './supplyChain';
import { supplyPaths } from './supplyPaths';
import { supplyDisruption, supplyRisk } from './supplyResilience';

export { FLOOR_CYPHER, MIX } from './floorCypher';
export { OPERATION_NAMES, type Fixtures, type GraphqlRequest, type Operation, type OperationName } from './operation';

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
  };
}
