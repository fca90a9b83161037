import type { Resolvers } from '../generated/graphql';
import { actorResolvers } from './actorResolvers';
import { clusterResolvers } from './clusterResolvers';
import { DateScalar } from './dateScalar';
import { nodeResolvers } from './nodeResolvers';
import { regionResolvers } from './regionResolvers';

/** All resolvers, merged per type. Each domain module stays small and owns its types' fields. */
export function buildResolvers(): Resolvers {
  const parts: Resolvers[] = [nodeResolvers, actorResolvers, clusterResolvers, regionResolvers];
  const merged: Record<string, Record<string, unknown>> = {};
  for (const part of parts) {
    for (const [typeName, fields] of Object.entries(part)) {
      merged[typeName] = { ...(merged[typeName] ?? {}), ...(fields as Record<string, unknown>) };
    }
  }
  return { ...(merged as Resolvers), Date: DateScalar };
}
