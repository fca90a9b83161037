import type { Resolvers } from '../generated/graphql';

export const regionResolvers: Resolvers = {
  Region: {
    parent: (region, _args, ctx) => (region.parentId ? ctx.loaders.region.load(region.parentId) : null),
    aliases: (region) => region.aliases ?? [],
  },
};
