import type { Resolvers } from '../generated/graphql';
import type { RequestContext } from '../server/context';
import { actorTypeName } from './actorResolvers';
import { checkId } from './inputValidation';
import type { ActorModel, NodeModel } from './models';

/** Finds any entity by id: one lookup for its label, then the loader of that kind. */
export async function loadNode(id: string, ctx: RequestContext): Promise<NodeModel | null> {
  const label = await ctx.loaders.nodeLabel.load(id);
  switch (label) {
    case 'Company':
    case 'ResearchInstitute':
    case 'Organization':
      return ctx.loaders.actor.load(id);
    case 'Cluster':
      return ctx.loaders.cluster.load(id);
    case 'Region':
      return ctx.loaders.region.load(id);
    case 'Technology':
      return ctx.loaders.technology.load(id);
    case 'ValueChain':
      return ctx.loaders.valueChain.load(id);
    case 'ValueChainStage':
      return ctx.loaders.valueChainStage.load(id);
    case 'Project':
      return ctx.loaders.project.load(id);
    case 'FundingProgram':
      return ctx.loaders.fundingProgram.load(id);
    default:
      return null;
  }
}

/**
 * The GraphQL type of a loaded entity, told apart by the fields only its record carries (every projection in
 * graph/queries returns all its keys, null or not).
 */
export function nodeTypeName(node: NodeModel) {
  if ('kind' in node) return actorTypeName(node as ActorModel);
  if ('level' in node) return 'Region' as const;
  if ('valueChainId' in node) return 'ValueChainStage' as const;
  if ('title' in node) return 'Project' as const;
  if ('funder' in node) return 'FundingProgram' as const;
  if ('broaderId' in node) return 'Technology' as const;
  if ('aliases' in node) return 'Cluster' as const;
  return 'ValueChain' as const;
}

export const nodeResolvers: Resolvers = {
  Node: { __resolveType: nodeTypeName },
  Sourced: {
    __resolveType: (node) => ('kind' in node ? actorTypeName(node as ActorModel) : 'Cluster'),
  },
  Query: {
    node: (_root, { id }, ctx) => loadNode(checkId(id), ctx),
  },
};
