/** The objects resolvers pass between each other for GraphQL object types (codegen mappers). */
export type { ActorRecord as ActorModel, ClusterRecord as ClusterModel, RegionRecord as RegionModel } from '../graph';
