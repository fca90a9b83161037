import type { NodeHitRecord } from '../graph';
import { graphqlTypeOfLabel, type EntityTypeName } from '../model';
import type { Resolvers } from '../generated/graphql';
import type { RequestContext } from '../request';
import { checkId } from './inputValidation';
import type { ActorModel, ClusterModel, NodeModel } from './models';

/** Finds any entity by id: one lookup gives its label and record (and fills that kind's loader). */
export async function loadNode(id: string, ctx: RequestContext): Promise<NodeModel | null> {
  const hit = await ctx.loaders.node.load(id);
  if (!hit) return null;
  primeNode(hit, ctx);
  return hit.record;
}

/**
 * Puts an entity a query already returned whole into the request's loaders (the any-kind one and its kind's),
 * so that resolving it again by id costs no round trip.
 */
export function primeNode(hit: NodeHitRecord, ctx: RequestContext): void {
  ctx.loaders.node.prime(hit.id, hit);
  switch (hit.label) {
    case 'Company':
    case 'ResearchInstitute':
    case 'Organization':
      ctx.loaders.actor.prime(hit.id, hit.record);
      break;
    case 'Cluster':
      ctx.loaders.cluster.prime(hit.id, hit.record);
      break;
    case 'Region':
      ctx.loaders.region.prime(hit.id, hit.record);
      break;
    case 'Technology':
      ctx.loaders.technology.prime(hit.id, hit.record);
      break;
    case 'ValueChain':
      ctx.loaders.valueChain.prime(hit.id, hit.record);
      break;
    case 'ValueChainStage':
      ctx.loaders.valueChainStage.prime(hit.id, hit.record);
      break;
    case 'Project':
      ctx.loaders.project.prime(hit.id, hit.record);
      break;
    case 'FundingProgram':
      ctx.loaders.fundingProgram.prime(hit.id, hit.record);
      break;
  }
}

/** The GraphQL type of a loaded entity: its record's node label, through the one table in model/. */
export function nodeTypeName(node: NodeModel): EntityTypeName {
  return graphqlTypeOfLabel(node.label);
}

export const nodeResolvers: Resolvers = {
  Node: { __resolveType: nodeTypeName },
  Sourced: { __resolveType: (node: ActorModel | ClusterModel) => graphqlTypeOfLabel(node.label) },
  Query: {
    node: (_root, { id }, ctx) => loadNode(checkId(id), ctx),
  },
};
