import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../../src/config';
import { PEER_CYPHER, type ComparedOperationName } from '../operations';

/** Placeholders in schema.graphql and the floor query each one stands for. */
const PLACEHOLDERS: Record<string, ComparedOperationName> = {
  __NETWORK_2__: 'partnerNetwork2',
  __NETWORK_3__: 'partnerNetwork3',
  __SUPPLY_CHAIN_4__: 'supplyChain4',
  __SUPPLY_PATHS__: 'supplyPaths',
  __SEARCH__: 'search',
  __ACTOR_COUNTS_STATE__: 'actorCounts',
  __SUPPLY_RISK__: 'supplyRisk',
  __SUPPLY_DISRUPTION__: 'supplyDisruption',
  __SHORTEST_CONNECTION__: 'shortestConnection',
  __CRITICAL_SUPPLIERS__: 'criticalSuppliers',
  __SCIENCE_INDUSTRY__: 'scienceIndustryLinks',
  __VALUE_CHAIN_COVERAGE__: 'valueChainCoverage',
  __RECOMMEND_PARTNERS__: 'recommendPartners',
  __EXPLORER_NETWORK__: 'explorerNetwork',
};

/**
 * The peer's type definitions: bench/peer/schema.graphql with each @cypher placeholder replaced by the floor's
 * statement for that operation, so the peer runs the very same Cypher where the library needs hand-written
 * Cypher. A JSON string literal is a valid GraphQL string literal.
 */
export function loadPeerTypeDefs(): string {
  let sdl = fs.readFileSync(path.join(projectRoot, 'bench', 'peer', 'schema.graphql'), 'utf8');
  for (const [placeholder, operation] of Object.entries(PLACEHOLDERS)) {
    const quoted = `"${placeholder}"`;
    if (!sdl.includes(quoted)) throw new Error(`bench/peer/schema.graphql lacks the placeholder ${quoted}`);
    sdl = sdl.replace(quoted, JSON.stringify(PEER_CYPHER[operation]));
  }
  return sdl;
}
