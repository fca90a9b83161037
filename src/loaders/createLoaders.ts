import type DataLoader from 'dataloader';
import {
  findActorsByIds,
  findClusterMembersPages,
  findClustersByIds,
  findNodeLabels,
  findRegionsByIds,
  type ActorRecord,
  type ClusterRecord,
  type GraphClient,
  type MemberItem,
  type MembersPageArgs,
  type NodeLabel,
  type Page,
  type RegionRecord,
} from '../graph';
import { createByIdLoader } from './byIdLoader';
import { createPageLoader, type PageKey } from './pageLoader';

/** The loaders of one request. Never share them between requests: their caches are per request on purpose. */
export interface Loaders {
  actor: DataLoader<string, ActorRecord | null>;
  cluster: DataLoader<string, ClusterRecord | null>;
  region: DataLoader<string, RegionRecord | null>;
  nodeLabel: DataLoader<string, NodeLabel | null>;
  clusterMembers: DataLoader<PageKey<MembersPageArgs>, Page<MemberItem>, string>;
}

const emptyPage = <T>(): Page<T> => ({ items: [], hasNextPage: false, totalCount: 0 });

export function createLoaders(graph: GraphClient): Loaders {
  return {
    actor: createByIdLoader((ids) => findActorsByIds(graph, ids)),
    cluster: createByIdLoader((ids) => findClustersByIds(graph, ids)),
    region: createByIdLoader((ids) => findRegionsByIds(graph, ids)),
    nodeLabel: createByIdLoader((ids) => findNodeLabels(graph, ids)),
    clusterMembers: createPageLoader((ids, args: MembersPageArgs) => findClusterMembersPages(graph, ids, args), emptyPage<MemberItem>),
  };
}
