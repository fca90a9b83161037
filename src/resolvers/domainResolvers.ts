import { findTopTechnologies, findValueChains } from '../graph';
import type { Resolvers } from '../generated/graphql';
import { related } from './actorLinkResolvers';

export const domainResolvers: Resolvers = {
  Technology: {
    broader: (t, _args, ctx) => (t.broaderId ? ctx.loaders.technology.load(t.broaderId) : null),
    narrower: async (t, _args, ctx) => (await ctx.loaders.related.technologyNarrower.load({ ownerId: t.id, asOf: null })).map((r) => r.node),
  },
  ValueChain: {
    stages: async (chain, _args, ctx) => (await ctx.loaders.related.valueChainStages.load({ ownerId: chain.id, asOf: null })).map((r) => r.node),
  },
  ValueChainStage: {
    valueChain: async (stage, _args, ctx) => {
      const chain = await ctx.loaders.valueChain.load(stage.valueChainId);
      if (!chain) throw new Error(`value chain ${stage.valueChainId} of stage ${stage.id} is missing`);
      return chain;
    },
  },
  Project: {
    fundingPrograms: async (p, _args, ctx) => (await ctx.loaders.related.projectFunding.load({ ownerId: p.id, asOf: null })).map((r) => r.node),
    participants: (p, args, ctx) => related(ctx, 'projectParticipants', p.id, args),
  },
  FundingProgram: {
    projects: async (program, _args, ctx) => (await related(ctx, 'fundingProjects', program.id)).map((r) => r.node),
  },
  Query: {
    valueChains: (_root, _args, ctx) => findValueChains(ctx.graph),
    technologies: (_root, _args, ctx) => findTopTechnologies(ctx.graph),
  },
};
