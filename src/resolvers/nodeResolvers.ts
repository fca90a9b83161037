import type { Resolvers } from '../generated/graphql';
import type { RequestContext } from '../server/context';
import { actorTypeName } from './actorResolvers';
import { checkId } from './inputValidation';
import type { ActorModel, ClusterModel, RegionModel } from './models';

type NodeModel = ActorModel | ClusterModel | RegionModel;

function isActor(node: NodeModel): node is ActorModel {
  return 'kind' in node;
}

function isRegion(node: NodeModel): node is RegionModel {
  return 'level' in node;
}

/** Finds any entity by id: one lookup for its label, then the loader of that kind. */
async function loadNode(id: string, ctx: RequestContext): Promise<NodeModel | null> {
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
    default:
      return null;
  }
}

export const nodeResolvers: Resolvers = {
  Node: {
    __resolveType: (node) => (isActor(node) ? actorTypeName(node) : isRegion(node) ? 'Region' : 'Cluster'),
  },
  Sourced: {
    __resolveType: (node) => (isActor(node) ? actorTypeName(node) : 'Cluster'),
  },
  Query: {
    node: (_root, { id }, ctx) => loadNode(checkId(id), ctx),
  },
};
