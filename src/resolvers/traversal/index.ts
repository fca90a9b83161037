import type { Resolvers } from '../../generated/graphql';
import { criticalSuppliers } from './criticalSuppliersResolver';
import { partnerNetwork } from './partnerNetworkResolver';
import { recommendPartners } from './recommendPartnersResolver';
import { scienceIndustryLinks } from './scienceIndustryLinksResolver';
import { shortestConnection } from './shortestConnectionResolver';
import { supplyChain } from './supplyChainResolver';
import { supplyPaths } from './supplyPathsResolver';
import { valueChainCoverage } from './valueChainCoverageResolver';

/** The traversal queries (schema/traversal.graphql); their result types are plain objects, no field resolvers. */
export const traversalResolvers: Resolvers = {
  Query: {
    partnerNetwork,
    supplyChain,
    supplyPaths,
    criticalSuppliers,
    shortestConnection,
    scienceIndustryLinks,
    valueChainCoverage,
    recommendPartners,
  },
};
