/**
 * Every statement set the traversals and the read API's lists and counts run, in one list: the plan warmer (planWarming.ts) plans each text, and
 * tests/unit/graph/statementCatalogue.test.ts keeps a snapshot of every text and checks their count
 * (docs/statements.md). A module that adds a statement set adds it here.
 */
import { sampleStatements, type StatementSet } from './queries/statementSet';
import type { Statement } from './graphClient';
import { ACTOR_PAGE_STATEMENTS } from './queries/actorLists';
import { ACTOR_COUNT_STATEMENTS } from './queries/aggregates';
import { CLUSTER_PAGE_STATEMENTS } from './queries/clusterLists';
import { NESTED_PAGE_STATEMENTS } from './queries/nestedPages';
import { SUPPLY_ALTERNATIVES_STATEMENTS } from './queries/resilience/findSupplyAlternatives';
import { UPSTREAM_NETWORK_STATEMENTS } from './queries/resilience/findUpstreamNetwork';
import { PARTNER_NETWORK_STATEMENTS } from './queries/traversal/explorePartnerNetwork';
import { NETWORK_DETAILS_STATEMENTS } from './queries/traversal/findNetworkDetails';
import { CRITICAL_SUPPLIER_NETWORK_STATEMENTS } from './queries/traversal/findCriticalSupplierNetwork';
import { CONNECTION_STATEMENTS } from './queries/traversal/findShortestConnection';
import { PARTNER_RECOMMENDATIONS_STATEMENTS } from './queries/traversal/findPartnerRecommendations';
import { SCIENCE_INDUSTRY_STATEMENTS } from './queries/traversal/findScienceIndustryLinks';
import { SUPPLY_PATH_STATEMENTS } from './queries/traversal/findSupplyPaths';
import { SUPPLY_TIER_STATEMENTS } from './queries/traversal/findSupplyTiers';
import { VALUE_CHAIN_COVERAGE_STATEMENTS } from './queries/traversal/findValueChainCoverage';

export const STATEMENT_SETS: readonly StatementSet[] = [
  ...PARTNER_NETWORK_STATEMENTS,
  ...NETWORK_DETAILS_STATEMENTS,
  ...CONNECTION_STATEMENTS,
  ...SUPPLY_TIER_STATEMENTS,
  ...CRITICAL_SUPPLIER_NETWORK_STATEMENTS,
  ...SUPPLY_PATH_STATEMENTS,
  ...SCIENCE_INDUSTRY_STATEMENTS,
  ...VALUE_CHAIN_COVERAGE_STATEMENTS,
  ...PARTNER_RECOMMENDATIONS_STATEMENTS,
  ...UPSTREAM_NETWORK_STATEMENTS,
  ...SUPPLY_ALTERNATIVES_STATEMENTS,
  ...ACTOR_PAGE_STATEMENTS,
  ...ACTOR_COUNT_STATEMENTS,
  ...CLUSTER_PAGE_STATEMENTS,
  ...NESTED_PAGE_STATEMENTS,
];

/** Every statement of the catalogue with its sample parameters, the most used first (network texts, then supply). */
export function catalogueStatements(): Statement[] {
  return STATEMENT_SETS.flatMap(sampleStatements);
}
