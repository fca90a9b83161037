import type { Resolvers } from '../generated/graphql';
import { actorResolvers } from './actorResolvers';
import { analysisResolvers } from './analysisResolvers';
import { clusterResolvers } from './clusterResolvers';
import { DateScalar } from './dateScalar';
import { domainResolvers } from './domainResolvers';
import { listResolvers } from './listResolvers';
import { mutationResolvers } from './mutations';
import { networkAnalysisResolvers } from './networkAnalysisResolvers';
import { nodeResolvers } from './nodeResolvers';
import { regionResolvers } from './regionResolvers';
import { traversalResolvers } from './traversal';
import { resilienceResolvers } from './resilience/supplyResilienceResolvers';

/** All resolvers, merged per type. Each domain module stays small and owns its types' fields. */
export function buildResolvers(): Resolvers {
  const parts: Resolvers[] = [nodeResolvers, actorResolvers, clusterResolvers, regionResolvers, domainResolvers, listResolvers, analysisResolvers, traversalResolvers, networkAnalysisResolvers, resilienceResolvers];
  parts.push(mutationResolvers); // writes and access control (schema/mutations.graphql)
  const merged: Record<string, Record<string, unknown>> = {};
  for (const part of parts) {
    for (const [typeName, fields] of Object.entries(part)) {
      merged[typeName] = { ...(merged[typeName] ?? {}), ...(fields as Record<string, unknown>) };
    }
  }
  return { ...(merged as Resolvers), Date: DateScalar };
}
