import { ApiError, ErrorCode, UserInputError } from '../../errors';
import { MAX_SCOPE_COMPANY_IDS, type SupplyScopeArgs, type UpstreamNetworkRecord } from '../../graph';
import type { SupplyScope } from '../../generated/graphql';
import { checkId } from '../inputValidation';

/** A SupplyScope input checked: exactly one part given, ids well formed, 1..MAX_SCOPE_COMPANY_IDS companies. */
export function supplyScopeOf(scope: SupplyScope): SupplyScopeArgs {
  const given = (['cluster', 'region', 'companies'] as const).filter((key) => scope[key] !== null && scope[key] !== undefined);
  if (given.length !== 1) {
    throw new UserInputError(`Give exactly one of \`scope.cluster\`, \`scope.region\` and \`scope.companies\`, got ${given.length}`, { argument: 'scope' });
  }
  if (scope.companies) {
    const ids = [...new Set(scope.companies.map((id) => checkId(id, 'scope.companies')))];
    if (ids.length < 1 || ids.length > MAX_SCOPE_COMPANY_IDS) {
      throw new UserInputError(`\`scope.companies\` must name between 1 and ${MAX_SCOPE_COMPANY_IDS} companies, got ${ids.length}`, {
        argument: 'scope.companies',
        min: 1,
        max: MAX_SCOPE_COMPANY_IDS,
      });
    }
    return { clusterId: null, regionId: null, companyIds: ids };
  }
  return {
    clusterId: scope.cluster ? checkId(scope.cluster, 'scope.cluster') : null,
    regionId: scope.region ? checkId(scope.region, 'scope.region') : null,
    companyIds: null,
  };
}

function notFound(argument: string, ids: readonly string[]): ApiError {
  return new ApiError(`\`${argument}\` names no ${argument === 'scope.cluster' ? 'cluster' : argument === 'scope.region' ? 'region' : 'company'}: ${ids.join(', ')}`, ErrorCode.NOT_FOUND, { argument, ids });
}

/** NOT_FOUND naming the argument when the scope, or a company to remove, does not exist. */
export function checkScopeFound(scope: SupplyScopeArgs, network: UpstreamNetworkRecord, removeIds: readonly string[] = []): void {
  if (scope.clusterId !== null && !network.cluster) throw notFound('scope.cluster', [scope.clusterId]);
  if (scope.regionId !== null && !network.region) throw notFound('scope.region', [scope.regionId]);
  if (network.missing.length > 0) throw notFound('scope.companies', network.missing);
  const found = new Set(network.removed.map((c) => c.id));
  const missing = removeIds.filter((id) => !found.has(id));
  if (missing.length > 0) throw notFound('remove', missing);
}
