import {
  findActorPages,
  findActorsByIds,
  findClusterMembersPages,
  findClusterMembersWithPartners,
  findClustersByIds,
  findClusterStatistics,
  findLinkPages,
  type LinkListName,
  type LinkPage,
  type LinkPageArgs,
  findEntitiesByIds,
  findNodes,
  findPartnerPages,
  findRegionsByIds,
  type ActorListArgs,
  type ActorPage,
  type ActorRecord,
  type ClusterRecord,
  type ClusterStatisticsRecord,
  type LinkConditions,
  type FundingProgramRecord,
  type GraphClient,
  type MemberItem,
  type MembersPageArgs,
  type MembersWithPartnersArgs,
  type MembersWithPartnersPage,
  type NodeHitRecord,
  type Page,
  type PartnerItem,
  type PartnersPageArgs,
  type ProjectRecord,
  type RegionRecord,
  type TechnologyRecord,
  type ValueChainRecord,
  type ValueChainStageRecord,
} from '../graph';
import { createByIdLoader } from './byIdLoader';
import { createPageLoader } from './pageLoader';
import { createRelatedLoader } from './relatedLoader';
import { createSupplyAlternativesLoader } from './supplyAlternativesLoader';

const emptyPage = <T>(): Page<T> => ({ items: [], hasNextPage: false, totalCount: 0 });
const emptyLinkPage = <N extends LinkListName>(): LinkPage<N> => ({ ...emptyPage(), stageFound: true });

/** The loaders of one request. Never share them between requests: their caches are per request on purpose. */
export function createLoaders(graph: GraphClient) {
  const actorPartners = createPageLoader((ids, args: PartnersPageArgs) => findPartnerPages(graph, ids, args), emptyPage<PartnerItem>);
  const primePartners = (args: MembersWithPartnersArgs, page: MembersWithPartnersPage): void => {
    for (const [actorId, partnerPage] of page.partnerPages) actorPartners.prime({ ownerId: actorId, args: args.partners }, partnerPage);
  };
  const clusterMembersWithPartners = createPageLoader(
    async (ids, args: MembersWithPartnersArgs) => {
      const pages = await findClusterMembersWithPartners(graph, ids, args);
      for (const page of pages.values()) primePartners(args, page);
      return pages;
    },
    (): MembersWithPartnersPage => ({ ...emptyPage<MemberItem>(), partnerPages: new Map<string, Page<PartnerItem>>() }),
  );
  return {
    actor: createByIdLoader<ActorRecord>((ids) => findActorsByIds(graph, ids)),
    cluster: createByIdLoader<ClusterRecord>((ids) => findClustersByIds(graph, ids)),
    region: createByIdLoader<RegionRecord>((ids) => findRegionsByIds(graph, ids)),
    node: createByIdLoader<NodeHitRecord>((ids) => findNodes(graph, ids)),
    technology: createByIdLoader<TechnologyRecord>((ids) => findEntitiesByIds(graph, 'Technology', ids)),
    valueChain: createByIdLoader<ValueChainRecord>((ids) => findEntitiesByIds(graph, 'ValueChain', ids)),
    valueChainStage: createByIdLoader<ValueChainStageRecord>((ids) => findEntitiesByIds(graph, 'ValueChainStage', ids)),
    project: createByIdLoader<ProjectRecord>((ids) => findEntitiesByIds(graph, 'Project', ids)),
    fundingProgram: createByIdLoader<FundingProgramRecord>((ids) => findEntitiesByIds(graph, 'FundingProgram', ids)),
    clusterStatistics: createPageLoader((ids, conditions: LinkConditions) => findClusterStatistics(graph, ids, conditions), (): ClusterStatisticsRecord | null => null),
    linkPages: {
      suppliers: createPageLoader((ids, args: LinkPageArgs) => findLinkPages(graph, 'suppliers', ids, args), emptyLinkPage<'suppliers'>),
      customers: createPageLoader((ids, args: LinkPageArgs) => findLinkPages(graph, 'customers', ids, args), emptyLinkPage<'customers'>),
      memberships: createPageLoader((ids, args: LinkPageArgs) => findLinkPages(graph, 'memberships', ids, args), emptyLinkPage<'memberships'>),
    },
    clusterMembers: createPageLoader((ids, args: MembersPageArgs) => findClusterMembersPages(graph, ids, args), emptyPage<MemberItem>),
    actorPartners,
    /**
     * Member pages whose members' partner pages come in the same statement: the partner pages are primed into
     * `actorPartners` under the key the `partners` resolver asks for (owner and the nested field's page
     * arguments), so it finds them without a round trip. Keys already loaded keep their page (prime never
     * overwrites), which is the same page.
     */
    clusterMembersWithPartners,
    /**
     * Puts a member page that came with a statement of a level above (a cluster page with its members and their
     * partners) where `Cluster.members` will look for it, and its partner pages where `partners` will.
     */
    primeMembersWithPartners(clusterId: string, args: MembersWithPartnersArgs, page: MembersWithPartnersPage): void {
      clusterMembersWithPartners.prime({ ownerId: clusterId, args }, page);
      primePartners(args, page);
    },
    scopedActors: createPageLoader((ids, args: ActorListArgs) => findActorPages(graph, ids, args), (): ActorPage => ({ ...emptyPage<ActorRecord>(), missing: [], sortValues: new Map() })),
    supplyAlternatives: createSupplyAlternativesLoader(graph),
    related: {
      actorTechnologies: createRelatedLoader(graph, 'actorTechnologies'),
      clusterTechnologies: createRelatedLoader(graph, 'clusterTechnologies'),
      technologyNarrower: createRelatedLoader(graph, 'technologyNarrower'),
      actorStages: createRelatedLoader(graph, 'actorStages'),
      valueChainStages: createRelatedLoader(graph, 'valueChainStages'),
      actorProjects: createRelatedLoader(graph, 'actorProjects'),
      actorMemberships: createRelatedLoader(graph, 'actorMemberships'),
      clusterCooperations: createRelatedLoader(graph, 'clusterCooperations'),
      clusterFunding: createRelatedLoader(graph, 'clusterFunding'),
      projectFunding: createRelatedLoader(graph, 'projectFunding'),
      spunOffFrom: createRelatedLoader(graph, 'spunOffFrom'),
      spinOffs: createRelatedLoader(graph, 'spinOffs'),
      suppliers: createRelatedLoader(graph, 'suppliers'),
      customers: createRelatedLoader(graph, 'customers'),
      parentCompany: createRelatedLoader(graph, 'parentCompany'),
      subsidiaries: createRelatedLoader(graph, 'subsidiaries'),
      regionChildren: createRelatedLoader(graph, 'regionChildren'),
      projectParticipants: createRelatedLoader(graph, 'projectParticipants'),
      fundingProjects: createRelatedLoader(graph, 'fundingProjects'),
    },
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
