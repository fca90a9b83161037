export {
  findUpstreamNetwork,
  upstreamNetworkVariant,
  UPSTREAM_NETWORK_STATEMENTS,
  MAX_RESILIENCE_TIERS,
  MAX_SCOPE_COMPANIES,
  MAX_SCOPE_COMPANY_IDS,
  MAX_UPSTREAM_NETWORK_COMPANIES,
  type NetworkCompaniesRecord,
  type NetworkRelationsRecord,
  type NetworkRegionRecord,
  type SupplyScopeArgs,
  type UpstreamNetworkArgs,
  type UpstreamNetworkRecord,
} from './findUpstreamNetwork';
export { findSupplyAlternatives, MAX_SUPPLY_ALTERNATIVES, SUPPLY_ALTERNATIVES_STATEMENTS, type SupplyAlternativeRecord, type SupplyAlternativesRequest } from './findSupplyAlternatives';
