import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { ActorModel, ClusterModel, RegionModel, TechnologyModel, ValueChainModel, ValueChainStageModel, ProjectModel, FundingProgramModel, MembershipModel, SupplyLinkModel, SpinOffLinkModel, ProjectParticipationModel, ProjectParticipantModel, NearbyActorModel, ClusterStatisticsModel, SearchHitModel, CountGroupModel, NetworkAnalysisModel, CommunityModel, TechnologyCountModel, ClusterMatchModel } from '../resolvers/models';
import type { LostStageModel, CompanyLocalShareModel, LocalSupplyShareModel } from '../resolvers/resilience/resilienceModels';
import type { RequestContext } from '../request/context';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /**
   * A calendar date or a year, as given by the source: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
   * Inputs accept the same forms; a year alone means the whole year.
   */
  Date: { input: string; output: string; }
};

/**
 * An organisation that takes part in clusters: a company, a research institute or a support organisation.
 * The kind decides the interaction model of its links (science–industry, industry–industry, science–science).
 */
export type Actor = {
  /** Other names it is known by (abbreviations, former names). */
  aliases: Array<Scalars['String']['output']>;
  /** A short description. */
  description: Maybe<Scalars['String']['output']>;
  /** The year (or date) it was founded, when known. */
  founded: Maybe<Scalars['Date']['output']>;
  /** The actor's stable id. */
  id: Scalars['ID']['output'];
  /** True when this actor is sample data rather than a public fact. */
  illustrative: Scalars['Boolean']['output'];
  /** Which kind of actor this is. */
  kind: ActorKind;
  /** Where it is, city-level precision. */
  location: Maybe<GeoPoint>;
  /** The clusters this actor is (or was) a member of, with role and dates. */
  memberships: Array<Membership>;
  /**
   * The memberships as a paged, filterable list, ordered by cluster name (the plain list `memberships` stays as it
   * is: short by nature, at most 500).
   */
  membershipsConnection: MembershipConnection;
  /** The actor's usual name. */
  name: Scalars['String']['output'];
  /**
   * Direct collaboration partners (COLLABORATES_WITH, read undirected), strongest first (weight, then name).
   * Each edge carries the topic, dates, the interaction model and sources.
   */
  partners: PartnerConnection;
  /** The joint projects this actor takes part in, with its role. */
  projects: Array<ProjectParticipation>;
  /** The region (usually a city) it is located in. */
  region: Maybe<Region>;
  /** Citations for this actor, or `illustrative` / `fictional`. */
  sources: Array<Scalars['String']['output']>;
  /** The actors spun off from this one. */
  spinOffs: Array<SpinOffLink>;
  /** The actors this one was spun off from (a spin-off's origin: an institute, university or company). */
  spunOffFrom: Array<SpinOffLink>;
  /** The technologies this actor specialises in. */
  technologies: Array<Technology>;
  /** The value-chain stages this actor is active in. */
  valueChainStages: Array<ValueChainStage>;
  /** Its website, when known. */
  website: Maybe<Scalars['String']['output']>;
};


/**
 * An organisation that takes part in clusters: a company, a research institute or a support organisation.
 * The kind decides the interaction model of its links (science–industry, industry–industry, science–science).
 */
export type ActorMembershipsArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  evidence?: InputMaybe<Evidence>;
};


/**
 * An organisation that takes part in clusters: a company, a research institute or a support organisation.
 * The kind decides the interaction model of its links (science–industry, industry–industry, science–science).
 */
export type ActorMembershipsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['Date']['input']>;
  evidence?: InputMaybe<Evidence>;
  first?: InputMaybe<Scalars['Int']['input']>;
  roles?: InputMaybe<Array<MembershipRole>>;
};


/**
 * An organisation that takes part in clusters: a company, a research institute or a support organisation.
 * The kind decides the interaction model of its links (science–industry, industry–industry, science–science).
 */
export type ActorPartnersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['Date']['input']>;
  evidence?: InputMaybe<Evidence>;
  first?: InputMaybe<Scalars['Int']['input']>;
  kinds?: InputMaybe<Array<ActorKind>>;
};


/**
 * An organisation that takes part in clusters: a company, a research institute or a support organisation.
 * The kind decides the interaction model of its links (science–industry, industry–industry, science–science).
 */
export type ActorProjectsArgs = {
  evidence?: InputMaybe<Evidence>;
};


/**
 * An organisation that takes part in clusters: a company, a research institute or a support organisation.
 * The kind decides the interaction model of its links (science–industry, industry–industry, science–science).
 */
export type ActorSpinOffsArgs = {
  evidence?: InputMaybe<Evidence>;
};


/**
 * An organisation that takes part in clusters: a company, a research institute or a support organisation.
 * The kind decides the interaction model of its links (science–industry, industry–industry, science–science).
 */
export type ActorSpunOffFromArgs = {
  evidence?: InputMaybe<Evidence>;
};

/** An analysed actor and its centralities (all on the unweighted graph). */
export type ActorCentrality = {
  __typename?: 'ActorCentrality';
  /** The actor. */
  actor: Actor;
  /** Betweenness normalised by the (n-1)(n-2)/2 pairs of other actors, as networkx's betweenness_centrality. */
  betweenness: Scalars['Float']['output'];
  /** True when it is linked to at least one research institute and at least one company. */
  bridgesScienceIndustry: Scalars['Boolean']['output'];
  /** Closeness, Wasserman–Faust variant (scaled by the share of actors it reaches), as networkx's closeness_centrality. */
  closeness: Scalars['Float']['output'];
  /** The number of its community (see CommunityAnalysis). */
  community: Scalars['Int']['output'];
  /** Partners it is linked to (edges of the simple graph). */
  degree: Scalars['Int']['output'];
  /** Links counted one by one (the sum of its edge weights). */
  links: Scalars['Int']['output'];
  /** PageRank with damping 0.85. */
  pageRank: Scalars['Float']['output'];
  /**
   * Share of the shortest paths between connected (research institute, company) pairs that run through the actor,
   * averaged over those pairs (pairs it is an end of left out); null when there are none.
   */
  scienceIndustryPathShare: Maybe<Scalars['Float']['output']>;
};

/** A page of analysed actors. */
export type ActorCentralityConnection = {
  __typename?: 'ActorCentralityConnection';
  /** The actors on this page. */
  edges: Array<ActorCentralityEdge>;
  /** Where this page sits in the whole list. */
  pageInfo: PageInfo;
  /** How many actors were analysed. */
  totalCount: Scalars['Int']['output'];
};

/** An analysed actor in a page. */
export type ActorCentralityEdge = {
  __typename?: 'ActorCentralityEdge';
  /** The cursor of this actor, for `after`. */
  cursor: Scalars['String']['output'];
  /** The actor and its centralities. */
  node: ActorCentrality;
};

/** How the actors of a network analysis can be ordered. */
export type ActorCentralityOrder =
  /** Normalised betweenness, highest first. */
  | 'BETWEENNESS'
  /** Closeness, highest first. */
  | 'CLOSENESS'
  /** Degree (linked partners), highest first. */
  | 'DEGREE'
  /** Name, A to Z. */
  | 'NAME'
  /** PageRank, highest first. */
  | 'PAGE_RANK'
  /** Share of science–industry shortest paths through the actor, highest first (actors without a share last). */
  | 'SCIENCE_INDUSTRY_PATH_SHARE';

/** A page of actors. */
export type ActorConnection = {
  __typename?: 'ActorConnection';
  /** The actors on this page. */
  edges: Array<ActorEdge>;
  /** Where this page sits in the whole list. */
  pageInfo: PageInfo;
  /** How many actors match the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** An actor in a list. */
export type ActorEdge = {
  __typename?: 'ActorEdge';
  /** The cursor of this edge, for `after`. */
  cursor: Scalars['String']['output'];
  /** The actor. */
  node: Actor;
};

/**
 * Filters for lists of actors; all given filters must hold (AND). An id (region, cluster, technology, stage) that
 * names no entity is a NOT_FOUND error naming the argument and the id, not an empty answer.
 */
export type ActorFilter = {
  /**
   * Only members of this cluster: current or past ones, or at the `asOf` date where the field takes one; with
   * `evidence: CITED` only through a cited membership.
   */
  cluster?: InputMaybe<Scalars['ID']['input']>;
  /** Only actors founded in or after this year. */
  foundedFrom?: InputMaybe<Scalars['Int']['input']>;
  /** Only actors founded in or before this year. */
  foundedTo?: InputMaybe<Scalars['Int']['input']>;
  /**
   * true: only sample actors (illustrative or fictional); false: only actors backed by a public source. This looks
   * at the actor alone; `evidence: CITED` on the field implies `illustrative: false` and also keeps the links the
   * other filters follow (cluster memberships, specialisations, stages) to cited ones.
   */
  illustrative?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only actors of these kinds. */
  kinds?: InputMaybe<Array<ActorKind>>;
  /** Only actors whose name or an alias contains this text (case-insensitive). */
  nameContains?: InputMaybe<Scalars['String']['input']>;
  /** Only actors located in this region or any of its sub-regions (e.g. a state includes its cities). */
  region?: InputMaybe<Scalars['ID']['input']>;
  /** Only companies of these size classes. */
  sizes?: InputMaybe<Array<CompanySize>>;
  /** Only actors with a source that contains this text (e.g. `wikipedia`). */
  sourceContains?: InputMaybe<Scalars['String']['input']>;
  /** Only actors active in this value-chain stage. */
  stage?: InputMaybe<Scalars['ID']['input']>;
  /**
   * Only actors that specialise in this technology or a narrower one (the same rule as the TECHNOLOGY groups of
   * `actorCounts`, so a group's count equals the `totalCount` of this filter).
   */
  technology?: InputMaybe<Scalars['ID']['input']>;
};

/** What to group actor counts by. */
export type ActorGroupBy =
  /** By the city the actor is located in. */
  | 'CITY'
  /** By cluster membership (an actor in two clusters counts in both groups). */
  | 'CLUSTER'
  /** By actor kind. */
  | 'KIND'
  /** By company size class (actors without one group under `UNKNOWN`). */
  | 'SIZE'
  /** By the state (Land) the actor is located in. */
  | 'STATE'
  /**
   * By technology: an actor counts under each technology it specialises in and under every broader one (the
   * rule of `ActorFilter.technology`, so a group's count equals `actors(filter: {technology: key}).totalCount`).
   * An actor with two technologies counts in both.
   */
  | 'TECHNOLOGY';

/** The three kinds of actors in a cluster. */
export type ActorKind =
  /** A company (industry). */
  | 'COMPANY'
  /** A support organisation: cluster management, association, chamber, agency, investor, public body. */
  | 'ORGANIZATION'
  /** A university, university of applied sciences or research institute (science). */
  | 'RESEARCH_INSTITUTE';

/** How to order a list of actors. */
export type ActorOrder = {
  /** The direction (default ASC). */
  direction?: InputMaybe<OrderDirection>;
  /** The field to order by. */
  field: ActorOrderField;
};

/** What to order actors by; ties are broken by id, so the order is total and stable. */
export type ActorOrderField =
  /**
   * By degree: the number of collaboration partners (COLLABORATES_WITH); with `evidence: CITED` only cited
   * collaborations with cited partners count.
   */
  | 'DEGREE'
  /** By number of employees (unknown counts sort as smallest). */
  | 'EMPLOYEES'
  /** By founding year (unknown years sort as earliest). */
  | 'FOUNDED'
  /** By name. */
  | 'NAME';

/** An edge of an analysed graph: a pair of actors linked at least once. */
export type AnalysisEdge = {
  __typename?: 'AnalysisEdge';
  /** The kinds of those links. */
  linkKinds: Array<NetworkLinkKind>;
  /** The end with the smaller id. */
  source: Scalars['ID']['output'];
  /** The end with the larger id. */
  target: Scalars['ID']['output'];
  /** How many links join the pair. */
  weight: Scalars['Int']['output'];
};

/** An actor of an analysed graph, with the values a drawing sizes and colours by. */
export type AnalysisNode = {
  __typename?: 'AnalysisNode';
  /** Its normalised betweenness. */
  betweenness: Scalars['Float']['output'];
  /** Its closeness. */
  closeness: Scalars['Float']['output'];
  /** Its community's number. */
  community: Scalars['Int']['output'];
  /** Its degree. */
  degree: Scalars['Int']['output'];
  /** The actor's id. */
  id: Scalars['ID']['output'];
  /** The actor's kind. */
  kind: ActorKind;
  /** The actor's name. */
  name: Scalars['String']['output'];
  /** Its PageRank. */
  pageRank: Scalars['Float']['output'];
};

/** The simple graph an analysis ran on. */
export type AnalysisSubgraph = {
  __typename?: 'AnalysisSubgraph';
  /** The linked pairs, by source then target. */
  edges: Array<AnalysisEdge>;
  /** The actors, by id. */
  nodes: Array<AnalysisNode>;
};

/** A broker: an actor on many shortest paths. */
export type Broker = {
  __typename?: 'Broker';
  /** The actor. */
  actor: Actor;
  /** Normalised betweenness. */
  betweenness: Scalars['Float']['output'];
  /** True when it is linked to at least one research institute and at least one company. */
  bridgesScienceIndustry: Scalars['Boolean']['output'];
  /** Share of science–industry shortest paths through it (see ActorCentrality.scienceIndustryPathShare). */
  scienceIndustryPathShare: Maybe<Scalars['Float']['output']>;
};

/**
 * A cluster or network: a place where a value chain can be found, with companies, research institutes and
 * support organisations joined by shared objectives.
 */
export type Cluster = Node & Sourced & {
  __typename?: 'Cluster';
  /** Other names it is known by. */
  aliases: Array<Scalars['String']['output']>;
  /** Clusters this one cooperates with: bridges between clusters. */
  cooperatesWith: Array<Cluster>;
  /** What the cluster is about. */
  description: Maybe<Scalars['String']['output']>;
  /** The year (or date) it was founded, when known. */
  founded: Maybe<Scalars['Date']['output']>;
  /** The funding programmes that fund (or funded) the cluster. */
  fundingPrograms: Array<FundingProgram>;
  /** The cluster's stable id. */
  id: Scalars['ID']['output'];
  /** True when this cluster's data is sample data. */
  illustrative: Scalars['Boolean']['output'];
  /** Where its management sits, city-level precision. */
  location: Maybe<GeoPoint>;
  /** The cluster's members, ordered by name then id; `kinds` keeps only actors of those kinds. */
  members: ClusterMemberConnection;
  /** The cluster's usual name. */
  name: Scalars['String']['output'];
  /** The region its management sits in. */
  region: Maybe<Region>;
  /** Citations, or `illustrative`. */
  sources: Array<Scalars['String']['output']>;
  /** Counts and shares that describe the cluster's make-up and cohesion. */
  statistics: ClusterStatistics;
  /** The technologies the cluster specialises in. */
  technologies: Array<Technology>;
  /** Its website, when known. */
  website: Maybe<Scalars['String']['output']>;
};


/**
 * A cluster or network: a place where a value chain can be found, with companies, research institutes and
 * support organisations joined by shared objectives.
 */
export type ClusterMembersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['Date']['input']>;
  evidence?: InputMaybe<Evidence>;
  first?: InputMaybe<Scalars['Int']['input']>;
  kinds?: InputMaybe<Array<ActorKind>>;
};


/**
 * A cluster or network: a place where a value chain can be found, with companies, research institutes and
 * support organisations joined by shared objectives.
 */
export type ClusterStatisticsArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  evidence?: InputMaybe<Evidence>;
};

/** A page of clusters, ordered by name then id. */
export type ClusterConnection = {
  __typename?: 'ClusterConnection';
  /** The clusters on this page. */
  edges: Array<ClusterEdge>;
  /** Where this page sits in the whole list. */
  pageInfo: PageInfo;
  /** How many clusters match the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A cluster in a list. */
export type ClusterEdge = {
  __typename?: 'ClusterEdge';
  /** The cursor of this edge, for `after`. */
  cursor: Scalars['String']['output'];
  /** The cluster. */
  node: Cluster;
};

/** Filters for lists of clusters. */
export type ClusterFilter = {
  /** Only clusters whose name or an alias contains this text (case-insensitive). */
  nameContains?: InputMaybe<Scalars['String']['input']>;
  /** Only clusters located in this region or its sub-regions. */
  region?: InputMaybe<Scalars['ID']['input']>;
  /** Only clusters that specialise in this technology or a narrower one. */
  technology?: InputMaybe<Scalars['ID']['input']>;
};

/**
 * A cluster to create or update. An upsert writes the whole record: a field left out (or null) is cleared on an
 * existing cluster. Memberships and other relationships are not touched.
 */
export type ClusterInput = {
  /** Other names it is known by. */
  aliases?: InputMaybe<Array<Scalars['String']['input']>>;
  /** What the cluster is about. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** The year (or date) it was founded. */
  founded?: InputMaybe<Scalars['Date']['input']>;
  /** The cluster's id: a lowercase slug (letters, digits, parts joined by `-` or `.`), at most 100 characters. */
  id: Scalars['ID']['input'];
  /** Where its management sits, city-level precision. */
  location?: InputMaybe<GeoPointInput>;
  /** The cluster's usual name. */
  name: Scalars['String']['input'];
  /** Citations (at least one), or `illustrative`. An item may not contain ` | `. */
  sources: Array<Scalars['String']['input']>;
  /** Its website. */
  website?: InputMaybe<Scalars['String']['input']>;
};

/** How well an official cluster matches a community. */
export type ClusterMatch = {
  __typename?: 'ClusterMatch';
  /** The cluster. */
  cluster: Cluster;
  /** Jaccard overlap: shared actors / actors in either (cluster members counted among the analysed actors only). */
  jaccard: Scalars['Float']['output'];
  /** Actors in both. */
  shared: Scalars['Int']['output'];
};

/** A page of a cluster's members. */
export type ClusterMemberConnection = {
  __typename?: 'ClusterMemberConnection';
  /** The members on this page, each with its membership. */
  edges: Array<ClusterMemberEdge>;
  /** Where this page sits in the whole list. */
  pageInfo: PageInfo;
  /** How many members match, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** An actor's membership in a cluster. */
export type ClusterMemberEdge = {
  __typename?: 'ClusterMemberEdge';
  /** The cursor of this edge, for `after`. */
  cursor: Scalars['String']['output'];
  /** True when this link is sample data (its sources hold `illustrative`), not a public fact. */
  illustrative: Scalars['Boolean']['output'];
  /** The member. */
  node: Actor;
  /** The member's role. */
  role: Maybe<MembershipRole>;
  /** When the membership began, when known. */
  since: Maybe<Scalars['Date']['output']>;
  /** Citations for the membership, or `illustrative`. */
  sources: Array<Scalars['String']['output']>;
  /** When the membership ended; null while it lasts. */
  until: Maybe<Scalars['Date']['output']>;
};

/** Statistics of a cluster, for comparing clusters. */
export type ClusterStatistics = {
  __typename?: 'ClusterStatistics';
  /** Internal collaborations divided by the possible pairs n(n-1)/2 of members; 0 with fewer than two members. */
  collaborationDensity: Scalars['Float']['output'];
  /** Internal collaborations by interaction model. */
  collaborationsByModel: Array<CountGroup>;
  /** Collaborations among members (COLLABORATES_WITH with both ends members; with `asOf`, valid at that date). */
  internalCollaborations: Scalars['Int']['output'];
  /** Current and past members; with `asOf`, the members at that date. */
  memberCount: Scalars['Int']['output'];
  /** Members by kind. */
  membersByKind: Array<CountGroup>;
  /** Share of internal collaborations that are science–industry; null without any. */
  scienceIndustryShare: Maybe<Scalars['Float']['output']>;
  /** Share of member companies that are SMEs (MICRO, SMALL or MEDIUM) among member companies with a known size; null without any. */
  smeShare: Maybe<Scalars['Float']['output']>;
};

/** One year of a cluster, as on 31 December of that year. */
export type ClusterYear = {
  __typename?: 'ClusterYear';
  /** Collaborations (COLLABORATES_WITH) among those members valid on 31 December. */
  collaborations: Scalars['Int']['output'];
  /** collaborations / (members(members-1)/2); 0 below two members. */
  density: Scalars['Float']['output'];
  /** Members with a membership valid on 31 December. */
  members: Scalars['Int']['output'];
  /** Of those collaborations, the ones that began in the year. */
  newCollaborations: Scalars['Int']['output'];
  /** Of them, those whose membership began in the year. */
  newMembers: Scalars['Int']['output'];
  /** Share of those collaborations that are science–industry; null without any. */
  scienceIndustryShare: Maybe<Scalars['Float']['output']>;
  /** The year. */
  year: Scalars['Int']['output'];
};

/** A collaboration between two actors (COLLABORATES_WITH: one per pair, read undirected). */
export type Collaboration = {
  __typename?: 'Collaboration';
  /** One end: the actor given as `a`. */
  a: Actor;
  /** The other end: the actor given as `b`. */
  b: Actor;
  /** True when `sources` holds `illustrative`: a plausible link that is not a public fact. */
  illustrative: Scalars['Boolean']['output'];
  /** Science–industry, industry–industry, science–science or with a support organisation. */
  interactionModel: InteractionModel;
  /** When the collaboration began, when known. */
  since: Maybe<Scalars['Date']['output']>;
  /** Citations for the collaboration, or `illustrative`. */
  sources: Array<Scalars['String']['output']>;
  /** What they collaborate on, when known. */
  topic: Maybe<Scalars['String']['output']>;
  /** When it ended; null while it lasts. */
  until: Maybe<Scalars['Date']['output']>;
  /** Strength of the collaboration, 1 (loose) to 10 (strategic), when known. */
  weight: Maybe<Scalars['Int']['output']>;
};

/** What `addCollaboration` or `endCollaboration` did. */
export type CollaborationPayload = {
  __typename?: 'CollaborationPayload';
  /** The collaboration as stored after the write; null when the write was refused. */
  collaboration: Maybe<Collaboration>;
  /** Why the write was refused; empty when it succeeded. */
  errors: Array<MutationError>;
};

/** One community. */
export type Community = {
  __typename?: 'Community';
  /** The official cluster whose analysed members overlap the community most (Jaccard), if any shares a member. */
  bestMatchingCluster: Maybe<ClusterMatch>;
  /** The technologies most members specialise in (at most 5), most first. */
  dominantTechnologies: Array<TechnologyCount>;
  /** Its number: 0 for the largest. */
  index: Scalars['Int']['output'];
  /** Members by kind (key: ActorKind), largest first. */
  kinds: Array<CountGroup>;
  /** The members, by id. */
  members: Array<Actor>;
  /** How many actors. */
  size: Scalars['Int']['output'];
};

/**
 * Louvain communities (graphology-communities-louvain) of the analysed graph. Seeded: the same seed on the same
 * graph gives the same communities. Compared with the official clusters the actors are members of at `asOf`; the
 * scope cluster itself is left out of that comparison (every actor of a cluster scope is in it).
 */
export type CommunityAnalysis = {
  __typename?: 'CommunityAnalysis';
  /** The communities, largest first (ties by the smallest member id); `index` is their number. */
  items: Array<Community>;
  /** Modularity of the communities (with the weights when weighted). */
  modularity: Scalars['Float']['output'];
  /**
   * Normalised mutual information (arithmetic mean) between the communities and the official memberships, where an
   * actor's official label is the set of clusters it is a member of ("none" when none); 1 = the same partition.
   * Null below two actors.
   */
  nmiWithClusters: Maybe<Scalars['Float']['output']>;
  /** Louvain resolution (1 = classic modularity). */
  resolution: Scalars['Float']['output'];
  /** The seed of the run. */
  seed: Scalars['Int']['output'];
  /** Whether edges were weighted by the number of links they stand for. */
  weighted: Scalars['Boolean']['output'];
};

/** A company: the industry side of a cluster. */
export type Company = Actor & Node & Sourced & {
  __typename?: 'Company';
  /** Other names it is known by. */
  aliases: Array<Scalars['String']['output']>;
  /** Direct customers of this company (it SUPPLIES them), with product and stage. */
  customers: Array<SupplyLink>;
  /**
   * Direct customers of this company as a paged, filterable list, ordered by the customer's name (the plain list `customers` stays as
   * it is, at most 500).
   */
  customersConnection: SupplyLinkConnection;
  /** A short description. */
  description: Maybe<Scalars['String']['output']>;
  /** Approximate number of employees at this site or in the company, when known. */
  employees: Maybe<Scalars['Int']['output']>;
  /** True for an invented sample company (its sources hold `fictional`). */
  fictional: Scalars['Boolean']['output'];
  /** The year (or date) it was founded, when known. */
  founded: Maybe<Scalars['Date']['output']>;
  /** The company's stable id. */
  id: Scalars['ID']['output'];
  /** True when this company or its data is sample data. */
  illustrative: Scalars['Boolean']['output'];
  /** Always COMPANY. */
  kind: ActorKind;
  /** Where it is, city-level precision. */
  location: Maybe<GeoPoint>;
  /** The clusters this actor is (or was) a member of, with role and dates. */
  memberships: Array<Membership>;
  /**
   * The memberships as a paged, filterable list, ordered by cluster name (the plain list `memberships` stays as it
   * is: short by nature, at most 500).
   */
  membershipsConnection: MembershipConnection;
  /** The company's usual name. */
  name: Scalars['String']['output'];
  /** The parent company, when this company is a subsidiary. */
  parent: Maybe<Company>;
  /**
   * Direct collaboration partners (COLLABORATES_WITH, read undirected), strongest first (weight, then name).
   * Each edge carries the topic, dates, the interaction model and sources.
   */
  partners: PartnerConnection;
  /** The joint projects this actor takes part in, with its role. */
  projects: Array<ProjectParticipation>;
  /** The region (usually a city) it is located in. */
  region: Maybe<Region>;
  /** EU SME size class, when known. */
  size: Maybe<CompanySize>;
  /** Citations, or `illustrative` / `fictional`. */
  sources: Array<Scalars['String']['output']>;
  /** The actors spun off from this one. */
  spinOffs: Array<SpinOffLink>;
  /** The actors this one was spun off from (a spin-off's origin: an institute, university or company). */
  spunOffFrom: Array<SpinOffLink>;
  /** The subsidiaries of this company. */
  subsidiaries: Array<Company>;
  /** Direct suppliers of this company (SUPPLIES into it), with product and stage. */
  suppliers: Array<SupplyLink>;
  /**
   * Direct suppliers of this company as a paged, filterable list, ordered by the supplier's name (the plain list `suppliers` stays as
   * it is, at most 500).
   */
  suppliersConnection: SupplyLinkConnection;
  /** The technologies this actor specialises in. */
  technologies: Array<Technology>;
  /** The value-chain stages this actor is active in. */
  valueChainStages: Array<ValueChainStage>;
  /** Its website, when known. */
  website: Maybe<Scalars['String']['output']>;
};


/** A company: the industry side of a cluster. */
export type CompanyCustomersArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  evidence?: InputMaybe<Evidence>;
};


/** A company: the industry side of a cluster. */
export type CompanyCustomersConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['Date']['input']>;
  evidence?: InputMaybe<Evidence>;
  first?: InputMaybe<Scalars['Int']['input']>;
  stage?: InputMaybe<Scalars['ID']['input']>;
};


/** A company: the industry side of a cluster. */
export type CompanyMembershipsArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  evidence?: InputMaybe<Evidence>;
};


/** A company: the industry side of a cluster. */
export type CompanyMembershipsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['Date']['input']>;
  evidence?: InputMaybe<Evidence>;
  first?: InputMaybe<Scalars['Int']['input']>;
  roles?: InputMaybe<Array<MembershipRole>>;
};


/** A company: the industry side of a cluster. */
export type CompanyPartnersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['Date']['input']>;
  evidence?: InputMaybe<Evidence>;
  first?: InputMaybe<Scalars['Int']['input']>;
  kinds?: InputMaybe<Array<ActorKind>>;
};


/** A company: the industry side of a cluster. */
export type CompanyProjectsArgs = {
  evidence?: InputMaybe<Evidence>;
};


/** A company: the industry side of a cluster. */
export type CompanySpinOffsArgs = {
  evidence?: InputMaybe<Evidence>;
};


/** A company: the industry side of a cluster. */
export type CompanySpunOffFromArgs = {
  evidence?: InputMaybe<Evidence>;
};


/** A company: the industry side of a cluster. */
export type CompanySuppliersArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  evidence?: InputMaybe<Evidence>;
};


/** A company: the industry side of a cluster. */
export type CompanySuppliersConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['Date']['input']>;
  evidence?: InputMaybe<Evidence>;
  first?: InputMaybe<Scalars['Int']['input']>;
  stage?: InputMaybe<Scalars['ID']['input']>;
};

/** What one scope company loses and keeps. */
export type CompanyDisruption = {
  __typename?: 'CompanyDisruption';
  /** The company. */
  company: Company;
  /** The input stages it keeps, by value chain and order, each with the shortest remaining supply path. */
  keptStages: Array<KeptStage>;
  /** The input stages it loses, by value chain and order. */
  lostStages: Array<LostStage>;
};

/**
 * A company to create or update. An upsert writes the whole record: a field left out (or null) is cleared on an
 * existing company. Relationships are not touched.
 */
export type CompanyInput = {
  /** Other names it is known by. */
  aliases?: InputMaybe<Array<Scalars['String']['input']>>;
  /** A short description. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Approximate number of employees, 0..10,000,000. */
  employees?: InputMaybe<Scalars['Int']['input']>;
  /** The year (or date) it was founded. */
  founded?: InputMaybe<Scalars['Date']['input']>;
  /** The company's id: a lowercase slug (letters, digits, parts joined by `-` or `.`), at most 100 characters. */
  id: Scalars['ID']['input'];
  /** Where it is, city-level precision. */
  location?: InputMaybe<GeoPointInput>;
  /** The company's usual name. */
  name: Scalars['String']['input'];
  /** EU SME size class. */
  size?: InputMaybe<CompanySize>;
  /** Citations (at least one), or `illustrative` / `fictional` for sample data. An item may not contain ` | `. */
  sources: Array<Scalars['String']['input']>;
  /** Its website. */
  website?: InputMaybe<Scalars['String']['input']>;
};

/** How local one company's upstream supply is. */
export type CompanyLocalShare = {
  __typename?: 'CompanyLocalShare';
  /** By tier 1..tiers (every tier listed, zeros included); the tiers add up to `total`. */
  byTier: Array<LocalShareTier>;
  /** The company. */
  company: Company;
  /**
   * Its input stages every relation of which comes from a supplier not at `level` (unknown locations count as
   * outside), by value chain and order.
   */
  stagesOnlyFromOutside: Array<ValueChainStage>;
  /** All its upstream relations. */
  total: LocalShareCounts;
};


/** How local one company's upstream supply is. */
export type CompanyLocalShareStagesOnlyFromOutsideArgs = {
  level?: InputMaybe<LocalityLevel>;
};

/** EU SME size classes (Commission Recommendation 2003/361/EC) by head count. */
export type CompanySize =
  /** 250 employees or more. */
  | 'LARGE'
  /** 50 to 249 employees. */
  | 'MEDIUM'
  /** Fewer than 10 employees. */
  | 'MICRO'
  /** 10 to 49 employees. */
  | 'SMALL';

/** Two value-chain stages side by side: one of the actor's and the candidate's, directly before or after it. */
export type ComplementaryStage = {
  __typename?: 'ComplementaryStage';
  /** The stage the actor is active in. */
  actorStage: ValueChainStage;
  /** The stage the candidate is active in, which feeds or is fed by the actor's stage (FEEDS). */
  candidateStage: ValueChainStage;
  /** True when the candidate's stage comes directly before the actor's (the candidate could supply it). */
  upstream: Scalars['Boolean']['output'];
};

/** One hop of a connection, explained. */
export type ConnectionHop = {
  __typename?: 'ConnectionHop';
  /** The actor the hop starts from. */
  from: Actor;
  /** The link the hop follows (for SUPPLY and SPIN_OFF its stored direction may run from `to` to `from`). */
  link: SubgraphEdge;
  /**
   * The hop in words, e.g. `Fraunhofer IPMS collaborates with Infineon on advanced packaging since 2004`; a sample
   * link ends in ` (sample)`. Of parallel links of the same kind, a cited one carries the hop.
   */
  sentence: Scalars['String']['output'];
  /** The actor the hop leads to. */
  to: Actor;
};

/** One group of a grouped count. */
export type CountGroup = {
  __typename?: 'CountGroup';
  /** How many actors fall in the group. */
  count: Scalars['Int']['output'];
  /** The group's key: an enum value or an entity id; `UNKNOWN` for actors without a value. */
  key: Scalars['String']['output'];
  /** A readable name for the group. */
  label: Scalars['String']['output'];
  /**
   * With `actorCounts(thenBy)`: the group's actors counted again by the second dimension, largest first (a
   * two-way table, e.g. kind × state). Null otherwise.
   */
  subgroups: Maybe<Array<CountGroup>>;
};

/** An actor that could fill a gap in a cluster's value chain. */
export type CoverageCandidate = {
  __typename?: 'CoverageCandidate';
  /** The actor. */
  actor: Actor;
  /** Great-circle distance in km from the reference point; null when either location is unknown. */
  distanceKm: Maybe<Scalars['Float']['output']>;
  /** Fewest hops (COLLABORATES_WITH or SUPPLIES) to a cluster member, up to 3; null when farther. */
  hops: Maybe<Scalars['Int']['output']>;
};

/** A supplier whose loss would cut the company off from one or more stages. */
export type CriticalSupplier = {
  __typename?: 'CriticalSupplier';
  /** The same in words, e.g. `sole direct supplier at stage Wafers and substrates`. */
  explanation: Scalars['String']['output'];
  /** Why it is critical. */
  reason: CriticalSupplierReason;
  /** The stages the company would lose, by value chain and order. */
  stages: Array<ValueChainStage>;
  /** The supplier. */
  supplier: Company;
  /** Its tier: the fewest supply relations from it to the company. */
  tier: Scalars['Int']['output'];
};

/**
 * The suppliers whose loss would cut a company off from a whole input stage. Computed from the company's upstream
 * subgraph: the companies within `tiers` supply relations upstream (at most 1000, nearest first) and every supply
 * relation among them and the company.
 */
export type CriticalSupplierAnalysis = {
  __typename?: 'CriticalSupplierAnalysis';
  /** The company analysed. */
  company: Company;
  /** The critical suppliers, one entry per supplier and reason, by tier, reason, name and id. */
  criticalSuppliers: Array<CriticalSupplier>;
  /** How many upstream companies the analysis considered. */
  suppliersConsidered: Scalars['Int']['output'];
  /** How many tiers upstream were fetched. */
  tiers: Scalars['Int']['output'];
  /** True when the upstream subgraph was cut at 1000 companies; the result then holds for the part fetched. */
  truncated: Scalars['Boolean']['output'];
};

/** Why a supplier is critical for a company. */
export type CriticalSupplierReason =
  /**
   * Single-source input: the company's direct supply relations at some stage all come from this one supplier
   * (relations without a stage are not grouped).
   */
  | 'SINGLE_SOURCE_INPUT'
  /**
   * Upstream cut vertex: every supply path, inside the fetched upstream subgraph, from any supplier at some stage
   * to the company passes through this supplier; removing it cuts the company off from that whole stage. A
   * supplier at stage X is the supplying end of any relation with stage X in the subgraph; the only supplier at a
   * stage is a cut vertex for it.
   */
  | 'UPSTREAM_CUT_VERTEX';

/** What `deleteActor` or `deleteCluster` did. */
export type DeletePayload = {
  __typename?: 'DeletePayload';
  /** The id of the deleted entity; null when nothing was deleted. */
  deletedId: Maybe<Scalars['ID']['output']>;
  /** Why nothing was deleted; empty when the entity was deleted. */
  errors: Array<MutationError>;
  /**
   * How many relationships were deleted with it (memberships, collaborations, supply links, location, …); null
   * when nothing was deleted.
   */
  removedRelationships: Maybe<Scalars['Int']['output']>;
};

/** Totals of a disruption over the scope. */
export type DisruptionSummary = {
  __typename?: 'DisruptionSummary';
  /** The lost (company, stage) pairs by the tier they were sourced from before (the nearest supplier at the stage). */
  byTier: Array<DisruptionTierCount>;
  /** How many of them lose at least one input stage. */
  companiesAffected: Scalars['Int']['output'];
  /** How many scope companies were analysed (the failed ones left out). */
  companiesAnalysed: Scalars['Int']['output'];
  /** The distinct stages lost by any company, by value chain and order. */
  distinctStagesLost: Array<ValueChainStage>;
  /** How many (company, stage) pairs are kept. */
  stagesKept: Scalars['Int']['output'];
  /** How many (company, stage) pairs are lost. */
  stagesLost: Scalars['Int']['output'];
};

/** Lost stages by the tier they were sourced from. */
export type DisruptionTierCount = {
  __typename?: 'DisruptionTierCount';
  /** How many companies lose a stage sourced at this tier. */
  companiesAffected: Scalars['Int']['output'];
  /** How many (company, stage) pairs lost at this tier. */
  stagesLost: Scalars['Int']['output'];
  /** The tier: 1 for stages bought directly, 2 for stages whose nearest supplier is a supplier's supplier, and so on. */
  tier: Scalars['Int']['output'];
};

/**
 * Which links and actors an answer may use. The seed graph holds cited facts and, marked as such, sample rows
 * (`illustrative` links, `fictional` companies) that make demos richer; a generated scale graph is all sample data.
 */
export type Evidence =
  /** Cited and sample data alike (the default): sample links and actors are marked `illustrative`. */
  | 'ALL'
  /** Only links and actors backed by a citation: no sample link or sample actor is used anywhere in the answer (paths never run through one). */
  | 'CITED';

/** A funding programme (e.g. BioRegio, the Leading-Edge Cluster Competition, go-cluster, ZIM). */
export type FundingProgram = Node & {
  __typename?: 'FundingProgram';
  /** When it ended, when known. */
  end: Maybe<Scalars['Date']['output']>;
  /** Who funds it (e.g. BMBF, BMWK, the EU). */
  funder: Maybe<Scalars['String']['output']>;
  /** The programme's stable id. */
  id: Scalars['ID']['output'];
  /** The programme's name. */
  name: Scalars['String']['output'];
  /** The joint projects this programme funds (or funded), ordered by title (at most 500). */
  projects: Array<Project>;
  /** When it started, when known. */
  start: Maybe<Scalars['Date']['output']>;
};

/** A point on the earth, WGS84. */
export type GeoPoint = {
  __typename?: 'GeoPoint';
  /** Latitude in decimal degrees, -90..90. */
  latitude: Scalars['Float']['output'];
  /** Longitude in decimal degrees, -180..180. */
  longitude: Scalars['Float']['output'];
};

/** A point on the earth, WGS84, as input. */
export type GeoPointInput = {
  /** Latitude in decimal degrees, -90..90. */
  latitude: Scalars['Float']['input'];
  /** Longitude in decimal degrees, -180..180. */
  longitude: Scalars['Float']['input'];
};

/** Actor counts grouped by one dimension. */
export type GroupedCount = {
  __typename?: 'GroupedCount';
  /**
   * The groups, largest first. For KIND, STATE, CITY and SIZE every actor falls in exactly one group
   * (UNKNOWN included), so the counts sum to `total`; CLUSTER and TECHNOLOGY can count an actor several times.
   */
  groups: Array<CountGroup>;
  /** How many actors match the filter (each counted once). */
  total: Scalars['Int']['output'];
};

/**
 * How two collaborating actors relate, derived from their kinds: the interaction models of cluster policy.
 * Science = research institutes and universities; industry = companies; support = organisations.
 */
export type InteractionModel =
  /** Two companies. */
  | 'INDUSTRY_INDUSTRY'
  /** A company and a support organisation. */
  | 'INDUSTRY_SUPPORT'
  /** A research institute and a company: knowledge and technology transfer. */
  | 'SCIENCE_INDUSTRY'
  /** Two research institutes or universities. */
  | 'SCIENCE_SCIENCE'
  /** A research institute and a support organisation. */
  | 'SCIENCE_SUPPORT'
  /** Two support organisations. */
  | 'SUPPORT_SUPPORT';

/** A count of collaborations with one interaction model. */
export type InteractionModelCount = {
  __typename?: 'InteractionModelCount';
  /** How many collaborations in scope have it. */
  count: Scalars['Int']['output'];
  /** The interaction model. */
  model: InteractionModel;
};

/** An input stage a company keeps. */
export type KeptStage = {
  __typename?: 'KeptStage';
  /** The number of supply relations on the path. */
  length: Scalars['Int']['output'];
  /**
   * The shortest remaining supply path, from a supplier at the stage to the company (the company alone when it
   * supplies the stage itself). Among nearest suppliers the smallest id is taken, and each company on the path is
   * reached from the smallest id one relation nearer the company.
   */
  path: Array<Company>;
  /** The stage. */
  stage: ValueChainStage;
};

/** A count of links of one kind. */
export type LinkKindCount = {
  __typename?: 'LinkKindCount';
  /** How many links of that kind. */
  count: Scalars['Int']['output'];
  /** The link kind. */
  linkKind: NetworkLinkKind;
};

/**
 * Upstream supply relations counted by where the supplier sits relative to the company that depends on them.
 * A company's upstream relations are the relations of its upstream subgraph (see SupplyDisruption) whose supplier is
 * not the company; for a scope they are summed over its companies (a relation upstream of two scope companies counts
 * twice). Same region ⊆ same state ⊆ same country.
 */
export type LocalShareCounts = {
  __typename?: 'LocalShareCounts';
  /** Upstream supply relations counted. */
  relations: Scalars['Int']['output'];
  /** Relations whose supplier is in the same country. */
  sameCountry: Scalars['Int']['output'];
  /** sameCountry / relations; null when there are none. */
  sameCountryShare: Maybe<Scalars['Float']['output']>;
  /** Relations whose supplier is in the same region as the company. */
  sameRegion: Scalars['Int']['output'];
  /** sameRegion / relations; null when there are none. */
  sameRegionShare: Maybe<Scalars['Float']['output']>;
  /** Relations whose supplier is in the same state. */
  sameState: Scalars['Int']['output'];
  /** sameState / relations; null when there are none. */
  sameStateShare: Maybe<Scalars['Float']['output']>;
  /** Relations where the supplier's or the company's location is unknown (counted as not local). */
  unknownLocation: Scalars['Int']['output'];
};

/** Local share in one tier: relations whose supplier is that many relations upstream of the company. */
export type LocalShareTier = {
  __typename?: 'LocalShareTier';
  /** The counts in this tier. */
  counts: LocalShareCounts;
  /** The tier: the fewest relations from the supplier to the company. */
  tier: Scalars['Int']['output'];
};

/** How local a scope's upstream supply is: per company, and summed over the scope. */
export type LocalSupplyShare = {
  __typename?: 'LocalSupplyShare';
  /** The sums by tier 1..tiers; they add up to `total`. */
  byTier: Array<LocalShareTier>;
  /** Each scope company with upstream relations, by name then id. */
  companies: Array<CompanyLocalShare>;
  /**
   * Stages that some scope company sources, and that no scope company sources from a supplier at `level`: for each,
   * the companies sourcing it only from outside. By value chain and order.
   */
  stagesOnlyFromOutside: Array<OutsideSourcedStage>;
  /** The sums over the scope's companies. */
  total: LocalShareCounts;
};


/** How local a scope's upstream supply is: per company, and summed over the scope. */
export type LocalSupplyShareStagesOnlyFromOutsideArgs = {
  level?: InputMaybe<LocalityLevel>;
};

/**
 * Where a supplier sits relative to a company: the same region (the region the company is LOCATED_IN, usually a
 * city), the same state (Land), or the same country.
 */
export type LocalityLevel =
  /** The same country: their regions lie in the same COUNTRY-level region. */
  | 'COUNTRY'
  /** The same region: both companies are located in the same region. */
  | 'REGION'
  /** The same state: their regions lie in the same STATE-level region. */
  | 'STATE';

/** An input stage a company loses. */
export type LostStage = {
  __typename?: 'LostStage';
  /**
   * Companies that could step in, best first: see SupplyAlternative. The failed suppliers and the company itself
   * are left out. Bounds: first 0..20.
   */
  alternatives: Array<SupplyAlternative>;
  /** The suppliers at the stage before the failure, by name then id. */
  formerSuppliers: Array<Company>;
  /** The stage. */
  stage: ValueChainStage;
  /** The tier it was sourced from before: the fewest relations from a supplier at the stage to the company. */
  tier: Scalars['Int']['output'];
};


/** An input stage a company loses. */
export type LostStageAlternativesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** An actor's membership in a cluster. */
export type Membership = {
  __typename?: 'Membership';
  /** The cluster. */
  cluster: Cluster;
  /** True when this link is sample data (its sources hold `illustrative`), not a public fact. */
  illustrative: Scalars['Boolean']['output'];
  /** The member's role. */
  role: Maybe<MembershipRole>;
  /** When the membership began, when known. */
  since: Maybe<Scalars['Date']['output']>;
  /** Citations for the membership, or `illustrative`. */
  sources: Array<Scalars['String']['output']>;
  /** When it ended; null while it lasts. */
  until: Maybe<Scalars['Date']['output']>;
};

/** A page of an actor's cluster memberships, ordered by cluster name and id. */
export type MembershipConnection = {
  __typename?: 'MembershipConnection';
  /** The memberships on this page. */
  edges: Array<MembershipEdge>;
  /** Where this page sits in the whole list. */
  pageInfo: PageInfo;
  /** How many memberships match, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A membership in a page. */
export type MembershipEdge = {
  __typename?: 'MembershipEdge';
  /** The cursor of this edge, for `after`. */
  cursor: Scalars['String']['output'];
  /** The membership. */
  node: Membership;
};

/** What `addMembership` or `endMembership` did. */
export type MembershipPayload = {
  __typename?: 'MembershipPayload';
  /** The member; null when the write was refused. */
  actor: Maybe<Actor>;
  /** Why the write was refused; empty when it succeeded. */
  errors: Array<MutationError>;
  /** The membership as stored after the write; null when the write was refused. */
  membership: Maybe<Membership>;
};

/** A member's role in a cluster. */
export type MembershipRole =
  /** Sits on the cluster's board. */
  | 'BOARD'
  /** A member since the cluster's foundation. */
  | 'FOUNDING_MEMBER'
  /** Runs the cluster (cluster management). */
  | 'MANAGEMENT'
  /** An ordinary member. */
  | 'MEMBER';

/**
 * Writes. Each needs an API key (`Authorization: Bearer <key>`) with the role `editor` or `admin`; deletes need
 * `admin`. Without a key the request fails with UNAUTHENTICATED, with too small a role with FORBIDDEN, before
 * anything runs. Each mutation is one write transaction: it commits whole or not at all, and a refused write
 * (`errors` not empty) changes nothing. Inputs are checked with the same rules as the CSV importer.
 */
export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Records a collaboration between two actors, or updates the current one of the pair (either order names the same
   * pair). The interaction model follows from the two kinds. Refused with CONFLICT when it has already ended.
   */
  addCollaboration: CollaborationPayload;
  /**
   * Makes an actor a member of a cluster, or updates the current membership (role, since, sources). Refused with
   * CONFLICT when the membership has already ended.
   */
  addMembership: MembershipPayload;
  /**
   * Records that one company supplies another, or updates the current supply link of the pair. Refused with
   * CONFLICT when it has already ended.
   */
  addSupplyLink: SupplyLinkPayload;
  /**
   * Deletes an actor and every relationship it has (memberships, collaborations, supply links, spin-off and
   * project links, its location), history included. Needs the `admin` role. To keep a link as history, end it
   * instead.
   */
  deleteActor: DeletePayload;
  /**
   * Deletes a cluster and every relationship it has (all memberships, ended ones included, cooperations, funding,
   * technologies, its location). Needs the `admin` role.
   */
  deleteCluster: DeletePayload;
  /** Ends a collaboration: sets `until`. It stays in the graph as history (`partners(asOf:)` still sees it then). */
  endCollaboration: CollaborationPayload;
  /** Ends a membership: sets `until`. The membership stays in the graph as history (`asOf` queries still see it). */
  endMembership: MembershipPayload;
  /** Ends a supply link: sets `until`. It stays in the graph as history (`suppliers(asOf:)` still sees it then). */
  endSupplyLink: SupplyLinkPayload;
  /** Creates or updates a cluster by id (the whole record). Repeating the same upsert changes nothing. */
  upsertCluster: UpsertClusterPayload;
  /** Creates or updates a company by id (the whole record). Repeating the same upsert changes nothing. */
  upsertCompany: UpsertCompanyPayload;
  /** Creates or updates a support organisation by id (the whole record). Repeating the same upsert changes nothing. */
  upsertOrganization: UpsertOrganizationPayload;
  /** Creates or updates a research institute by id (the whole record). Repeating the same upsert changes nothing. */
  upsertResearchInstitute: UpsertResearchInstitutePayload;
};


/**
 * Writes. Each needs an API key (`Authorization: Bearer <key>`) with the role `editor` or `admin`; deletes need
 * `admin`. Without a key the request fails with UNAUTHENTICATED, with too small a role with FORBIDDEN, before
 * anything runs. Each mutation is one write transaction: it commits whole or not at all, and a refused write
 * (`errors` not empty) changes nothing. Inputs are checked with the same rules as the CSV importer.
 */
export type MutationAddCollaborationArgs = {
  a: Scalars['ID']['input'];
  b: Scalars['ID']['input'];
  since?: InputMaybe<Scalars['Date']['input']>;
  sources: Array<Scalars['String']['input']>;
  topic?: InputMaybe<Scalars['String']['input']>;
  weight?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Writes. Each needs an API key (`Authorization: Bearer <key>`) with the role `editor` or `admin`; deletes need
 * `admin`. Without a key the request fails with UNAUTHENTICATED, with too small a role with FORBIDDEN, before
 * anything runs. Each mutation is one write transaction: it commits whole or not at all, and a refused write
 * (`errors` not empty) changes nothing. Inputs are checked with the same rules as the CSV importer.
 */
export type MutationAddMembershipArgs = {
  actor: Scalars['ID']['input'];
  cluster: Scalars['ID']['input'];
  role?: InputMaybe<MembershipRole>;
  since?: InputMaybe<Scalars['Date']['input']>;
  sources: Array<Scalars['String']['input']>;
};


/**
 * Writes. Each needs an API key (`Authorization: Bearer <key>`) with the role `editor` or `admin`; deletes need
 * `admin`. Without a key the request fails with UNAUTHENTICATED, with too small a role with FORBIDDEN, before
 * anything runs. Each mutation is one write transaction: it commits whole or not at all, and a refused write
 * (`errors` not empty) changes nothing. Inputs are checked with the same rules as the CSV importer.
 */
export type MutationAddSupplyLinkArgs = {
  customer: Scalars['ID']['input'];
  product?: InputMaybe<Scalars['String']['input']>;
  since?: InputMaybe<Scalars['Date']['input']>;
  sources: Array<Scalars['String']['input']>;
  stage?: InputMaybe<Scalars['ID']['input']>;
  supplier: Scalars['ID']['input'];
};


/**
 * Writes. Each needs an API key (`Authorization: Bearer <key>`) with the role `editor` or `admin`; deletes need
 * `admin`. Without a key the request fails with UNAUTHENTICATED, with too small a role with FORBIDDEN, before
 * anything runs. Each mutation is one write transaction: it commits whole or not at all, and a refused write
 * (`errors` not empty) changes nothing. Inputs are checked with the same rules as the CSV importer.
 */
export type MutationDeleteActorArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Writes. Each needs an API key (`Authorization: Bearer <key>`) with the role `editor` or `admin`; deletes need
 * `admin`. Without a key the request fails with UNAUTHENTICATED, with too small a role with FORBIDDEN, before
 * anything runs. Each mutation is one write transaction: it commits whole or not at all, and a refused write
 * (`errors` not empty) changes nothing. Inputs are checked with the same rules as the CSV importer.
 */
export type MutationDeleteClusterArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Writes. Each needs an API key (`Authorization: Bearer <key>`) with the role `editor` or `admin`; deletes need
 * `admin`. Without a key the request fails with UNAUTHENTICATED, with too small a role with FORBIDDEN, before
 * anything runs. Each mutation is one write transaction: it commits whole or not at all, and a refused write
 * (`errors` not empty) changes nothing. Inputs are checked with the same rules as the CSV importer.
 */
export type MutationEndCollaborationArgs = {
  a: Scalars['ID']['input'];
  b: Scalars['ID']['input'];
  until: Scalars['Date']['input'];
};


/**
 * Writes. Each needs an API key (`Authorization: Bearer <key>`) with the role `editor` or `admin`; deletes need
 * `admin`. Without a key the request fails with UNAUTHENTICATED, with too small a role with FORBIDDEN, before
 * anything runs. Each mutation is one write transaction: it commits whole or not at all, and a refused write
 * (`errors` not empty) changes nothing. Inputs are checked with the same rules as the CSV importer.
 */
export type MutationEndMembershipArgs = {
  actor: Scalars['ID']['input'];
  cluster: Scalars['ID']['input'];
  until: Scalars['Date']['input'];
};


/**
 * Writes. Each needs an API key (`Authorization: Bearer <key>`) with the role `editor` or `admin`; deletes need
 * `admin`. Without a key the request fails with UNAUTHENTICATED, with too small a role with FORBIDDEN, before
 * anything runs. Each mutation is one write transaction: it commits whole or not at all, and a refused write
 * (`errors` not empty) changes nothing. Inputs are checked with the same rules as the CSV importer.
 */
export type MutationEndSupplyLinkArgs = {
  customer: Scalars['ID']['input'];
  supplier: Scalars['ID']['input'];
  until: Scalars['Date']['input'];
};


/**
 * Writes. Each needs an API key (`Authorization: Bearer <key>`) with the role `editor` or `admin`; deletes need
 * `admin`. Without a key the request fails with UNAUTHENTICATED, with too small a role with FORBIDDEN, before
 * anything runs. Each mutation is one write transaction: it commits whole or not at all, and a refused write
 * (`errors` not empty) changes nothing. Inputs are checked with the same rules as the CSV importer.
 */
export type MutationUpsertClusterArgs = {
  input: ClusterInput;
};


/**
 * Writes. Each needs an API key (`Authorization: Bearer <key>`) with the role `editor` or `admin`; deletes need
 * `admin`. Without a key the request fails with UNAUTHENTICATED, with too small a role with FORBIDDEN, before
 * anything runs. Each mutation is one write transaction: it commits whole or not at all, and a refused write
 * (`errors` not empty) changes nothing. Inputs are checked with the same rules as the CSV importer.
 */
export type MutationUpsertCompanyArgs = {
  input: CompanyInput;
};


/**
 * Writes. Each needs an API key (`Authorization: Bearer <key>`) with the role `editor` or `admin`; deletes need
 * `admin`. Without a key the request fails with UNAUTHENTICATED, with too small a role with FORBIDDEN, before
 * anything runs. Each mutation is one write transaction: it commits whole or not at all, and a refused write
 * (`errors` not empty) changes nothing. Inputs are checked with the same rules as the CSV importer.
 */
export type MutationUpsertOrganizationArgs = {
  input: OrganizationInput;
};


/**
 * Writes. Each needs an API key (`Authorization: Bearer <key>`) with the role `editor` or `admin`; deletes need
 * `admin`. Without a key the request fails with UNAUTHENTICATED, with too small a role with FORBIDDEN, before
 * anything runs. Each mutation is one write transaction: it commits whole or not at all, and a refused write
 * (`errors` not empty) changes nothing. Inputs are checked with the same rules as the CSV importer.
 */
export type MutationUpsertResearchInstituteArgs = {
  input: ResearchInstituteInput;
};

/** One reason a write was refused. */
export type MutationError = {
  __typename?: 'MutationError';
  /** What kind of problem this is. */
  code: MutationErrorCode;
  /**
   * The argument or input field at fault, as a path (`input.name`, `input.location.latitude`, `since`, `b`);
   * null when the problem concerns the write as a whole.
   */
  field: Maybe<Scalars['String']['output']>;
  /** What is wrong, in one sentence that names the field. */
  message: Scalars['String']['output'];
};

/** Why a write was refused. A refused write changes nothing: every mutation runs in one write transaction. */
export type MutationErrorCode =
  /**
   * The write contradicts the graph as it is: the id belongs to an entity of another kind, the link has already
   * ended (the graph keeps one link per pair, so an ended link is history and is not reopened), or the link changed
   * while this write was prepared (try again).
   */
  | 'CONFLICT'
  /**
   * The input breaks a rule of the data model: the same rules the CSV importer applies (id format, ranges,
   * dates, since before until, no self-links, end kinds), see seeds/FORMAT.md.
   */
  | 'INVALID'
  /** An id the write refers to does not exist: an actor, a cluster, a value-chain stage, or the link to end. */
  | 'NOT_FOUND';

/** An actor near a point, with its distance. */
export type NearbyActor = {
  __typename?: 'NearbyActor';
  /** The actor. */
  actor: Actor;
  /** Distance from the point in kilometres (great-circle, WGS84). */
  distanceKm: Scalars['Float']['output'];
};

/**
 * Social-network analysis of a bounded set of actors (a cluster's members, a region's actors or an actor's partner
 * network) and the links among them, computed on the server with graphology. The graph analysed is simple and
 * undirected: all links between two actors (of every kind asked for, any direction) form one edge whose `weight`
 * counts them. Degree, betweenness, closeness and PageRank ignore the weight; communities use it when
 * `weightedCommunities` is true.
 */
export type NetworkAnalysis = {
  __typename?: 'NetworkAnalysis';
  /** Every analysed actor with its centralities, page by page. */
  actors: ActorCentralityConnection;
  /** The date the links and memberships were taken at (first day of a year or month given); null for any time. */
  asOf: Maybe<Scalars['Date']['output']>;
  /** The actors with the highest betweenness (ties by name then id), with the science–industry paths through them. */
  brokers: Array<Broker>;
  /** The center, when the scope is a partner network. */
  center: Maybe<Actor>;
  /** The scope cluster, when the scope is a cluster. */
  cluster: Maybe<Cluster>;
  /** Louvain communities and how they compare with the official clusters. */
  communities: CommunityAnalysis;
  /** The evidence level used. */
  evidence: Evidence;
  /** The link kinds counted. */
  linkKinds: Array<NetworkLinkKind>;
  /** The scope region, when the scope is a region. */
  region: Maybe<Region>;
  /** Size and cohesion. */
  size: NetworkSize;
  /** The simple graph analysed, for verifying and drawing. */
  subgraph: AnalysisSubgraph;
  /** True when the scope had more actors than `maxActors` (the first by name then id were kept) or more than 20000 link rows. */
  truncated: Scalars['Boolean']['output'];
};


/**
 * Social-network analysis of a bounded set of actors (a cluster's members, a region's actors or an actor's partner
 * network) and the links among them, computed on the server with graphology. The graph analysed is simple and
 * undirected: all links between two actors (of every kind asked for, any direction) form one edge whose `weight`
 * counts them. Degree, betweenness, closeness and PageRank ignore the weight; communities use it when
 * `weightedCommunities` is true.
 */
export type NetworkAnalysisActorsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<ActorCentralityOrder>;
};


/**
 * Social-network analysis of a bounded set of actors (a cluster's members, a region's actors or an actor's partner
 * network) and the links among them, computed on the server with graphology. The graph analysed is simple and
 * undirected: all links between two actors (of every kind asked for, any direction) form one edge whose `weight`
 * counts them. Degree, betweenness, closeness and PageRank ignore the weight; communities use it when
 * `weightedCommunities` is true.
 */
export type NetworkAnalysisBrokersArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/**
 * Whose actors a network analysis covers: exactly one of `cluster`, `region` or `partnerNetworkOf`.
 * With `partnerNetworkOf`, `withinCluster` and `withinRegion` restrict the network as partnerNetwork's filter does.
 */
export type NetworkAnalysisScope = {
  /** Only actors of these kinds; all kinds when omitted or empty. */
  actorKinds?: InputMaybe<Array<ActorKind>>;
  /** A cluster's members (valid at `asOf`; without `asOf`, current and past members). */
  cluster?: InputMaybe<Scalars['ID']['input']>;
  /** partnerNetworkOf only: how many links deep, 1..3 (default 2). */
  depth?: InputMaybe<Scalars['Int']['input']>;
  /** An actor's partner network: the actors within `depth` links of it (the link kinds and `asOf` of the analysis). */
  partnerNetworkOf?: InputMaybe<Scalars['ID']['input']>;
  /** The actors located in a region or any of its sub-regions. */
  region?: InputMaybe<Scalars['ID']['input']>;
  /** partnerNetworkOf only: reach only members of this cluster (as partnerNetwork's `filter.cluster`). */
  withinCluster?: InputMaybe<Scalars['ID']['input']>;
  /** partnerNetworkOf only: reach only actors located in this region (as partnerNetwork's `filter.region`). */
  withinRegion?: InputMaybe<Scalars['ID']['input']>;
};

/**
 * The kinds of link a partner network, a connection search or a science–industry analysis follows. Every kind
 * is read undirected when traversing (a supplier reaches its customer and the customer its supplier); edges keep
 * the stored direction where there is one (SUPPLY: supplier → customer; SPIN_OFF: spin-off → origin).
 */
export type NetworkLinkKind =
  /** A direct collaboration (COLLABORATES_WITH), read undirected. */
  | 'COLLABORATION'
  /** Both actors take part (PARTICIPATES_IN) in the same project; one link per shared project. */
  | 'JOINT_PROJECT'
  /**
   * Both actors are members (MEMBER_OF) of the same cluster: one hop, as for every kind. Not followed unless asked
   * for: every member of a cluster would be a direct partner of every other one. A partner network's subgraph shows
   * it through the cluster (`Subgraph.clusters` and `Subgraph.memberships`: n links for n members, not n(n-1)/2);
   * a connection hop and a science–industry pair, being about two actors, carry it as one link naming the cluster.
   */
  | 'SAME_CLUSTER'
  /** One actor was spun off (SPUN_OFF_FROM) from the other, either direction. */
  | 'SPIN_OFF'
  /** One company supplies (SUPPLIES) the other, either direction. */
  | 'SUPPLY';

/** One step of a path through a network: the link kind taken and the actor it leads to. */
export type NetworkPathStep = {
  __typename?: 'NetworkPathStep';
  /** Id of the actor the step leads to. */
  actorId: Scalars['ID']['output'];
  /** Name of the actor the step leads to. */
  actorName: Scalars['String']['output'];
  /**
   * SAME_CLUSTER: the cluster both ends are members of (of several, one where neither membership is sample data
   * first, then the smallest id; one of `Subgraph.clusters`), so the step reads "X and Y are both members of Z";
   * null for the other kinds.
   */
  cluster: Maybe<Cluster>;
  /** True when the step rests on sample data only: every link of its kind between the two actors is `illustrative` (viaSummary then says `(sample)`). */
  illustrative: Scalars['Boolean']['output'];
  /** The kind of link taken. */
  linkKind: NetworkLinkKind;
};

/** Size and cohesion of an analysed network. */
export type NetworkSize = {
  __typename?: 'NetworkSize';
  /** Actors analysed. */
  actors: Scalars['Int']['output'];
  /** Mean local clustering coefficient over all actors (0 for an actor with fewer than two partners), unweighted. */
  averageClustering: Scalars['Float']['output'];
  /** How many connected components. */
  componentCount: Scalars['Int']['output'];
  /** The components' sizes, largest first. */
  componentSizes: Array<Scalars['Int']['output']>;
  /** edges / (n(n-1)/2); 0 below two actors. */
  density: Scalars['Float']['output'];
  /** Edges of the simple graph: pairs of actors linked at least once. */
  edges: Scalars['Int']['output'];
  /** Mean shortest-path length (links) between the actors of the largest component; null when it has one actor. */
  largestComponentMeanPathLength: Maybe<Scalars['Float']['output']>;
  /** Links counted one by one (the sum of the edge weights). */
  links: Scalars['Int']['output'];
  /** Pairs (research institute, company) connected in the network. */
  scienceIndustryPairs: Scalars['Int']['output'];
};

/**
 * Anything in the graph that has a stable id. Ids are lowercase slugs, unique across the whole graph
 * (e.g. `silicon-saxony`, `fraunhofer-iof`), so `node(id)` finds any entity without knowing its kind.
 */
export type Node = {
  /** The entity's stable id: a lowercase slug unique across the graph. */
  id: Scalars['ID']['output'];
};

/** Sort direction. */
export type OrderDirection =
  /** Smallest first. */
  | 'ASC'
  /** Largest first. */
  | 'DESC';

/** A support organisation: cluster management, association, chamber, agency, investor or public body. */
export type Organization = Actor & Node & Sourced & {
  __typename?: 'Organization';
  /** Other names it is known by. */
  aliases: Array<Scalars['String']['output']>;
  /** A short description. */
  description: Maybe<Scalars['String']['output']>;
  /** The year (or date) it was founded, when known. */
  founded: Maybe<Scalars['Date']['output']>;
  /** The organisation's stable id. */
  id: Scalars['ID']['output'];
  /** True when this organisation's data is sample data. */
  illustrative: Scalars['Boolean']['output'];
  /** Always ORGANIZATION. */
  kind: ActorKind;
  /** Where it is, city-level precision. */
  location: Maybe<GeoPoint>;
  /** The clusters this actor is (or was) a member of, with role and dates. */
  memberships: Array<Membership>;
  /**
   * The memberships as a paged, filterable list, ordered by cluster name (the plain list `memberships` stays as it
   * is: short by nature, at most 500).
   */
  membershipsConnection: MembershipConnection;
  /** The organisation's usual name. */
  name: Scalars['String']['output'];
  /**
   * Direct collaboration partners (COLLABORATES_WITH, read undirected), strongest first (weight, then name).
   * Each edge carries the topic, dates, the interaction model and sources.
   */
  partners: PartnerConnection;
  /** The joint projects this actor takes part in, with its role. */
  projects: Array<ProjectParticipation>;
  /** The region (usually a city) it is located in. */
  region: Maybe<Region>;
  /** Citations, or `illustrative`. */
  sources: Array<Scalars['String']['output']>;
  /** The actors spun off from this one. */
  spinOffs: Array<SpinOffLink>;
  /** The actors this one was spun off from (a spin-off's origin: an institute, university or company). */
  spunOffFrom: Array<SpinOffLink>;
  /** The technologies this actor specialises in. */
  technologies: Array<Technology>;
  /** What kind of support organisation it is. */
  type: OrganizationType;
  /** The value-chain stages this actor is active in. */
  valueChainStages: Array<ValueChainStage>;
  /** Its website, when known. */
  website: Maybe<Scalars['String']['output']>;
};


/** A support organisation: cluster management, association, chamber, agency, investor or public body. */
export type OrganizationMembershipsArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  evidence?: InputMaybe<Evidence>;
};


/** A support organisation: cluster management, association, chamber, agency, investor or public body. */
export type OrganizationMembershipsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['Date']['input']>;
  evidence?: InputMaybe<Evidence>;
  first?: InputMaybe<Scalars['Int']['input']>;
  roles?: InputMaybe<Array<MembershipRole>>;
};


/** A support organisation: cluster management, association, chamber, agency, investor or public body. */
export type OrganizationPartnersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['Date']['input']>;
  evidence?: InputMaybe<Evidence>;
  first?: InputMaybe<Scalars['Int']['input']>;
  kinds?: InputMaybe<Array<ActorKind>>;
};


/** A support organisation: cluster management, association, chamber, agency, investor or public body. */
export type OrganizationProjectsArgs = {
  evidence?: InputMaybe<Evidence>;
};


/** A support organisation: cluster management, association, chamber, agency, investor or public body. */
export type OrganizationSpinOffsArgs = {
  evidence?: InputMaybe<Evidence>;
};


/** A support organisation: cluster management, association, chamber, agency, investor or public body. */
export type OrganizationSpunOffFromArgs = {
  evidence?: InputMaybe<Evidence>;
};

/**
 * A support organisation to create or update. An upsert writes the whole record: a field left out (or null) is
 * cleared on an existing organisation. Relationships are not touched.
 */
export type OrganizationInput = {
  /** Other names it is known by. */
  aliases?: InputMaybe<Array<Scalars['String']['input']>>;
  /** A short description. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** The year (or date) it was founded. */
  founded?: InputMaybe<Scalars['Date']['input']>;
  /** The organisation's id: a lowercase slug (letters, digits, parts joined by `-` or `.`), at most 100 characters. */
  id: Scalars['ID']['input'];
  /** Where it is, city-level precision. */
  location?: InputMaybe<GeoPointInput>;
  /** The organisation's usual name. */
  name: Scalars['String']['input'];
  /** Citations (at least one), or `illustrative`. An item may not contain ` | `. */
  sources: Array<Scalars['String']['input']>;
  /** What kind of support organisation it is. */
  type: OrganizationType;
  /** Its website. */
  website?: InputMaybe<Scalars['String']['input']>;
};

/** The kind of a support organisation. */
export type OrganizationType =
  /** An economic development or innovation agency. */
  | 'AGENCY'
  /** An industry or professional association. */
  | 'ASSOCIATION'
  /** A chamber of industry and commerce or of crafts. */
  | 'CHAMBER'
  /** Runs a cluster or network. */
  | 'CLUSTER_MANAGEMENT'
  /** A venture capital or public investor. */
  | 'INVESTOR'
  /** Any other organisation. */
  | 'OTHER'
  /** A ministry or other public body. */
  | 'PUBLIC_BODY';

/** A stage a scope sources only from outside, with the companies that source it. */
export type OutsideSourcedStage = {
  __typename?: 'OutsideSourcedStage';
  /** The scope companies whose every relation at this stage comes from a supplier outside, by name then id. */
  companies: Array<Company>;
  /** The stage. */
  stage: ValueChainStage;
};

/** Relay-style information about a page of a connection. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Cursor of the last item of this page; pass it as `after` to get the next page. Null when the page is empty. */
  endCursor: Maybe<Scalars['String']['output']>;
  /** Whether more items follow the last one of this page. */
  hasNextPage: Scalars['Boolean']['output'];
  /** Whether items precede the first one of this page. */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** Cursor of the first item of this page; null when the page is empty. */
  startCursor: Maybe<Scalars['String']['output']>;
};

/** The research organisation a non-university institute belongs to. */
export type ParentOrganization =
  /** Fraunhofer-Gesellschaft (applied research). */
  | 'FRAUNHOFER'
  /** Helmholtz-Gemeinschaft (large-scale research centres). */
  | 'HELMHOLTZ'
  /** Leibniz-Gemeinschaft. */
  | 'LEIBNIZ'
  /** Max-Planck-Gesellschaft (basic research). */
  | 'MAX_PLANCK'
  /** Another parent organisation. */
  | 'OTHER';

/** A page of an actor's collaboration partners. */
export type PartnerConnection = {
  __typename?: 'PartnerConnection';
  /** The partners on this page. */
  edges: Array<PartnerEdge>;
  /** Where this page sits in the whole list. */
  pageInfo: PageInfo;
  /** How many partners match, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A collaboration between the actor and a partner. */
export type PartnerEdge = {
  __typename?: 'PartnerEdge';
  /** The cursor of this edge, for `after`. */
  cursor: Scalars['String']['output'];
  /** True when this link is sample data (its sources hold `illustrative`), not a public fact. */
  illustrative: Scalars['Boolean']['output'];
  /** Science–industry, industry–industry, science–science or with a support organisation. */
  interactionModel: InteractionModel;
  /** The partner. */
  node: Actor;
  /** When the collaboration began, when known. */
  since: Maybe<Scalars['Date']['output']>;
  /** Citations for the collaboration, or `illustrative`. */
  sources: Array<Scalars['String']['output']>;
  /** What they collaborate on, when known. */
  topic: Maybe<Scalars['String']['output']>;
  /** When it ended; null while it lasts. */
  until: Maybe<Scalars['Date']['output']>;
  /** Strength of the collaboration, 1 (loose) to 10 (strategic), when known. */
  weight: Maybe<Scalars['Int']['output']>;
};

/**
 * An actor's partner network: every actor reachable from it within `depth` links of the chosen kinds, found
 * breadth-first, as a subgraph ready for drawing and as a paged list of rows.
 *
 * The filter restricts the network itself (the subgraph induced on the actors that pass it): a path never runs
 * through an actor the filter excludes, so `distance` is measured inside the filtered network.
 */
export type PartnerNetwork = {
  __typename?: 'PartnerNetwork';
  /**
   * How many actors the search reached, the center included. When actors were cut, every actor of the levels up to
   * the one that was cut (the search does not go further), so `actorTotal - subgraph.nodes` were left out.
   */
  actorTotal: Scalars['Int']['output'];
  /** The actor the network starts from (distance 0). */
  center: Actor;
  /** The depth the network was explored to. */
  depth: Scalars['Int']['output'];
  /**
   * How many actor–actor links of the chosen kinds there are among the kept actors (SAME_CLUSTER not counted: see
   * `membershipTotal`); `subgraph.edges` and `subgraph.memberships` hold at most 5000 together.
   */
  linkTotal: Scalars['Int']['output'];
  /**
   * How many memberships `subgraph.memberships` would hold uncut: one per kept actor and cluster it shares with
   * another kept actor. 0 unless SAME_CLUSTER is followed.
   */
  membershipTotal: Scalars['Int']['output'];
  /**
   * The reached actors except the center, ordered by distance, then name, then id, page by page. Each row
   * carries one breadth-first path from the center: the parent of an actor at distance d is, among its
   * neighbours at distance d - 1, the one with the smallest id (links of several kinds: the first kind in
   * NetworkLinkKind order).
   */
  rows: PartnerNetworkRowConnection;
  /** The network's actors, the links among them, and the clusters they share (when SAME_CLUSTER is followed). */
  subgraph: Subgraph;
  /** True when the network was cut: `truncatedActors` or `truncatedLinks`. */
  truncated: Scalars['Boolean']['output'];
  /**
   * True when `maxNodes` cut the actors: the last level reached was kept only in part (its first actors by name,
   * then id) and the search stopped there.
   */
  truncatedActors: Scalars['Boolean']['output'];
  /**
   * True when the links and memberships among the kept actors were more than 5000 together: the breadth-first
   * tree's were kept first (so every kept actor keeps the link it was reached by; one reached through a shared
   * cluster keeps its membership and its parent's in that cluster), then the others by source, target, link kind
   * and via (a membership counting as a SAME_CLUSTER link from the actor to the cluster).
   */
  truncatedLinks: Scalars['Boolean']['output'];
};

/** Which actors and links a partner network may use; all given parts must hold (AND). */
export type PartnerNetworkFilter = {
  /** Only reach actors of these kinds (the start actor is always included); all kinds when omitted or empty. */
  actorKinds?: InputMaybe<Array<ActorKind>>;
  /**
   * Only follow links valid at this date: `validFrom <= asOf <= validTo`, a missing bound being open. A year or
   * month means its first day. SAME_CLUSTER needs both memberships valid; JOINT_PROJECT needs the project running
   * (start ≤ asOf ≤ end); SPIN_OFF holds from its year on.
   */
  asOf?: InputMaybe<Scalars['Date']['input']>;
  /** Only reach actors that are members of this cluster (a valid membership at `asOf` when given). */
  cluster?: InputMaybe<Scalars['ID']['input']>;
  /** CITED: no sample link or sample actor (stored `illustrative`) is used, so no path runs through one. Default ALL. */
  evidence?: InputMaybe<Evidence>;
  /**
   * Follow only these link kinds. When omitted or empty: every kind but SAME_CLUSTER (a shared cluster of 70
   * members would make all 70 direct partners of each other; ask for it by name).
   */
  linkKinds?: InputMaybe<Array<NetworkLinkKind>>;
  /** Only follow collaborations of at least this weight (1..10); collaborations without a weight are not followed. Other kinds are not affected. */
  minWeight?: InputMaybe<Scalars['Int']['input']>;
  /** Only reach actors located in this region or any of its sub-regions (via PART_OF). */
  region?: InputMaybe<Scalars['ID']['input']>;
  /** Only reach actors active (ACTIVE_IN) in this value-chain stage. */
  stage?: InputMaybe<Scalars['ID']['input']>;
  /** Only reach actors that specialise (SPECIALIZES_IN) in this technology or a narrower one (via BROADER). */
  technology?: InputMaybe<Scalars['ID']['input']>;
};

/** An actor reached in a partner network, with how it was reached. */
export type PartnerNetworkRow = {
  __typename?: 'PartnerNetworkRow';
  /** The cursor of this row, for `after`. */
  cursor: Scalars['String']['output'];
  /** Links between the center and this actor on a shortest path (1 = a direct partner). */
  distance: Scalars['Int']['output'];
  /** The center's direct partner through which this actor was reached (the actor itself at distance 1). */
  firstHop: Actor;
  /** The actor reached. */
  node: Actor;
  /** The breadth-first path from the center to this actor: one step per link, the last step being this actor. */
  via: Array<NetworkPathStep>;
  /**
   * The same path in words, e.g. `Fraunhofer IPMS –collaboration→ Infineon –supply (sample)→ Bosch`; a step that rests
   * on sample data only says `(sample)`; a SAME_CLUSTER step names the cluster: `Novaled –same cluster (Silicon
   * Saxony)→ Infineon`.
   */
  viaSummary: Scalars['String']['output'];
};

/** A page of a partner network's rows. */
export type PartnerNetworkRowConnection = {
  __typename?: 'PartnerNetworkRowConnection';
  /** The rows on this page. */
  edges: Array<PartnerNetworkRow>;
  /** Where this page sits in the whole list. */
  pageInfo: PageInfo;
  /** How many actors the network reached, excluding the center, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/**
 * A suggested partner for an actor, not yet directly linked to it (no COLLABORATES_WITH or SUPPLIES between them,
 * either direction), with the reasons and the score they add up to:
 * score = 3 × common partners + 2 × shared technologies + 2 × shared clusters + 1 × same region
 * + 2 × complementary stages.
 */
export type PartnerRecommendation = {
  __typename?: 'PartnerRecommendation';
  /** The suggested partner. */
  actor: Actor;
  /** How many partners (COLLABORATES_WITH or SUPPLIES, either direction) the two actors share. */
  commonPartnerCount: Scalars['Int']['output'];
  /** The shared partners, by name then id (at most 10). */
  commonPartners: Array<Actor>;
  /** Stages of the candidate directly before or after one of the actor's stages (FEEDS either way). */
  complementaryStages: Array<ComplementaryStage>;
  /** The reasons in words, strongest first. */
  reasons: Array<Scalars['String']['output']>;
  /** The region both are located in (LOCATED_IN the same region), or null. */
  sameRegion: Maybe<Region>;
  /** The score, from the weights above; higher is better. */
  score: Scalars['Int']['output'];
  /** Clusters both are members of, by name. */
  sharedClusters: Array<Cluster>;
  /** Technologies both specialise in (SPECIALIZES_IN, same technology), by name. */
  sharedTechnologies: Array<Technology>;
};

/** A joint research or innovation project. */
export type Project = Node & {
  __typename?: 'Project';
  /** Its acronym, when it has one. */
  acronym: Maybe<Scalars['String']['output']>;
  /** A short description. */
  description: Maybe<Scalars['String']['output']>;
  /** When it ended or ends, when known. */
  end: Maybe<Scalars['Date']['output']>;
  /** The funding programmes that fund it. */
  fundingPrograms: Array<FundingProgram>;
  /** The project's stable id. */
  id: Scalars['ID']['output'];
  /** The actors taking part in the project, with their roles, ordered by name (at most 500). */
  participants: Array<ProjectParticipant>;
  /** When it started, when known. */
  start: Maybe<Scalars['Date']['output']>;
  /** The project's title. */
  title: Scalars['String']['output'];
};


/** A joint research or innovation project. */
export type ProjectParticipantsArgs = {
  evidence?: InputMaybe<Evidence>;
};

/** An actor taking part in a joint project, seen from the project. */
export type ProjectParticipant = {
  __typename?: 'ProjectParticipant';
  /** The participating actor. */
  actor: Actor;
  /** True when this link is sample data (its sources hold `illustrative`), not a public fact. */
  illustrative: Scalars['Boolean']['output'];
  /** Coordinator or partner. */
  role: Maybe<ProjectRole>;
  /** Citations for the participation, or `illustrative`. */
  sources: Array<Scalars['String']['output']>;
};

/** An actor's part in a joint project. */
export type ProjectParticipation = {
  __typename?: 'ProjectParticipation';
  /** True when this link is sample data (its sources hold `illustrative`), not a public fact. */
  illustrative: Scalars['Boolean']['output'];
  /** The project. */
  project: Project;
  /** Coordinator or partner. */
  role: Maybe<ProjectRole>;
  /** Citations for the participation, or `illustrative`. */
  sources: Array<Scalars['String']['output']>;
};

/** An actor's role in a joint project. */
export type ProjectRole =
  /** Leads the project. */
  | 'COORDINATOR'
  /** Takes part in the project. */
  | 'PARTNER';

/** The entry points of the API. */
export type Query = {
  __typename?: 'Query';
  /** An actor (company, research institute or organisation) by id. Null when there is none. */
  actor: Maybe<Actor>;
  /** Counts of actors that match a filter, grouped by one dimension, or two (`thenBy`). */
  actorCounts: GroupedCount;
  /** Actors matching a filter, in a stable order, page by page (at most 100 per page). */
  actors: ActorConnection;
  /** Actors within a radius of a point, nearest first. */
  actorsNear: Array<NearbyActor>;
  /** A cluster by id. Null when there is none. */
  cluster: Maybe<Cluster>;
  /**
   * A cluster year by year, as on 31 December of each year: members, collaborations among them, density,
   * science–industry share, and what was new. Null when the cluster does not exist.
   */
  clusterEvolution: Maybe<Array<ClusterYear>>;
  /** Clusters matching a filter, ordered by name then id, page by page (at most 100 per page). */
  clusters: ClusterConnection;
  /**
   * The suppliers whose loss would cut the company off from a whole input stage: single-source inputs (all direct
   * supply at a stage from one supplier) and upstream cut vertices (every supply path from a stage passes through
   * the supplier); see CriticalSupplierReason. Never null: an unknown id is NOT_FOUND, an id of another kind BAD_USER_INPUT.
   * Bounds: tiers 1..6.
   */
  criticalSuppliers: Maybe<CriticalSupplierAnalysis>;
  /**
   * Social-network analysis of a scope: size, centralities, brokers, communities compared with the official
   * clusters, and the subgraph analysed. Null when the scope's cluster, region or actor does not exist.
   * Bounded: at most `maxActors` actors and 20000 link rows (`truncated` says so).
   */
  networkAnalysis: Maybe<NetworkAnalysis>;
  /** Any entity by its id, whatever its kind. Null when no entity has that id. */
  node: Maybe<Node>;
  /**
   * An actor's partner network up to `depth` links away, as a subgraph and as paged rows. Bounds: depth 1..4,
   * maxNodes 1..1000, first 0..100. Never null: an id in `from` or the filter that names nothing is a NOT_FOUND
   * error naming the argument and the id; an id of another kind (`from` a cluster) is BAD_USER_INPUT.
   */
  partnerNetwork: Maybe<PartnerNetwork>;
  /**
   * Ranked partner suggestions for an actor among actors not yet directly linked to it; see PartnerRecommendation
   * for the reasons and the score. Ties by name then id. Never null: an unknown `for` is NOT_FOUND, an id of
   * another kind (a cluster) BAD_USER_INPUT. Bounds: first 0..50.
   */
  recommendPartners: Maybe<Array<PartnerRecommendation>>;
  /** A region by id (e.g. `de-sn` for Saxony). Null when there is none. */
  region: Maybe<Region>;
  /**
   * Links between research institutes and companies in a cluster or a region: collaborations, joint projects,
   * spin-offs and shared cluster memberships, with counts and the strongest pairs. Give exactly one of `cluster`
   * and `region`. Never null: an unknown id is NOT_FOUND, an id of another kind BAD_USER_INPUT. Bounds: first 0..100.
   */
  scienceIndustryLinks: Maybe<ScienceIndustryLinks>;
  /**
   * Full-text search over names, aliases and descriptions (a Lucene index). Exact hits first (the id, a name or an
   * alias equal to the text), then by relevance: the whole text as a phrase of a name, then each word exactly,
   * as a prefix, or with one typo (fuzzy, ranked below exact words), so `Fraunhofr` finds Fraunhofer. Case, German
   * umlauts and their transliterations (ä/ae, ö/oe, ü/ue, ß/ss) and other diacritics are folded on both sides:
   * `Universitaet Jena` finds the Universität, `Thüringen` and `Thuringia` the state.
   */
  search: Array<SearchHit>;
  /**
   * One shortest connection between two actors over the chosen link kinds (each read undirected), every hop
   * explained in a sentence. Among connections of equal length the one returned is fixed but not specified. Null
   * when there is no connection within `maxHops`; an unknown id (`from`, `to`) is NOT_FOUND, an id of another kind
   * BAD_USER_INPUT. Bounds: maxHops 1..6; the search stops with QUERY_TOO_COMPLEX after visiting 20000 actors.
   */
  shortestConnection: Maybe<ShortestConnection>;
  /**
   * A company's supply chain in tiers: its suppliers (UPSTREAM) or customers (DOWNSTREAM), their suppliers or
   * customers, and so on. Bounds: tiers 1..6. Never null: an unknown id is NOT_FOUND; an id of another kind (an institute) is
   * BAD_USER_INPUT saying what it is.
   */
  supplyChain: Maybe<SupplyChain>;
  /**
   * What-if: which scope companies lose which input stages when the `remove`d suppliers fail, which keep them and
   * through whom; see SupplyDisruption. Exact on the fetched upstream subgraph. Bounds: remove 1..50 ids, tiers
   * 1..6; unknown ids in `remove` or the scope are refused with NOT_FOUND naming the argument.
   */
  supplyDisruption: SupplyDisruption;
  /**
   * The `first` shortest supply paths from `from` to `to`, following SUPPLIES from supplier to customer, shortest
   * first; no company appears twice on a path. Paths of equal length are ordered by their company ids; when more
   * paths of the last length exist than fit, which of them are returned is not specified. Empty when there is
   * none within `maxHops`; an unknown id is NOT_FOUND, an id of another kind BAD_USER_INPUT. Bounds: maxHops 1..8,
   * first 1..20.
   */
  supplyPaths: Array<SupplyPath>;
  /**
   * The single points of failure of a scope (see SupplyRisk) and how local its upstream supply is. Bounds: tiers
   * 1..6, first 0..100; unknown ids in the scope are refused with NOT_FOUND naming the argument.
   */
  supplyRisk: SupplyRisk;
  /** The top-level technologies; follow `narrower` for the hierarchy. */
  technologies: Array<Technology>;
  /**
   * Which stages of a value chain a cluster's members cover, and for each missing stage the nearest actors outside
   * the cluster active in it, by geography and by network distance. Never null: an unknown `cluster` or `valueChain`
   * is NOT_FOUND naming the argument and the id, an id of another kind BAD_USER_INPUT. Bounds: candidatesPerStage 0..20.
   */
  valueChainCoverage: Maybe<ValueChainCoverage>;
  /** All value chains with their stages (a short list). */
  valueChains: Array<ValueChain>;
};


/** The entry points of the API. */
export type QueryActorArgs = {
  id: Scalars['ID']['input'];
};


/** The entry points of the API. */
export type QueryActorCountsArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  evidence?: InputMaybe<Evidence>;
  filter?: InputMaybe<ActorFilter>;
  groupBy: ActorGroupBy;
  thenBy?: InputMaybe<ActorGroupBy>;
};


/** The entry points of the API. */
export type QueryActorsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  evidence?: InputMaybe<Evidence>;
  filter?: InputMaybe<ActorFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<ActorOrder>;
};


/** The entry points of the API. */
export type QueryActorsNearArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  kinds?: InputMaybe<Array<ActorKind>>;
  latitude: Scalars['Float']['input'];
  longitude: Scalars['Float']['input'];
  radiusKm: Scalars['Float']['input'];
};


/** The entry points of the API. */
export type QueryClusterArgs = {
  id: Scalars['ID']['input'];
};


/** The entry points of the API. */
export type QueryClusterEvolutionArgs = {
  cluster: Scalars['ID']['input'];
  evidence?: InputMaybe<Evidence>;
  fromYear: Scalars['Int']['input'];
  toYear: Scalars['Int']['input'];
};


/** The entry points of the API. */
export type QueryClustersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ClusterFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** The entry points of the API. */
export type QueryCriticalSuppliersArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  company: Scalars['ID']['input'];
  evidence?: InputMaybe<Evidence>;
  tiers?: InputMaybe<Scalars['Int']['input']>;
};


/** The entry points of the API. */
export type QueryNetworkAnalysisArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  evidence?: InputMaybe<Evidence>;
  linkKinds?: InputMaybe<Array<NetworkLinkKind>>;
  maxActors?: InputMaybe<Scalars['Int']['input']>;
  resolution?: InputMaybe<Scalars['Float']['input']>;
  scope: NetworkAnalysisScope;
  seed?: InputMaybe<Scalars['Int']['input']>;
  weightedCommunities?: InputMaybe<Scalars['Boolean']['input']>;
};


/** The entry points of the API. */
export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


/** The entry points of the API. */
export type QueryPartnerNetworkArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  depth?: InputMaybe<Scalars['Int']['input']>;
  filter?: InputMaybe<PartnerNetworkFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from: Scalars['ID']['input'];
  maxNodes?: InputMaybe<Scalars['Int']['input']>;
};


/** The entry points of the API. */
export type QueryRecommendPartnersArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  evidence?: InputMaybe<Evidence>;
  first?: InputMaybe<Scalars['Int']['input']>;
  for: Scalars['ID']['input'];
  kinds?: InputMaybe<Array<ActorKind>>;
};


/** The entry points of the API. */
export type QueryRegionArgs = {
  id: Scalars['ID']['input'];
};


/** The entry points of the API. */
export type QueryScienceIndustryLinksArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  cluster?: InputMaybe<Scalars['ID']['input']>;
  evidence?: InputMaybe<Evidence>;
  first?: InputMaybe<Scalars['Int']['input']>;
  region?: InputMaybe<Scalars['ID']['input']>;
};


/** The entry points of the API. */
export type QuerySearchArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  kinds?: InputMaybe<Array<SearchKind>>;
  text: Scalars['String']['input'];
};


/** The entry points of the API. */
export type QueryShortestConnectionArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  evidence?: InputMaybe<Evidence>;
  from: Scalars['ID']['input'];
  maxHops?: InputMaybe<Scalars['Int']['input']>;
  to: Scalars['ID']['input'];
  via?: InputMaybe<Array<NetworkLinkKind>>;
};


/** The entry points of the API. */
export type QuerySupplyChainArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  company: Scalars['ID']['input'];
  direction?: InputMaybe<SupplyDirection>;
  evidence?: InputMaybe<Evidence>;
  tiers?: InputMaybe<Scalars['Int']['input']>;
};


/** The entry points of the API. */
export type QuerySupplyDisruptionArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  evidence?: InputMaybe<Evidence>;
  remove: Array<Scalars['ID']['input']>;
  scope: SupplyScope;
  tiers?: InputMaybe<Scalars['Int']['input']>;
};


/** The entry points of the API. */
export type QuerySupplyPathsArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  evidence?: InputMaybe<Evidence>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from: Scalars['ID']['input'];
  maxHops?: InputMaybe<Scalars['Int']['input']>;
  to: Scalars['ID']['input'];
};


/** The entry points of the API. */
export type QuerySupplyRiskArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  evidence?: InputMaybe<Evidence>;
  first?: InputMaybe<Scalars['Int']['input']>;
  scope: SupplyScope;
  tiers?: InputMaybe<Scalars['Int']['input']>;
};


/** The entry points of the API. */
export type QueryValueChainCoverageArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  candidatesPerStage?: InputMaybe<Scalars['Int']['input']>;
  cluster: Scalars['ID']['input'];
  evidence?: InputMaybe<Evidence>;
  valueChain: Scalars['ID']['input'];
};

/** Where the reference point of a coverage's geographic distances comes from. */
export type ReferencePointSource =
  /** The cluster's own location. */
  | 'CLUSTER_LOCATION'
  /** The centroid (mean latitude and longitude) of the located members. */
  | 'MEMBER_CENTROID'
  /** Neither is known: no geographic distances. */
  | 'NONE';

/** A region: country, state, district or city, nested by PART_OF. */
export type Region = Node & {
  __typename?: 'Region';
  /** Actors located in this region or any region inside it, ordered by name (see Query.actors for filters). */
  actors: ActorConnection;
  /** Other names it is known by, e.g. the German name (Sachsen, Thüringen), found by `search` too. */
  aliases: Array<Scalars['String']['output']>;
  /** The regions directly inside this one (states of a country, cities of a state…). */
  children: Array<Region>;
  /** The region's stable id (e.g. `de-sn-dresden`). */
  id: Scalars['ID']['output'];
  /** Country, state, district or city. */
  level: RegionLevel;
  /** Its centre, when known. */
  location: Maybe<GeoPoint>;
  /** The region's name (English where one is usual). */
  name: Scalars['String']['output'];
  /** The NUTS code, where one exists (e.g. `DED21`). */
  nuts: Maybe<Scalars['String']['output']>;
  /** The region it is part of; null for a country. */
  parent: Maybe<Region>;
};


/** A region: country, state, district or city, nested by PART_OF. */
export type RegionActorsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  evidence?: InputMaybe<Evidence>;
  first?: InputMaybe<Scalars['Int']['input']>;
  kinds?: InputMaybe<Array<ActorKind>>;
};

/** The administrative levels of regions, from country down to city. */
export type RegionLevel =
  /** A city or town. */
  | 'CITY'
  /** A country. */
  | 'COUNTRY'
  /** A district (Kreis or kreisfreie Stadt) or comparable region. */
  | 'DISTRICT'
  /** A federal state (Land) or comparable first-level region. */
  | 'STATE';

/** A university or research institute: the science side of a cluster. */
export type ResearchInstitute = Actor & Node & Sourced & {
  __typename?: 'ResearchInstitute';
  /** Other names it is known by. */
  aliases: Array<Scalars['String']['output']>;
  /** A short description. */
  description: Maybe<Scalars['String']['output']>;
  /** The year (or date) it was founded, when known. */
  founded: Maybe<Scalars['Date']['output']>;
  /** The institute's stable id. */
  id: Scalars['ID']['output'];
  /** True when this institute's data is sample data. */
  illustrative: Scalars['Boolean']['output'];
  /** Always RESEARCH_INSTITUTE. */
  kind: ActorKind;
  /** Where it is, city-level precision. */
  location: Maybe<GeoPoint>;
  /** The clusters this actor is (or was) a member of, with role and dates. */
  memberships: Array<Membership>;
  /**
   * The memberships as a paged, filterable list, ordered by cluster name (the plain list `memberships` stays as it
   * is: short by nature, at most 500).
   */
  membershipsConnection: MembershipConnection;
  /** The institute's usual name. */
  name: Scalars['String']['output'];
  /** The research organisation it belongs to, for non-university institutes. */
  parentOrganization: Maybe<ParentOrganization>;
  /**
   * Direct collaboration partners (COLLABORATES_WITH, read undirected), strongest first (weight, then name).
   * Each edge carries the topic, dates, the interaction model and sources.
   */
  partners: PartnerConnection;
  /** The joint projects this actor takes part in, with its role. */
  projects: Array<ProjectParticipation>;
  /** The region (usually a city) it is located in. */
  region: Maybe<Region>;
  /** Citations, or `illustrative`. */
  sources: Array<Scalars['String']['output']>;
  /** The actors spun off from this one. */
  spinOffs: Array<SpinOffLink>;
  /** The actors this one was spun off from (a spin-off's origin: an institute, university or company). */
  spunOffFrom: Array<SpinOffLink>;
  /** The technologies this actor specialises in. */
  technologies: Array<Technology>;
  /** University, university of applied sciences, non-university institute or other. */
  type: ResearchInstituteType;
  /** The value-chain stages this actor is active in. */
  valueChainStages: Array<ValueChainStage>;
  /** Its website, when known. */
  website: Maybe<Scalars['String']['output']>;
};


/** A university or research institute: the science side of a cluster. */
export type ResearchInstituteMembershipsArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  evidence?: InputMaybe<Evidence>;
};


/** A university or research institute: the science side of a cluster. */
export type ResearchInstituteMembershipsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['Date']['input']>;
  evidence?: InputMaybe<Evidence>;
  first?: InputMaybe<Scalars['Int']['input']>;
  roles?: InputMaybe<Array<MembershipRole>>;
};


/** A university or research institute: the science side of a cluster. */
export type ResearchInstitutePartnersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['Date']['input']>;
  evidence?: InputMaybe<Evidence>;
  first?: InputMaybe<Scalars['Int']['input']>;
  kinds?: InputMaybe<Array<ActorKind>>;
};


/** A university or research institute: the science side of a cluster. */
export type ResearchInstituteProjectsArgs = {
  evidence?: InputMaybe<Evidence>;
};


/** A university or research institute: the science side of a cluster. */
export type ResearchInstituteSpinOffsArgs = {
  evidence?: InputMaybe<Evidence>;
};


/** A university or research institute: the science side of a cluster. */
export type ResearchInstituteSpunOffFromArgs = {
  evidence?: InputMaybe<Evidence>;
};

/**
 * A research institute to create or update. An upsert writes the whole record: a field left out (or null) is
 * cleared on an existing institute. Relationships are not touched.
 */
export type ResearchInstituteInput = {
  /** Other names it is known by. */
  aliases?: InputMaybe<Array<Scalars['String']['input']>>;
  /** A short description. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** The year (or date) it was founded. */
  founded?: InputMaybe<Scalars['Date']['input']>;
  /** The institute's id: a lowercase slug (letters, digits, parts joined by `-` or `.`), at most 100 characters. */
  id: Scalars['ID']['input'];
  /** Where it is, city-level precision. */
  location?: InputMaybe<GeoPointInput>;
  /** The institute's usual name. */
  name: Scalars['String']['input'];
  /** The research organisation it belongs to, for non-university institutes. */
  parentOrganization?: InputMaybe<ParentOrganization>;
  /** Citations (at least one), or `illustrative`. An item may not contain ` | `. */
  sources: Array<Scalars['String']['input']>;
  /** University, university of applied sciences, non-university institute or other. */
  type: ResearchInstituteType;
  /** Its website. */
  website?: InputMaybe<Scalars['String']['input']>;
};

/** The kind of a research institute. */
export type ResearchInstituteType =
  /** A university of applied sciences (Hochschule / Fachhochschule). */
  | 'APPLIED_SCIENCES_UNIVERSITY'
  /** A research institute outside the universities (Fraunhofer, Max Planck, Helmholtz, Leibniz, others). */
  | 'NON_UNIVERSITY_INSTITUTE'
  /** Any other research body. */
  | 'OTHER'
  /** A university. */
  | 'UNIVERSITY';

/**
 * Links between research institutes and companies in a scope (a cluster's members, or the actors located in a
 * region and its sub-regions); both ends must be in scope.
 */
export type ScienceIndustryLinks = {
  __typename?: 'ScienceIndustryLinks';
  /** The scope cluster, when the scope is a cluster. */
  cluster: Maybe<Cluster>;
  /** How many companies are in scope. */
  companyCount: Scalars['Int']['output'];
  /**
   * Collaborations (COLLABORATES_WITH) with both ends in scope, of every kind of actor, by interaction model;
   * every model is listed, zeros included, in InteractionModel order.
   */
  countsByInteractionModel: Array<InteractionModelCount>;
  /** Institute–company links in scope by kind; every kind is listed, zeros included, in NetworkLinkKind order. */
  countsByLinkKind: Array<LinkKindCount>;
  /** How many research institutes are in scope. */
  instituteCount: Scalars['Int']['output'];
  /** The scope region, when the scope is a region. */
  region: Maybe<Region>;
  /**
   * The institute–company pairs with the highest score, best first (ties by institute name, company name, ids).
   * score = 3 × collaborations + 3 × spin-offs + 2 × joint projects + 1 × shared clusters. For a cluster scope
   * the scope cluster itself is not counted as shared (every pair in scope shares it).
   */
  strongestPairs: Array<ScienceIndustryPair>;
};

/** A research institute and a company and how they are linked. */
export type ScienceIndustryPair = {
  __typename?: 'ScienceIndustryPair';
  /** The company. */
  company: Company;
  /** The research institute. */
  institute: ResearchInstitute;
  /** The links between the two, by kind in NetworkLinkKind order. */
  links: Array<SubgraphEdge>;
  /** 3 × collaborations + 3 × spin-offs + 2 × joint projects + 1 × shared clusters. */
  score: Scalars['Int']['output'];
};

/** A ranked hit of a full-text search. */
export type SearchHit = {
  __typename?: 'SearchHit';
  /**
   * True when the text is the entity's id, or equals its name or an alias with case, umlauts and diacritics folded
   * (ä = ae, ß = ss, é = e). Exact hits come first, then the others by score.
   */
  exact: Scalars['Boolean']['output'];
  /** The entity found: an actor, cluster, technology, project, funding programme or region. */
  node: Node;
  /** Lucene relevance score; higher is better. Only comparable within one search; 0 for a hit found by its id alone. */
  score: Scalars['Float']['output'];
};

/** What a search may return. */
export type SearchKind =
  /** Clusters and networks. */
  | 'CLUSTER'
  /** Companies. */
  | 'COMPANY'
  /** Funding programmes. */
  | 'FUNDING_PROGRAM'
  /** Support organisations. */
  | 'ORGANIZATION'
  /** Joint projects. */
  | 'PROJECT'
  /** Regions. */
  | 'REGION'
  /** Research institutes and universities. */
  | 'RESEARCH_INSTITUTE'
  /** Technologies. */
  | 'TECHNOLOGY';

/** One shortest connection between two actors over the chosen link kinds. */
export type ShortestConnection = {
  __typename?: 'ShortestConnection';
  /** The whole connection in words, hop sentences joined by `; `. */
  explanation: Scalars['String']['output'];
  /** The hops in order from `from` to `to`. */
  hops: Array<ConnectionHop>;
  /** The number of links (hops) between the two actors. */
  length: Scalars['Int']['output'];
};

/** A supplier whose failure alone would cut scope companies off from input stages. */
export type SinglePointOfFailure = {
  __typename?: 'SinglePointOfFailure';
  /** How many scope companies would lose at least one stage. */
  companiesCutOff: Scalars['Int']['output'];
  /** The companies it would cut off, by name then id, each with the stages it would lose. */
  cuts: Array<SupplyCut>;
  /** True when the supplier is itself one of the scope companies. */
  inScope: Scalars['Boolean']['output'];
  /**
   * True when the supplier is not located in the scope's reference region (or any region inside it), including
   * when its location is unknown; null when the scope has no reference region.
   */
  outsideRegion: Maybe<Scalars['Boolean']['output']>;
  /** How many (company, stage) pairs would be lost. */
  stagesCutOff: Scalars['Int']['output'];
  /** The supplier. */
  supplier: Company;
};

/** Where the statements about an entity or link come from. */
export type Sourced = {
  /** True when `sources` holds `illustrative` or `fictional`: this is sample data, not a public fact. */
  illustrative: Scalars['Boolean']['output'];
  /**
   * Short citations (a URL, `wikipedia:Article`, a publication), or the markers `illustrative` (a plausible
   * link or attribute that is not a public fact) and `fictional` (an invented sample organisation).
   */
  sources: Array<Scalars['String']['output']>;
};

/** A spin-off relation: `spinOff` was founded out of `origin`. */
export type SpinOffLink = {
  __typename?: 'SpinOffLink';
  /** True when this link is sample data (its sources hold `illustrative`), not a public fact. */
  illustrative: Scalars['Boolean']['output'];
  /** Where it came from: an institute, a university or a company. */
  origin: Actor;
  /** Citations, or `illustrative`. */
  sources: Array<Scalars['String']['output']>;
  /** The spin-off. */
  spinOff: Actor;
  /** The year of the spin-off, when known. */
  year: Maybe<Scalars['Int']['output']>;
};

/** One stage of a value chain as a cluster covers it. */
export type StageCoverage = {
  __typename?: 'StageCoverage';
  /** True when at least one member of the cluster is active in (ACTIVE_IN) the stage. */
  covered: Scalars['Boolean']['output'];
  /** The members active in the stage, by name then id. */
  members: Array<Actor>;
  /**
   * Missing stages only: actors outside the cluster active in the stage, nearest to the reference point first
   * (great-circle km); actors without a location are left out.
   */
  nearestByGeography: Array<CoverageCandidate>;
  /**
   * Missing stages only: actors outside the cluster active in the stage, fewest hops first, where a hop is a
   * COLLABORATES_WITH or SUPPLIES relation (either direction) and the count runs to the nearest cluster member;
   * at most 3 hops, actors farther away are left out. Ties by name then id.
   */
  nearestByNetwork: Array<CoverageCandidate>;
  /** The stage. */
  stage: ValueChainStage;
};

/**
 * A network as nodes and edges, ready for a graph drawing library: actors (`nodes`) with the links between them
 * (`edges`), and, when SAME_CLUSTER is followed, the shared clusters (`clusters`) with actor–cluster `memberships`.
 *
 * Why shared clusters are nodes and not pairwise links: a cluster of 70 members would be 2,415 identical links
 * between every pair, which hides the other links in a drawing and costs most of the answer; as a node with 70
 * memberships it reads as what it is (one cluster, these members) and costs 70. Two actors sharing a cluster are
 * still one hop apart (distance and rows are unchanged); their hop reads "X and Y are both members of Z".
 */
export type Subgraph = {
  __typename?: 'Subgraph';
  /**
   * When SAME_CLUSTER is followed: every cluster at least two actors of `nodes` are members of (memberships valid
   * at `asOf`, cited when `evidence: CITED`), by name then id; empty otherwise. Each stands for the SAME_CLUSTER
   * links among its members.
   */
  clusters: Array<SubgraphCluster>;
  /**
   * Every link of the chosen kinds but SAME_CLUSTER, valid at `asOf`, between two actors of `nodes` (not only the
   * breadth-first tree): first the tree's links (the link each actor was reached by), then the others, each part
   * ordered by source, target, link kind and via. Shared clusters are in `clusters` and `memberships`.
   */
  edges: Array<SubgraphEdge>;
  /**
   * The actor–cluster memberships of `clusters`: one per member of `nodes` and cluster, in the order of `edges`
   * (the tree's first: an actor reached through a shared cluster and its parent, in that cluster), then by actor
   * and cluster id. `edges` and `memberships` hold at most 5000 together (`PartnerNetwork.truncatedLinks`).
   */
  memberships: Array<SubgraphMembership>;
  /** The actors in the network, the center first, then by distance, name and id. */
  nodes: Array<SubgraphNode>;
};

/** A cluster shared by actors of a subgraph, drawn as a node of its own. */
export type SubgraphCluster = {
  __typename?: 'SubgraphCluster';
  /** The cluster itself. */
  cluster: Cluster;
  /** The cluster's id (`SubgraphMembership.cluster` refers to it; never equal to an actor id). */
  id: Scalars['ID']['output'];
  /** How many memberships of `Subgraph.memberships` lead to it (its members in the subgraph, unless links were cut). */
  memberCount: Scalars['Int']['output'];
  /** The cluster's name, for a label. */
  name: Scalars['String']['output'];
};

/**
 * One link between two actors. `source` and `target` follow the stored direction for SUPPLY (supplier → customer)
 * and SPIN_OFF (spin-off → origin); for the undirected kinds `source` is the end with the smaller id.
 */
export type SubgraphEdge = {
  __typename?: 'SubgraphEdge';
  /** SAME_CLUSTER: the cluster both actors are members of. */
  cluster: Maybe<Cluster>;
  /** True for SUPPLY and SPIN_OFF, whose direction means something. */
  directed: Scalars['Boolean']['output'];
  /** True when any of the link's sources is `illustrative` or `fictional`. */
  illustrative: Scalars['Boolean']['output'];
  /** COLLABORATION: science–industry, industry–industry, science–science or with a support organisation. */
  interactionModel: Maybe<InteractionModel>;
  /** What kind of link this is. */
  linkKind: NetworkLinkKind;
  /** SUPPLY: what is supplied, when known. */
  product: Maybe<Scalars['String']['output']>;
  /** JOINT_PROJECT: the project both actors take part in. */
  project: Maybe<Project>;
  /**
   * When the link began, when known: the link's `since`; SAME_CLUSTER the later of the two memberships' starts;
   * JOINT_PROJECT the project's start; SPIN_OFF its year.
   */
  since: Maybe<Scalars['Date']['output']>;
  /** Id of the link's source actor. */
  source: Scalars['ID']['output'];
  /** Citations for the link (for SAME_CLUSTER and JOINT_PROJECT those of both relationships), or `illustrative`. */
  sources: Array<Scalars['String']['output']>;
  /** SUPPLY: the value-chain stage of the supplied product, when known. */
  stage: Maybe<ValueChainStage>;
  /** Id of the link's target actor. */
  target: Scalars['ID']['output'];
  /** COLLABORATION: what the actors collaborate on, when known. */
  topic: Maybe<Scalars['String']['output']>;
  /** When the link ended, when known: the link's `until`; SAME_CLUSTER the earlier end; JOINT_PROJECT the project's end. */
  until: Maybe<Scalars['Date']['output']>;
  /** COLLABORATION: strength 1 (loose) to 10 (strategic), when known. */
  weight: Maybe<Scalars['Int']['output']>;
};

/** An actor's membership of a shared cluster in a subgraph (an edge from an actor node to a cluster node). */
export type SubgraphMembership = {
  __typename?: 'SubgraphMembership';
  /** Id of the member actor (in `Subgraph.nodes`). */
  actor: Scalars['ID']['output'];
  /** Id of the cluster (in `Subgraph.clusters`). */
  cluster: Scalars['ID']['output'];
  /** True when the membership is sample data (stored `illustrative`, or an illustrative or fictional source). */
  illustrative: Scalars['Boolean']['output'];
  /** When the membership began, when known (of two stored memberships of one cluster, the latest). */
  since: Maybe<Scalars['Date']['output']>;
  /** Citations for the membership, or `illustrative`. */
  sources: Array<Scalars['String']['output']>;
  /** When it ended, when known. */
  until: Maybe<Scalars['Date']['output']>;
};

/** An actor in a subgraph. */
export type SubgraphNode = {
  __typename?: 'SubgraphNode';
  /** The actor itself. */
  actor: Actor;
  /** Links between the center and this actor on a shortest path; 0 for the center. */
  distance: Scalars['Int']['output'];
  /** The actor's id (the edge ends refer to it). */
  id: Scalars['ID']['output'];
  /** The actor's kind, for styling. */
  kind: ActorKind;
  /** The actor's name, for a label. */
  name: Scalars['String']['output'];
};

/**
 * A company that could supply a lost stage. A candidate supplies the stage to anyone (a SUPPLIES relation with that
 * stage, valid at `asOf`), is ACTIVE_IN the stage, or specialises in a technology one of the stage's former
 * suppliers specialises in (SPECIALIZES_IN). Ranked: those that supply or are active in the stage before those
 * qualified by technology only; then by existing ties (already a partner of the company, then the number of shared
 * clusters); then by distance (nearest first, unknown last); then name and id.
 */
export type SupplyAlternative = {
  __typename?: 'SupplyAlternative';
  /** True when it is ACTIVE_IN the stage. */
  activeInStage: Scalars['Boolean']['output'];
  /** The candidate. */
  company: Company;
  /** Great-circle distance in km between the two companies; null when either location is unknown. */
  distanceKm: Maybe<Scalars['Float']['output']>;
  /** True when it already collaborates with the company or supplies or buys from it (either direction). */
  existingPartner: Scalars['Boolean']['output'];
  /** The reasons in words, e.g. `already supplies Wafers to 3 companies`, `both members of Silicon Saxony`. */
  reasons: Array<Scalars['String']['output']>;
  /** Clusters both are members of, by name. */
  sharedClusters: Array<Cluster>;
  /** Technologies it shares with the former suppliers, by name. */
  sharedTechnologies: Array<Technology>;
  /** True when it already supplies the stage to some company. */
  suppliesStage: Scalars['Boolean']['output'];
};

/** A company's supply chain in tiers, upstream or downstream. */
export type SupplyChain = {
  __typename?: 'SupplyChain';
  /** The company the chain starts from (tier 0). */
  company: Company;
  /** Upstream (suppliers) or downstream (customers). */
  direction: SupplyDirection;
  /** The tiers 1..n that hold companies, nearest first; a company appears only in its nearest tier. */
  tiers: Array<SupplyTier>;
  /** True when the chain held more than 1000 companies and was cut (the farthest tier kept in part, by name then id). */
  truncated: Scalars['Boolean']['output'];
};

/** The stages one company would lose. */
export type SupplyCut = {
  __typename?: 'SupplyCut';
  /** The company cut off. */
  company: Company;
  /** The stages it would lose, by value chain and order. */
  stages: Array<ValueChainStage>;
};

/** Which way to follow supply relations from a company. */
export type SupplyDirection =
  /** Towards customers: tier 1 buys from the company, tier 2 buys from tier 1, and so on. */
  | 'DOWNSTREAM'
  /** Towards suppliers: tier 1 supplies the company, tier 2 supplies tier 1, and so on. */
  | 'UPSTREAM';

/**
 * What a scope loses when some suppliers fail. Each scope company C is analysed on its own upstream subgraph: C,
 * the companies within `tiers` supply relations upstream of it, and the relations among them (as
 * `criticalSuppliers`). A supplier at stage X is the supplying end of a relation with stage X in that subgraph; C's
 * input stages are the stages that have one. C loses stage X when no supplier at X that did not fail has a supply
 * path to C avoiding the failed ones. A stage C supplies itself is never lost. Companies that failed are not
 * analysed themselves.
 */
export type SupplyDisruption = {
  __typename?: 'SupplyDisruption';
  /**
   * Every analysed scope company with at least one input stage: those losing most stages first, then by name and
   * id.
   */
  companies: Array<CompanyDisruption>;
  /** The suppliers assumed to fail, by name then id. */
  removed: Array<Company>;
  /** The scope analysed. */
  scope: SupplyScopeSummary;
  /** Totals over the scope. */
  summary: DisruptionSummary;
  /** How many upstream companies (outside or inside the scope) the analysis considered. */
  suppliersConsidered: Scalars['Int']['output'];
  /** How many tiers upstream were fetched. */
  tiers: Scalars['Int']['output'];
  /**
   * True when the scope (500 companies) or the upstream network (5000 companies) was cut; the answer then holds for
   * the part fetched.
   */
  truncated: Scalars['Boolean']['output'];
};

/** A supply relation between two companies (supplier → customer), as traversals return it. */
export type SupplyEdge = {
  __typename?: 'SupplyEdge';
  /** The company that is supplied. */
  customer: Company;
  /** True when the relation is sample data. */
  illustrative: Scalars['Boolean']['output'];
  /** What is supplied, when known. */
  product: Maybe<Scalars['String']['output']>;
  /** When the supply relation began, when known. */
  since: Maybe<Scalars['Date']['output']>;
  /** Citations, or `illustrative`. */
  sources: Array<Scalars['String']['output']>;
  /** The value-chain stage of the supplied product, when known. */
  stage: Maybe<ValueChainStage>;
  /** The company that supplies. */
  supplier: Company;
  /** When it ended; null while it lasts. */
  until: Maybe<Scalars['Date']['output']>;
};

/** A supply relation between two companies (supplier → customer). */
export type SupplyLink = {
  __typename?: 'SupplyLink';
  /** The company that is supplied. */
  customer: Company;
  /** True when this link is sample data (its sources hold `illustrative`), not a public fact. */
  illustrative: Scalars['Boolean']['output'];
  /** What is supplied, when known. */
  product: Maybe<Scalars['String']['output']>;
  /** When the supply relation began, when known. */
  since: Maybe<Scalars['Date']['output']>;
  /** Citations, or `illustrative`. */
  sources: Array<Scalars['String']['output']>;
  /** The value-chain stage of the supplied product, when known. */
  stage: Maybe<ValueChainStage>;
  /** The company that supplies. */
  supplier: Company;
  /** When it ended; null while it lasts. */
  until: Maybe<Scalars['Date']['output']>;
};

/** A page of supply links, ordered by the other company's name and id. */
export type SupplyLinkConnection = {
  __typename?: 'SupplyLinkConnection';
  /** The supply links on this page. */
  edges: Array<SupplyLinkEdge>;
  /** Where this page sits in the whole list. */
  pageInfo: PageInfo;
  /** How many supply links match, across all pages (two products of one supplier are two links). */
  totalCount: Scalars['Int']['output'];
};

/** A supply link in a page. */
export type SupplyLinkEdge = {
  __typename?: 'SupplyLinkEdge';
  /** The cursor of this edge, for `after`. */
  cursor: Scalars['String']['output'];
  /** The supply link. */
  node: SupplyLink;
};

/** What `addSupplyLink` or `endSupplyLink` did. */
export type SupplyLinkPayload = {
  __typename?: 'SupplyLinkPayload';
  /** Why the write was refused; empty when it succeeded. */
  errors: Array<MutationError>;
  /** The supply link as stored after the write; null when the write was refused. */
  supplyLink: Maybe<SupplyLink>;
};

/** A supply path: companies linked supplier → customer from the path's first company to its last. */
export type SupplyPath = {
  __typename?: 'SupplyPath';
  /** The relations in order, each hop's customer being the next hop's supplier. */
  hops: Array<SupplyEdge>;
  /** The number of supply relations on the path. */
  length: Scalars['Int']['output'];
};

/**
 * The single points of failure of a scope: each supplier whose failure alone would cut some scope company off from
 * a whole input stage, i.e. an UPSTREAM_CUT_VERTEX of `criticalSuppliers` for that company and stage, gathered over
 * the scope. Single-source inputs are not counted on their own: a stage bought from one supplier may still be
 * reachable further upstream.
 */
export type SupplyRisk = {
  __typename?: 'SupplyRisk';
  /** How much of the scope's upstream supply comes from nearby. */
  localShare: LocalSupplyShare;
  /** The scope analysed. */
  scope: SupplyScopeSummary;
  /**
   * The single points of failure, those cutting off the most companies first, then the most (company, stage)
   * pairs, then name and id.
   */
  suppliers: Array<SinglePointOfFailure>;
  /** How many upstream companies the analysis considered. */
  suppliersConsidered: Scalars['Int']['output'];
  /** How many tiers upstream were fetched. */
  tiers: Scalars['Int']['output'];
  /** How many suppliers are single points of failure in all (the list may be cut by `first`). */
  totalCount: Scalars['Int']['output'];
  /** True when the scope (500 companies) or the upstream network (5000 companies) was cut. */
  truncated: Scalars['Boolean']['output'];
};

/**
 * The companies a supply-chain resilience analysis covers. Give exactly one of `cluster`, `region` and `companies`;
 * anything else is refused with BAD_USER_INPUT, and an id that names nothing with NOT_FOUND naming the argument.
 * At most 500 companies are analysed (by id; `truncated` says when more were in scope).
 */
export type SupplyScope = {
  /** The companies that are members of this cluster (with a membership valid at `asOf` when given). */
  cluster?: InputMaybe<Scalars['ID']['input']>;
  /** These companies (1..500 ids; repeats are ignored). */
  companies?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** The companies located in this region or any of its sub-regions (PART_OF). */
  region?: InputMaybe<Scalars['ID']['input']>;
};

/** The scope an analysis ran on, as resolved. */
export type SupplyScopeSummary = {
  __typename?: 'SupplyScopeSummary';
  /** The scope cluster, when the scope is a cluster. */
  cluster: Maybe<Cluster>;
  /** The companies analysed, by name then id. */
  companies: Array<Company>;
  /** How many companies were analysed. */
  companyCount: Scalars['Int']['output'];
  /**
   * The region suppliers are compared with for `outsideRegion`: the scope region, or the region the scope
   * cluster is located in; null for a list of companies or a cluster without a region.
   */
  referenceRegion: Maybe<Region>;
  /** The scope region, when the scope is a region. */
  region: Maybe<Region>;
};

/** One tier of a supply chain. */
export type SupplyTier = {
  __typename?: 'SupplyTier';
  /** The companies whose nearest distance from the start company is this tier, by name then id. */
  companies: Array<Company>;
  /**
   * The supply relations between this tier and the previous one (tier 0 being the start company): upstream each
   * goes from a company of this tier to one of the previous tier, downstream the other way. Relations within a
   * tier or back to an earlier tier are left out.
   */
  edges: Array<SupplyEdge>;
  /** The tier number: 1 for direct suppliers (or customers), 2 for theirs, and so on. */
  tier: Scalars['Int']['output'];
};

/** A technology field; technologies form a hierarchy from broad to narrow. */
export type Technology = Node & {
  __typename?: 'Technology';
  /**
   * Actors that specialise in this technology or a narrower one, ordered by name then id (the same set as
   * `actors(filter: {technology})`).
   */
  actors: ActorConnection;
  /** The broader technology this one belongs to; null at the top. */
  broader: Maybe<Technology>;
  /** A short description. */
  description: Maybe<Scalars['String']['output']>;
  /** The technology's stable id. */
  id: Scalars['ID']['output'];
  /** The technology's name. */
  name: Scalars['String']['output'];
  /** The narrower technologies under this one. */
  narrower: Array<Technology>;
};


/** A technology field; technologies form a hierarchy from broad to narrow. */
export type TechnologyActorsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  evidence?: InputMaybe<Evidence>;
  first?: InputMaybe<Scalars['Int']['input']>;
  kinds?: InputMaybe<Array<ActorKind>>;
};

/** A technology and how many actors specialise in it. */
export type TechnologyCount = {
  __typename?: 'TechnologyCount';
  /** How many of the actors specialise in it. */
  count: Scalars['Int']['output'];
  /** The technology. */
  technology: Technology;
};

/** What `upsertCluster` did. */
export type UpsertClusterPayload = {
  __typename?: 'UpsertClusterPayload';
  /** The cluster as stored after the write; null when the write was refused. */
  cluster: Maybe<Cluster>;
  /**
   * True when the id was new and the cluster was created, false when it was updated; null when refused. Of
   * simultaneous upserts of one new id, exactly one creates the node, but more than one may answer true.
   */
  created: Maybe<Scalars['Boolean']['output']>;
  /** Why the write was refused; empty when it succeeded. */
  errors: Array<MutationError>;
};

/** What `upsertCompany` did. */
export type UpsertCompanyPayload = {
  __typename?: 'UpsertCompanyPayload';
  /** The company as stored after the write; null when the write was refused. */
  company: Maybe<Company>;
  /**
   * True when the id was new and the company was created, false when it was updated; null when refused. Of
   * simultaneous upserts of one new id, exactly one creates the node, but more than one may answer true.
   */
  created: Maybe<Scalars['Boolean']['output']>;
  /** Why the write was refused; empty when it succeeded. */
  errors: Array<MutationError>;
};

/** What `upsertOrganization` did. */
export type UpsertOrganizationPayload = {
  __typename?: 'UpsertOrganizationPayload';
  /**
   * True when the id was new and the organisation was created, false when it was updated; null when refused. Of
   * simultaneous upserts of one new id, exactly one creates the node, but more than one may answer true.
   */
  created: Maybe<Scalars['Boolean']['output']>;
  /** Why the write was refused; empty when it succeeded. */
  errors: Array<MutationError>;
  /** The organisation as stored after the write; null when the write was refused. */
  organization: Maybe<Organization>;
};

/** What `upsertResearchInstitute` did. */
export type UpsertResearchInstitutePayload = {
  __typename?: 'UpsertResearchInstitutePayload';
  /**
   * True when the id was new and the institute was created, false when it was updated; null when refused. Of
   * simultaneous upserts of one new id, exactly one creates the node, but more than one may answer true.
   */
  created: Maybe<Scalars['Boolean']['output']>;
  /** Why the write was refused; empty when it succeeded. */
  errors: Array<MutationError>;
  /** The institute as stored after the write; null when the write was refused. */
  researchInstitute: Maybe<ResearchInstitute>;
};

/** An industry value chain: ordered stages from raw materials to end products. */
export type ValueChain = Node & {
  __typename?: 'ValueChain';
  /** A short description. */
  description: Maybe<Scalars['String']['output']>;
  /** The value chain's stable id. */
  id: Scalars['ID']['output'];
  /** The value chain's name. */
  name: Scalars['String']['output'];
  /** Its stages in order (each feeds the next). */
  stages: Array<ValueChainStage>;
};

/** How far a cluster's members cover a value chain, stage by stage, and who could fill the gaps. */
export type ValueChainCoverage = {
  __typename?: 'ValueChainCoverage';
  /** The cluster. */
  cluster: Cluster;
  /** How many stages at least one member is active in. */
  coveredCount: Scalars['Int']['output'];
  /** The point geographic distances are measured from; null when none is known. */
  referencePoint: Maybe<GeoPoint>;
  /** Where the reference point comes from. */
  referencePointSource: ReferencePointSource;
  /** Every stage of the value chain, in order. */
  stages: Array<StageCoverage>;
  /** The value chain. */
  valueChain: ValueChain;
};

/** One stage of a value chain. */
export type ValueChainStage = Node & {
  __typename?: 'ValueChainStage';
  /** Actors active in this stage, ordered by name then id (the same set as `actors(filter: {stage})`). */
  actors: ActorConnection;
  /** A short description. */
  description: Maybe<Scalars['String']['output']>;
  /** The stage's stable id. */
  id: Scalars['ID']['output'];
  /** The stage's name. */
  name: Scalars['String']['output'];
  /** Position in the chain, 1 = first (most upstream). */
  order: Scalars['Int']['output'];
  /** The value chain the stage belongs to. */
  valueChain: ValueChain;
};


/** One stage of a value chain. */
export type ValueChainStageActorsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  evidence?: InputMaybe<Evidence>;
  first?: InputMaybe<Scalars['Int']['input']>;
  kinds?: InputMaybe<Array<ActorKind>>;
};



export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;




/** Mapping of interface types */
export type ResolversInterfaceTypes<_RefType extends Record<string, unknown>> = {
  Actor:
    | ( ActorModel )
    | ( ActorModel )
    | ( ActorModel )
  ;
  Node:
    | ( ClusterModel )
    | ( ActorModel )
    | ( FundingProgramModel )
    | ( ActorModel )
    | ( ProjectModel )
    | ( RegionModel )
    | ( ActorModel )
    | ( TechnologyModel )
    | ( ValueChainModel )
    | ( ValueChainStageModel )
  ;
  Sourced:
    | ( ClusterModel )
    | ( ActorModel )
    | ( ActorModel )
    | ( ActorModel )
  ;
};

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Actor: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['Actor']>;
  ActorCentrality: ResolverTypeWrapper<Omit<ActorCentrality, 'actor'> & { actor: ResolversTypes['Actor'] }>;
  ActorCentralityConnection: ResolverTypeWrapper<Omit<ActorCentralityConnection, 'edges'> & { edges: Array<ResolversTypes['ActorCentralityEdge']> }>;
  ActorCentralityEdge: ResolverTypeWrapper<Omit<ActorCentralityEdge, 'node'> & { node: ResolversTypes['ActorCentrality'] }>;
  ActorCentralityOrder: ActorCentralityOrder;
  ActorConnection: ResolverTypeWrapper<Omit<ActorConnection, 'edges'> & { edges: Array<ResolversTypes['ActorEdge']> }>;
  ActorEdge: ResolverTypeWrapper<Omit<ActorEdge, 'node'> & { node: ResolversTypes['Actor'] }>;
  ActorFilter: ActorFilter;
  ActorGroupBy: ActorGroupBy;
  ActorKind: ActorKind;
  ActorOrder: ActorOrder;
  ActorOrderField: ActorOrderField;
  AnalysisEdge: ResolverTypeWrapper<AnalysisEdge>;
  AnalysisNode: ResolverTypeWrapper<AnalysisNode>;
  AnalysisSubgraph: ResolverTypeWrapper<AnalysisSubgraph>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Broker: ResolverTypeWrapper<Omit<Broker, 'actor'> & { actor: ResolversTypes['Actor'] }>;
  Cluster: ResolverTypeWrapper<ClusterModel>;
  ClusterConnection: ResolverTypeWrapper<Omit<ClusterConnection, 'edges'> & { edges: Array<ResolversTypes['ClusterEdge']> }>;
  ClusterEdge: ResolverTypeWrapper<Omit<ClusterEdge, 'node'> & { node: ResolversTypes['Cluster'] }>;
  ClusterFilter: ClusterFilter;
  ClusterInput: ClusterInput;
  ClusterMatch: ResolverTypeWrapper<ClusterMatchModel>;
  ClusterMemberConnection: ResolverTypeWrapper<Omit<ClusterMemberConnection, 'edges'> & { edges: Array<ResolversTypes['ClusterMemberEdge']> }>;
  ClusterMemberEdge: ResolverTypeWrapper<Omit<ClusterMemberEdge, 'node'> & { node: ResolversTypes['Actor'] }>;
  ClusterStatistics: ResolverTypeWrapper<ClusterStatisticsModel>;
  ClusterYear: ResolverTypeWrapper<ClusterYear>;
  Collaboration: ResolverTypeWrapper<Omit<Collaboration, 'a' | 'b'> & { a: ResolversTypes['Actor'], b: ResolversTypes['Actor'] }>;
  CollaborationPayload: ResolverTypeWrapper<Omit<CollaborationPayload, 'collaboration'> & { collaboration?: Maybe<ResolversTypes['Collaboration']> }>;
  Community: ResolverTypeWrapper<CommunityModel>;
  CommunityAnalysis: ResolverTypeWrapper<Omit<CommunityAnalysis, 'items'> & { items: Array<ResolversTypes['Community']> }>;
  Company: ResolverTypeWrapper<ActorModel>;
  CompanyDisruption: ResolverTypeWrapper<Omit<CompanyDisruption, 'company' | 'keptStages' | 'lostStages'> & { company: ResolversTypes['Company'], keptStages: Array<ResolversTypes['KeptStage']>, lostStages: Array<ResolversTypes['LostStage']> }>;
  CompanyInput: CompanyInput;
  CompanyLocalShare: ResolverTypeWrapper<CompanyLocalShareModel>;
  CompanySize: CompanySize;
  ComplementaryStage: ResolverTypeWrapper<Omit<ComplementaryStage, 'actorStage' | 'candidateStage'> & { actorStage: ResolversTypes['ValueChainStage'], candidateStage: ResolversTypes['ValueChainStage'] }>;
  ConnectionHop: ResolverTypeWrapper<Omit<ConnectionHop, 'from' | 'link' | 'to'> & { from: ResolversTypes['Actor'], link: ResolversTypes['SubgraphEdge'], to: ResolversTypes['Actor'] }>;
  CountGroup: ResolverTypeWrapper<CountGroupModel>;
  CoverageCandidate: ResolverTypeWrapper<Omit<CoverageCandidate, 'actor'> & { actor: ResolversTypes['Actor'] }>;
  CriticalSupplier: ResolverTypeWrapper<Omit<CriticalSupplier, 'stages' | 'supplier'> & { stages: Array<ResolversTypes['ValueChainStage']>, supplier: ResolversTypes['Company'] }>;
  CriticalSupplierAnalysis: ResolverTypeWrapper<Omit<CriticalSupplierAnalysis, 'company' | 'criticalSuppliers'> & { company: ResolversTypes['Company'], criticalSuppliers: Array<ResolversTypes['CriticalSupplier']> }>;
  CriticalSupplierReason: CriticalSupplierReason;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DeletePayload: ResolverTypeWrapper<DeletePayload>;
  DisruptionSummary: ResolverTypeWrapper<Omit<DisruptionSummary, 'distinctStagesLost'> & { distinctStagesLost: Array<ResolversTypes['ValueChainStage']> }>;
  DisruptionTierCount: ResolverTypeWrapper<DisruptionTierCount>;
  Evidence: Evidence;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  FundingProgram: ResolverTypeWrapper<FundingProgramModel>;
  GeoPoint: ResolverTypeWrapper<GeoPoint>;
  GeoPointInput: GeoPointInput;
  GroupedCount: ResolverTypeWrapper<Omit<GroupedCount, 'groups'> & { groups: Array<ResolversTypes['CountGroup']> }>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  InteractionModel: InteractionModel;
  InteractionModelCount: ResolverTypeWrapper<InteractionModelCount>;
  KeptStage: ResolverTypeWrapper<Omit<KeptStage, 'path' | 'stage'> & { path: Array<ResolversTypes['Company']>, stage: ResolversTypes['ValueChainStage'] }>;
  LinkKindCount: ResolverTypeWrapper<LinkKindCount>;
  LocalShareCounts: ResolverTypeWrapper<LocalShareCounts>;
  LocalShareTier: ResolverTypeWrapper<LocalShareTier>;
  LocalSupplyShare: ResolverTypeWrapper<LocalSupplyShareModel>;
  LocalityLevel: LocalityLevel;
  LostStage: ResolverTypeWrapper<LostStageModel>;
  Membership: ResolverTypeWrapper<MembershipModel>;
  MembershipConnection: ResolverTypeWrapper<Omit<MembershipConnection, 'edges'> & { edges: Array<ResolversTypes['MembershipEdge']> }>;
  MembershipEdge: ResolverTypeWrapper<Omit<MembershipEdge, 'node'> & { node: ResolversTypes['Membership'] }>;
  MembershipPayload: ResolverTypeWrapper<Omit<MembershipPayload, 'actor' | 'membership'> & { actor?: Maybe<ResolversTypes['Actor']>, membership?: Maybe<ResolversTypes['Membership']> }>;
  MembershipRole: MembershipRole;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  MutationError: ResolverTypeWrapper<MutationError>;
  MutationErrorCode: MutationErrorCode;
  NearbyActor: ResolverTypeWrapper<NearbyActorModel>;
  NetworkAnalysis: ResolverTypeWrapper<NetworkAnalysisModel>;
  NetworkAnalysisScope: NetworkAnalysisScope;
  NetworkLinkKind: NetworkLinkKind;
  NetworkPathStep: ResolverTypeWrapper<Omit<NetworkPathStep, 'cluster'> & { cluster?: Maybe<ResolversTypes['Cluster']> }>;
  NetworkSize: ResolverTypeWrapper<NetworkSize>;
  Node: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['Node']>;
  OrderDirection: OrderDirection;
  Organization: ResolverTypeWrapper<ActorModel>;
  OrganizationInput: OrganizationInput;
  OrganizationType: OrganizationType;
  OutsideSourcedStage: ResolverTypeWrapper<Omit<OutsideSourcedStage, 'companies' | 'stage'> & { companies: Array<ResolversTypes['Company']>, stage: ResolversTypes['ValueChainStage'] }>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  ParentOrganization: ParentOrganization;
  PartnerConnection: ResolverTypeWrapper<Omit<PartnerConnection, 'edges'> & { edges: Array<ResolversTypes['PartnerEdge']> }>;
  PartnerEdge: ResolverTypeWrapper<Omit<PartnerEdge, 'node'> & { node: ResolversTypes['Actor'] }>;
  PartnerNetwork: ResolverTypeWrapper<Omit<PartnerNetwork, 'center' | 'rows' | 'subgraph'> & { center: ResolversTypes['Actor'], rows: ResolversTypes['PartnerNetworkRowConnection'], subgraph: ResolversTypes['Subgraph'] }>;
  PartnerNetworkFilter: PartnerNetworkFilter;
  PartnerNetworkRow: ResolverTypeWrapper<Omit<PartnerNetworkRow, 'firstHop' | 'node' | 'via'> & { firstHop: ResolversTypes['Actor'], node: ResolversTypes['Actor'], via: Array<ResolversTypes['NetworkPathStep']> }>;
  PartnerNetworkRowConnection: ResolverTypeWrapper<Omit<PartnerNetworkRowConnection, 'edges'> & { edges: Array<ResolversTypes['PartnerNetworkRow']> }>;
  PartnerRecommendation: ResolverTypeWrapper<Omit<PartnerRecommendation, 'actor' | 'commonPartners' | 'complementaryStages' | 'sameRegion' | 'sharedClusters' | 'sharedTechnologies'> & { actor: ResolversTypes['Actor'], commonPartners: Array<ResolversTypes['Actor']>, complementaryStages: Array<ResolversTypes['ComplementaryStage']>, sameRegion?: Maybe<ResolversTypes['Region']>, sharedClusters: Array<ResolversTypes['Cluster']>, sharedTechnologies: Array<ResolversTypes['Technology']> }>;
  Project: ResolverTypeWrapper<ProjectModel>;
  ProjectParticipant: ResolverTypeWrapper<ProjectParticipantModel>;
  ProjectParticipation: ResolverTypeWrapper<ProjectParticipationModel>;
  ProjectRole: ProjectRole;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  ReferencePointSource: ReferencePointSource;
  Region: ResolverTypeWrapper<RegionModel>;
  RegionLevel: RegionLevel;
  ResearchInstitute: ResolverTypeWrapper<ActorModel>;
  ResearchInstituteInput: ResearchInstituteInput;
  ResearchInstituteType: ResearchInstituteType;
  ScienceIndustryLinks: ResolverTypeWrapper<Omit<ScienceIndustryLinks, 'cluster' | 'region' | 'strongestPairs'> & { cluster?: Maybe<ResolversTypes['Cluster']>, region?: Maybe<ResolversTypes['Region']>, strongestPairs: Array<ResolversTypes['ScienceIndustryPair']> }>;
  ScienceIndustryPair: ResolverTypeWrapper<Omit<ScienceIndustryPair, 'company' | 'institute' | 'links'> & { company: ResolversTypes['Company'], institute: ResolversTypes['ResearchInstitute'], links: Array<ResolversTypes['SubgraphEdge']> }>;
  SearchHit: ResolverTypeWrapper<SearchHitModel>;
  SearchKind: SearchKind;
  ShortestConnection: ResolverTypeWrapper<Omit<ShortestConnection, 'hops'> & { hops: Array<ResolversTypes['ConnectionHop']> }>;
  SinglePointOfFailure: ResolverTypeWrapper<Omit<SinglePointOfFailure, 'cuts' | 'supplier'> & { cuts: Array<ResolversTypes['SupplyCut']>, supplier: ResolversTypes['Company'] }>;
  Sourced: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['Sourced']>;
  SpinOffLink: ResolverTypeWrapper<SpinOffLinkModel>;
  StageCoverage: ResolverTypeWrapper<Omit<StageCoverage, 'members' | 'nearestByGeography' | 'nearestByNetwork' | 'stage'> & { members: Array<ResolversTypes['Actor']>, nearestByGeography: Array<ResolversTypes['CoverageCandidate']>, nearestByNetwork: Array<ResolversTypes['CoverageCandidate']>, stage: ResolversTypes['ValueChainStage'] }>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Subgraph: ResolverTypeWrapper<Omit<Subgraph, 'clusters' | 'edges' | 'nodes'> & { clusters: Array<ResolversTypes['SubgraphCluster']>, edges: Array<ResolversTypes['SubgraphEdge']>, nodes: Array<ResolversTypes['SubgraphNode']> }>;
  SubgraphCluster: ResolverTypeWrapper<Omit<SubgraphCluster, 'cluster'> & { cluster: ResolversTypes['Cluster'] }>;
  SubgraphEdge: ResolverTypeWrapper<Omit<SubgraphEdge, 'cluster' | 'project' | 'stage'> & { cluster?: Maybe<ResolversTypes['Cluster']>, project?: Maybe<ResolversTypes['Project']>, stage?: Maybe<ResolversTypes['ValueChainStage']> }>;
  SubgraphMembership: ResolverTypeWrapper<SubgraphMembership>;
  SubgraphNode: ResolverTypeWrapper<Omit<SubgraphNode, 'actor'> & { actor: ResolversTypes['Actor'] }>;
  SupplyAlternative: ResolverTypeWrapper<Omit<SupplyAlternative, 'company' | 'sharedClusters' | 'sharedTechnologies'> & { company: ResolversTypes['Company'], sharedClusters: Array<ResolversTypes['Cluster']>, sharedTechnologies: Array<ResolversTypes['Technology']> }>;
  SupplyChain: ResolverTypeWrapper<Omit<SupplyChain, 'company' | 'tiers'> & { company: ResolversTypes['Company'], tiers: Array<ResolversTypes['SupplyTier']> }>;
  SupplyCut: ResolverTypeWrapper<Omit<SupplyCut, 'company' | 'stages'> & { company: ResolversTypes['Company'], stages: Array<ResolversTypes['ValueChainStage']> }>;
  SupplyDirection: SupplyDirection;
  SupplyDisruption: ResolverTypeWrapper<Omit<SupplyDisruption, 'companies' | 'removed' | 'scope' | 'summary'> & { companies: Array<ResolversTypes['CompanyDisruption']>, removed: Array<ResolversTypes['Company']>, scope: ResolversTypes['SupplyScopeSummary'], summary: ResolversTypes['DisruptionSummary'] }>;
  SupplyEdge: ResolverTypeWrapper<Omit<SupplyEdge, 'customer' | 'stage' | 'supplier'> & { customer: ResolversTypes['Company'], stage?: Maybe<ResolversTypes['ValueChainStage']>, supplier: ResolversTypes['Company'] }>;
  SupplyLink: ResolverTypeWrapper<SupplyLinkModel>;
  SupplyLinkConnection: ResolverTypeWrapper<Omit<SupplyLinkConnection, 'edges'> & { edges: Array<ResolversTypes['SupplyLinkEdge']> }>;
  SupplyLinkEdge: ResolverTypeWrapper<Omit<SupplyLinkEdge, 'node'> & { node: ResolversTypes['SupplyLink'] }>;
  SupplyLinkPayload: ResolverTypeWrapper<Omit<SupplyLinkPayload, 'supplyLink'> & { supplyLink?: Maybe<ResolversTypes['SupplyLink']> }>;
  SupplyPath: ResolverTypeWrapper<Omit<SupplyPath, 'hops'> & { hops: Array<ResolversTypes['SupplyEdge']> }>;
  SupplyRisk: ResolverTypeWrapper<Omit<SupplyRisk, 'localShare' | 'scope' | 'suppliers'> & { localShare: ResolversTypes['LocalSupplyShare'], scope: ResolversTypes['SupplyScopeSummary'], suppliers: Array<ResolversTypes['SinglePointOfFailure']> }>;
  SupplyScope: SupplyScope;
  SupplyScopeSummary: ResolverTypeWrapper<Omit<SupplyScopeSummary, 'cluster' | 'companies' | 'referenceRegion' | 'region'> & { cluster?: Maybe<ResolversTypes['Cluster']>, companies: Array<ResolversTypes['Company']>, referenceRegion?: Maybe<ResolversTypes['Region']>, region?: Maybe<ResolversTypes['Region']> }>;
  SupplyTier: ResolverTypeWrapper<Omit<SupplyTier, 'companies' | 'edges'> & { companies: Array<ResolversTypes['Company']>, edges: Array<ResolversTypes['SupplyEdge']> }>;
  Technology: ResolverTypeWrapper<TechnologyModel>;
  TechnologyCount: ResolverTypeWrapper<TechnologyCountModel>;
  UpsertClusterPayload: ResolverTypeWrapper<Omit<UpsertClusterPayload, 'cluster'> & { cluster?: Maybe<ResolversTypes['Cluster']> }>;
  UpsertCompanyPayload: ResolverTypeWrapper<Omit<UpsertCompanyPayload, 'company'> & { company?: Maybe<ResolversTypes['Company']> }>;
  UpsertOrganizationPayload: ResolverTypeWrapper<Omit<UpsertOrganizationPayload, 'organization'> & { organization?: Maybe<ResolversTypes['Organization']> }>;
  UpsertResearchInstitutePayload: ResolverTypeWrapper<Omit<UpsertResearchInstitutePayload, 'researchInstitute'> & { researchInstitute?: Maybe<ResolversTypes['ResearchInstitute']> }>;
  ValueChain: ResolverTypeWrapper<ValueChainModel>;
  ValueChainCoverage: ResolverTypeWrapper<Omit<ValueChainCoverage, 'cluster' | 'stages' | 'valueChain'> & { cluster: ResolversTypes['Cluster'], stages: Array<ResolversTypes['StageCoverage']>, valueChain: ResolversTypes['ValueChain'] }>;
  ValueChainStage: ResolverTypeWrapper<ValueChainStageModel>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Actor: ResolversInterfaceTypes<ResolversParentTypes>['Actor'];
  ActorCentrality: Omit<ActorCentrality, 'actor'> & { actor: ResolversParentTypes['Actor'] };
  ActorCentralityConnection: Omit<ActorCentralityConnection, 'edges'> & { edges: Array<ResolversParentTypes['ActorCentralityEdge']> };
  ActorCentralityEdge: Omit<ActorCentralityEdge, 'node'> & { node: ResolversParentTypes['ActorCentrality'] };
  ActorConnection: Omit<ActorConnection, 'edges'> & { edges: Array<ResolversParentTypes['ActorEdge']> };
  ActorEdge: Omit<ActorEdge, 'node'> & { node: ResolversParentTypes['Actor'] };
  ActorFilter: ActorFilter;
  ActorOrder: ActorOrder;
  AnalysisEdge: AnalysisEdge;
  AnalysisNode: AnalysisNode;
  AnalysisSubgraph: AnalysisSubgraph;
  Boolean: Scalars['Boolean']['output'];
  Broker: Omit<Broker, 'actor'> & { actor: ResolversParentTypes['Actor'] };
  Cluster: ClusterModel;
  ClusterConnection: Omit<ClusterConnection, 'edges'> & { edges: Array<ResolversParentTypes['ClusterEdge']> };
  ClusterEdge: Omit<ClusterEdge, 'node'> & { node: ResolversParentTypes['Cluster'] };
  ClusterFilter: ClusterFilter;
  ClusterInput: ClusterInput;
  ClusterMatch: ClusterMatchModel;
  ClusterMemberConnection: Omit<ClusterMemberConnection, 'edges'> & { edges: Array<ResolversParentTypes['ClusterMemberEdge']> };
  ClusterMemberEdge: Omit<ClusterMemberEdge, 'node'> & { node: ResolversParentTypes['Actor'] };
  ClusterStatistics: ClusterStatisticsModel;
  ClusterYear: ClusterYear;
  Collaboration: Omit<Collaboration, 'a' | 'b'> & { a: ResolversParentTypes['Actor'], b: ResolversParentTypes['Actor'] };
  CollaborationPayload: Omit<CollaborationPayload, 'collaboration'> & { collaboration?: Maybe<ResolversParentTypes['Collaboration']> };
  Community: CommunityModel;
  CommunityAnalysis: Omit<CommunityAnalysis, 'items'> & { items: Array<ResolversParentTypes['Community']> };
  Company: ActorModel;
  CompanyDisruption: Omit<CompanyDisruption, 'company' | 'keptStages' | 'lostStages'> & { company: ResolversParentTypes['Company'], keptStages: Array<ResolversParentTypes['KeptStage']>, lostStages: Array<ResolversParentTypes['LostStage']> };
  CompanyInput: CompanyInput;
  CompanyLocalShare: CompanyLocalShareModel;
  ComplementaryStage: Omit<ComplementaryStage, 'actorStage' | 'candidateStage'> & { actorStage: ResolversParentTypes['ValueChainStage'], candidateStage: ResolversParentTypes['ValueChainStage'] };
  ConnectionHop: Omit<ConnectionHop, 'from' | 'link' | 'to'> & { from: ResolversParentTypes['Actor'], link: ResolversParentTypes['SubgraphEdge'], to: ResolversParentTypes['Actor'] };
  CountGroup: CountGroupModel;
  CoverageCandidate: Omit<CoverageCandidate, 'actor'> & { actor: ResolversParentTypes['Actor'] };
  CriticalSupplier: Omit<CriticalSupplier, 'stages' | 'supplier'> & { stages: Array<ResolversParentTypes['ValueChainStage']>, supplier: ResolversParentTypes['Company'] };
  CriticalSupplierAnalysis: Omit<CriticalSupplierAnalysis, 'company' | 'criticalSuppliers'> & { company: ResolversParentTypes['Company'], criticalSuppliers: Array<ResolversParentTypes['CriticalSupplier']> };
  Date: Scalars['Date']['output'];
  DeletePayload: DeletePayload;
  DisruptionSummary: Omit<DisruptionSummary, 'distinctStagesLost'> & { distinctStagesLost: Array<ResolversParentTypes['ValueChainStage']> };
  DisruptionTierCount: DisruptionTierCount;
  Float: Scalars['Float']['output'];
  FundingProgram: FundingProgramModel;
  GeoPoint: GeoPoint;
  GeoPointInput: GeoPointInput;
  GroupedCount: Omit<GroupedCount, 'groups'> & { groups: Array<ResolversParentTypes['CountGroup']> };
  ID: Scalars['ID']['output'];
  Int: Scalars['Int']['output'];
  InteractionModelCount: InteractionModelCount;
  KeptStage: Omit<KeptStage, 'path' | 'stage'> & { path: Array<ResolversParentTypes['Company']>, stage: ResolversParentTypes['ValueChainStage'] };
  LinkKindCount: LinkKindCount;
  LocalShareCounts: LocalShareCounts;
  LocalShareTier: LocalShareTier;
  LocalSupplyShare: LocalSupplyShareModel;
  LostStage: LostStageModel;
  Membership: MembershipModel;
  MembershipConnection: Omit<MembershipConnection, 'edges'> & { edges: Array<ResolversParentTypes['MembershipEdge']> };
  MembershipEdge: Omit<MembershipEdge, 'node'> & { node: ResolversParentTypes['Membership'] };
  MembershipPayload: Omit<MembershipPayload, 'actor' | 'membership'> & { actor?: Maybe<ResolversParentTypes['Actor']>, membership?: Maybe<ResolversParentTypes['Membership']> };
  Mutation: Record<PropertyKey, never>;
  MutationError: MutationError;
  NearbyActor: NearbyActorModel;
  NetworkAnalysis: NetworkAnalysisModel;
  NetworkAnalysisScope: NetworkAnalysisScope;
  NetworkPathStep: Omit<NetworkPathStep, 'cluster'> & { cluster?: Maybe<ResolversParentTypes['Cluster']> };
  NetworkSize: NetworkSize;
  Node: ResolversInterfaceTypes<ResolversParentTypes>['Node'];
  Organization: ActorModel;
  OrganizationInput: OrganizationInput;
  OutsideSourcedStage: Omit<OutsideSourcedStage, 'companies' | 'stage'> & { companies: Array<ResolversParentTypes['Company']>, stage: ResolversParentTypes['ValueChainStage'] };
  PageInfo: PageInfo;
  PartnerConnection: Omit<PartnerConnection, 'edges'> & { edges: Array<ResolversParentTypes['PartnerEdge']> };
  PartnerEdge: Omit<PartnerEdge, 'node'> & { node: ResolversParentTypes['Actor'] };
  PartnerNetwork: Omit<PartnerNetwork, 'center' | 'rows' | 'subgraph'> & { center: ResolversParentTypes['Actor'], rows: ResolversParentTypes['PartnerNetworkRowConnection'], subgraph: ResolversParentTypes['Subgraph'] };
  PartnerNetworkFilter: PartnerNetworkFilter;
  PartnerNetworkRow: Omit<PartnerNetworkRow, 'firstHop' | 'node' | 'via'> & { firstHop: ResolversParentTypes['Actor'], node: ResolversParentTypes['Actor'], via: Array<ResolversParentTypes['NetworkPathStep']> };
  PartnerNetworkRowConnection: Omit<PartnerNetworkRowConnection, 'edges'> & { edges: Array<ResolversParentTypes['PartnerNetworkRow']> };
  PartnerRecommendation: Omit<PartnerRecommendation, 'actor' | 'commonPartners' | 'complementaryStages' | 'sameRegion' | 'sharedClusters' | 'sharedTechnologies'> & { actor: ResolversParentTypes['Actor'], commonPartners: Array<ResolversParentTypes['Actor']>, complementaryStages: Array<ResolversParentTypes['ComplementaryStage']>, sameRegion?: Maybe<ResolversParentTypes['Region']>, sharedClusters: Array<ResolversParentTypes['Cluster']>, sharedTechnologies: Array<ResolversParentTypes['Technology']> };
  Project: ProjectModel;
  ProjectParticipant: ProjectParticipantModel;
  ProjectParticipation: ProjectParticipationModel;
  Query: Record<PropertyKey, never>;
  Region: RegionModel;
  ResearchInstitute: ActorModel;
  ResearchInstituteInput: ResearchInstituteInput;
  ScienceIndustryLinks: Omit<ScienceIndustryLinks, 'cluster' | 'region' | 'strongestPairs'> & { cluster?: Maybe<ResolversParentTypes['Cluster']>, region?: Maybe<ResolversParentTypes['Region']>, strongestPairs: Array<ResolversParentTypes['ScienceIndustryPair']> };
  ScienceIndustryPair: Omit<ScienceIndustryPair, 'company' | 'institute' | 'links'> & { company: ResolversParentTypes['Company'], institute: ResolversParentTypes['ResearchInstitute'], links: Array<ResolversParentTypes['SubgraphEdge']> };
  SearchHit: SearchHitModel;
  ShortestConnection: Omit<ShortestConnection, 'hops'> & { hops: Array<ResolversParentTypes['ConnectionHop']> };
  SinglePointOfFailure: Omit<SinglePointOfFailure, 'cuts' | 'supplier'> & { cuts: Array<ResolversParentTypes['SupplyCut']>, supplier: ResolversParentTypes['Company'] };
  Sourced: ResolversInterfaceTypes<ResolversParentTypes>['Sourced'];
  SpinOffLink: SpinOffLinkModel;
  StageCoverage: Omit<StageCoverage, 'members' | 'nearestByGeography' | 'nearestByNetwork' | 'stage'> & { members: Array<ResolversParentTypes['Actor']>, nearestByGeography: Array<ResolversParentTypes['CoverageCandidate']>, nearestByNetwork: Array<ResolversParentTypes['CoverageCandidate']>, stage: ResolversParentTypes['ValueChainStage'] };
  String: Scalars['String']['output'];
  Subgraph: Omit<Subgraph, 'clusters' | 'edges' | 'nodes'> & { clusters: Array<ResolversParentTypes['SubgraphCluster']>, edges: Array<ResolversParentTypes['SubgraphEdge']>, nodes: Array<ResolversParentTypes['SubgraphNode']> };
  SubgraphCluster: Omit<SubgraphCluster, 'cluster'> & { cluster: ResolversParentTypes['Cluster'] };
  SubgraphEdge: Omit<SubgraphEdge, 'cluster' | 'project' | 'stage'> & { cluster?: Maybe<ResolversParentTypes['Cluster']>, project?: Maybe<ResolversParentTypes['Project']>, stage?: Maybe<ResolversParentTypes['ValueChainStage']> };
  SubgraphMembership: SubgraphMembership;
  SubgraphNode: Omit<SubgraphNode, 'actor'> & { actor: ResolversParentTypes['Actor'] };
  SupplyAlternative: Omit<SupplyAlternative, 'company' | 'sharedClusters' | 'sharedTechnologies'> & { company: ResolversParentTypes['Company'], sharedClusters: Array<ResolversParentTypes['Cluster']>, sharedTechnologies: Array<ResolversParentTypes['Technology']> };
  SupplyChain: Omit<SupplyChain, 'company' | 'tiers'> & { company: ResolversParentTypes['Company'], tiers: Array<ResolversParentTypes['SupplyTier']> };
  SupplyCut: Omit<SupplyCut, 'company' | 'stages'> & { company: ResolversParentTypes['Company'], stages: Array<ResolversParentTypes['ValueChainStage']> };
  SupplyDisruption: Omit<SupplyDisruption, 'companies' | 'removed' | 'scope' | 'summary'> & { companies: Array<ResolversParentTypes['CompanyDisruption']>, removed: Array<ResolversParentTypes['Company']>, scope: ResolversParentTypes['SupplyScopeSummary'], summary: ResolversParentTypes['DisruptionSummary'] };
  SupplyEdge: Omit<SupplyEdge, 'customer' | 'stage' | 'supplier'> & { customer: ResolversParentTypes['Company'], stage?: Maybe<ResolversParentTypes['ValueChainStage']>, supplier: ResolversParentTypes['Company'] };
  SupplyLink: SupplyLinkModel;
  SupplyLinkConnection: Omit<SupplyLinkConnection, 'edges'> & { edges: Array<ResolversParentTypes['SupplyLinkEdge']> };
  SupplyLinkEdge: Omit<SupplyLinkEdge, 'node'> & { node: ResolversParentTypes['SupplyLink'] };
  SupplyLinkPayload: Omit<SupplyLinkPayload, 'supplyLink'> & { supplyLink?: Maybe<ResolversParentTypes['SupplyLink']> };
  SupplyPath: Omit<SupplyPath, 'hops'> & { hops: Array<ResolversParentTypes['SupplyEdge']> };
  SupplyRisk: Omit<SupplyRisk, 'localShare' | 'scope' | 'suppliers'> & { localShare: ResolversParentTypes['LocalSupplyShare'], scope: ResolversParentTypes['SupplyScopeSummary'], suppliers: Array<ResolversParentTypes['SinglePointOfFailure']> };
  SupplyScope: SupplyScope;
  SupplyScopeSummary: Omit<SupplyScopeSummary, 'cluster' | 'companies' | 'referenceRegion' | 'region'> & { cluster?: Maybe<ResolversParentTypes['Cluster']>, companies: Array<ResolversParentTypes['Company']>, referenceRegion?: Maybe<ResolversParentTypes['Region']>, region?: Maybe<ResolversParentTypes['Region']> };
  SupplyTier: Omit<SupplyTier, 'companies' | 'edges'> & { companies: Array<ResolversParentTypes['Company']>, edges: Array<ResolversParentTypes['SupplyEdge']> };
  Technology: TechnologyModel;
  TechnologyCount: TechnologyCountModel;
  UpsertClusterPayload: Omit<UpsertClusterPayload, 'cluster'> & { cluster?: Maybe<ResolversParentTypes['Cluster']> };
  UpsertCompanyPayload: Omit<UpsertCompanyPayload, 'company'> & { company?: Maybe<ResolversParentTypes['Company']> };
  UpsertOrganizationPayload: Omit<UpsertOrganizationPayload, 'organization'> & { organization?: Maybe<ResolversParentTypes['Organization']> };
  UpsertResearchInstitutePayload: Omit<UpsertResearchInstitutePayload, 'researchInstitute'> & { researchInstitute?: Maybe<ResolversParentTypes['ResearchInstitute']> };
  ValueChain: ValueChainModel;
  ValueChainCoverage: Omit<ValueChainCoverage, 'cluster' | 'stages' | 'valueChain'> & { cluster: ResolversParentTypes['Cluster'], stages: Array<ResolversParentTypes['StageCoverage']>, valueChain: ResolversParentTypes['ValueChain'] };
  ValueChainStage: ValueChainStageModel;
};

export type ActorResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Actor'] = ResolversParentTypes['Actor']> = {
  __resolveType: TypeResolveFn<'Company' | 'Organization' | 'ResearchInstitute', ParentType, ContextType>;
};

export type ActorCentralityResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ActorCentrality'] = ResolversParentTypes['ActorCentrality']> = {
  actor?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  betweenness?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  bridgesScienceIndustry?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  closeness?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  community?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  degree?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  links?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  pageRank?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  scienceIndustryPathShare?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type ActorCentralityConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ActorCentralityConnection'] = ResolversParentTypes['ActorCentralityConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ActorCentralityEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ActorCentralityEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ActorCentralityEdge'] = ResolversParentTypes['ActorCentralityEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ActorCentrality'], ParentType, ContextType>;
};

export type ActorConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ActorConnection'] = ResolversParentTypes['ActorConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ActorEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ActorEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ActorEdge'] = ResolversParentTypes['ActorEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
};

export type AnalysisEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['AnalysisEdge'] = ResolversParentTypes['AnalysisEdge']> = {
  linkKinds?: Resolver<Array<ResolversTypes['NetworkLinkKind']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  target?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  weight?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type AnalysisNodeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['AnalysisNode'] = ResolversParentTypes['AnalysisNode']> = {
  betweenness?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  closeness?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  community?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  degree?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ActorKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  pageRank?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type AnalysisSubgraphResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['AnalysisSubgraph'] = ResolversParentTypes['AnalysisSubgraph']> = {
  edges?: Resolver<Array<ResolversTypes['AnalysisEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['AnalysisNode']>, ParentType, ContextType>;
};

export type BrokerResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Broker'] = ResolversParentTypes['Broker']> = {
  actor?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  betweenness?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  bridgesScienceIndustry?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  scienceIndustryPathShare?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type ClusterResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Cluster'] = ResolversParentTypes['Cluster']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  cooperatesWith?: Resolver<Array<ResolversTypes['Cluster']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  founded?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  fundingPrograms?: Resolver<Array<ResolversTypes['FundingProgram']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  illustrative?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  location?: Resolver<Maybe<ResolversTypes['GeoPoint']>, ParentType, ContextType>;
  members?: Resolver<ResolversTypes['ClusterMemberConnection'], ParentType, ContextType, RequireFields<ClusterMembersArgs, 'evidence' | 'first'>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  region?: Resolver<Maybe<ResolversTypes['Region']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  statistics?: Resolver<ResolversTypes['ClusterStatistics'], ParentType, ContextType, RequireFields<ClusterStatisticsArgs, 'evidence'>>;
  technologies?: Resolver<Array<ResolversTypes['Technology']>, ParentType, ContextType>;
  website?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ClusterConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ClusterConnection'] = ResolversParentTypes['ClusterConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ClusterEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ClusterEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ClusterEdge'] = ResolversParentTypes['ClusterEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Cluster'], ParentType, ContextType>;
};

export type ClusterMatchResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ClusterMatch'] = ResolversParentTypes['ClusterMatch']> = {
  cluster?: Resolver<ResolversTypes['Cluster'], ParentType, ContextType>;
  jaccard?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  shared?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ClusterMemberConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ClusterMemberConnection'] = ResolversParentTypes['ClusterMemberConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ClusterMemberEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ClusterMemberEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ClusterMemberEdge'] = ResolversParentTypes['ClusterMemberEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  illustrative?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  role?: Resolver<Maybe<ResolversTypes['MembershipRole']>, ParentType, ContextType>;
  since?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  until?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
};

export type ClusterStatisticsResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ClusterStatistics'] = ResolversParentTypes['ClusterStatistics']> = {
  collaborationDensity?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  collaborationsByModel?: Resolver<Array<ResolversTypes['CountGroup']>, ParentType, ContextType>;
  internalCollaborations?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  memberCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  membersByKind?: Resolver<Array<ResolversTypes['CountGroup']>, ParentType, ContextType>;
  scienceIndustryShare?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  smeShare?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type ClusterYearResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ClusterYear'] = ResolversParentTypes['ClusterYear']> = {
  collaborations?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  density?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  members?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  newCollaborations?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  newMembers?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  scienceIndustryShare?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CollaborationResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Collaboration'] = ResolversParentTypes['Collaboration']> = {
  a?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  b?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  illustrative?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  interactionModel?: Resolver<ResolversTypes['InteractionModel'], ParentType, ContextType>;
  since?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  topic?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  until?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  weight?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type CollaborationPayloadResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CollaborationPayload'] = ResolversParentTypes['CollaborationPayload']> = {
  collaboration?: Resolver<Maybe<ResolversTypes['Collaboration']>, ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['MutationError']>, ParentType, ContextType>;
};

export type CommunityResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Community'] = ResolversParentTypes['Community']> = {
  bestMatchingCluster?: Resolver<Maybe<ResolversTypes['ClusterMatch']>, ParentType, ContextType>;
  dominantTechnologies?: Resolver<Array<ResolversTypes['TechnologyCount']>, ParentType, ContextType>;
  index?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  kinds?: Resolver<Array<ResolversTypes['CountGroup']>, ParentType, ContextType>;
  members?: Resolver<Array<ResolversTypes['Actor']>, ParentType, ContextType>;
  size?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CommunityAnalysisResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CommunityAnalysis'] = ResolversParentTypes['CommunityAnalysis']> = {
  items?: Resolver<Array<ResolversTypes['Community']>, ParentType, ContextType>;
  modularity?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  nmiWithClusters?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  resolution?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  seed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  weighted?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type CompanyResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Company'] = ResolversParentTypes['Company']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  customers?: Resolver<Array<ResolversTypes['SupplyLink']>, ParentType, ContextType, RequireFields<CompanyCustomersArgs, 'evidence'>>;
  customersConnection?: Resolver<ResolversTypes['SupplyLinkConnection'], ParentType, ContextType, RequireFields<CompanyCustomersConnectionArgs, 'evidence' | 'first'>>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  employees?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  fictional?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  founded?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  illustrative?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ActorKind'], ParentType, ContextType>;
  location?: Resolver<Maybe<ResolversTypes['GeoPoint']>, ParentType, ContextType>;
  memberships?: Resolver<Array<ResolversTypes['Membership']>, ParentType, ContextType, RequireFields<CompanyMembershipsArgs, 'evidence'>>;
  membershipsConnection?: Resolver<ResolversTypes['MembershipConnection'], ParentType, ContextType, RequireFields<CompanyMembershipsConnectionArgs, 'evidence' | 'first'>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  parent?: Resolver<Maybe<ResolversTypes['Company']>, ParentType, ContextType>;
  partners?: Resolver<ResolversTypes['PartnerConnection'], ParentType, ContextType, RequireFields<CompanyPartnersArgs, 'evidence' | 'first'>>;
  projects?: Resolver<Array<ResolversTypes['ProjectParticipation']>, ParentType, ContextType, RequireFields<CompanyProjectsArgs, 'evidence'>>;
  region?: Resolver<Maybe<ResolversTypes['Region']>, ParentType, ContextType>;
  size?: Resolver<Maybe<ResolversTypes['CompanySize']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  spinOffs?: Resolver<Array<ResolversTypes['SpinOffLink']>, ParentType, ContextType, RequireFields<CompanySpinOffsArgs, 'evidence'>>;
  spunOffFrom?: Resolver<Array<ResolversTypes['SpinOffLink']>, ParentType, ContextType, RequireFields<CompanySpunOffFromArgs, 'evidence'>>;
  subsidiaries?: Resolver<Array<ResolversTypes['Company']>, ParentType, ContextType>;
  suppliers?: Resolver<Array<ResolversTypes['SupplyLink']>, ParentType, ContextType, RequireFields<CompanySuppliersArgs, 'evidence'>>;
  suppliersConnection?: Resolver<ResolversTypes['SupplyLinkConnection'], ParentType, ContextType, RequireFields<CompanySuppliersConnectionArgs, 'evidence' | 'first'>>;
  technologies?: Resolver<Array<ResolversTypes['Technology']>, ParentType, ContextType>;
  valueChainStages?: Resolver<Array<ResolversTypes['ValueChainStage']>, ParentType, ContextType>;
  website?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CompanyDisruptionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CompanyDisruption'] = ResolversParentTypes['CompanyDisruption']> = {
  company?: Resolver<ResolversTypes['Company'], ParentType, ContextType>;
  keptStages?: Resolver<Array<ResolversTypes['KeptStage']>, ParentType, ContextType>;
  lostStages?: Resolver<Array<ResolversTypes['LostStage']>, ParentType, ContextType>;
};

export type CompanyLocalShareResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CompanyLocalShare'] = ResolversParentTypes['CompanyLocalShare']> = {
  byTier?: Resolver<Array<ResolversTypes['LocalShareTier']>, ParentType, ContextType>;
  company?: Resolver<ResolversTypes['Company'], ParentType, ContextType>;
  stagesOnlyFromOutside?: Resolver<Array<ResolversTypes['ValueChainStage']>, ParentType, ContextType, RequireFields<CompanyLocalShareStagesOnlyFromOutsideArgs, 'level'>>;
  total?: Resolver<ResolversTypes['LocalShareCounts'], ParentType, ContextType>;
};

export type ComplementaryStageResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ComplementaryStage'] = ResolversParentTypes['ComplementaryStage']> = {
  actorStage?: Resolver<ResolversTypes['ValueChainStage'], ParentType, ContextType>;
  candidateStage?: Resolver<ResolversTypes['ValueChainStage'], ParentType, ContextType>;
  upstream?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type ConnectionHopResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ConnectionHop'] = ResolversParentTypes['ConnectionHop']> = {
  from?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  link?: Resolver<ResolversTypes['SubgraphEdge'], ParentType, ContextType>;
  sentence?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
};

export type CountGroupResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CountGroup'] = ResolversParentTypes['CountGroup']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  subgroups?: Resolver<Maybe<Array<ResolversTypes['CountGroup']>>, ParentType, ContextType>;
};

export type CoverageCandidateResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CoverageCandidate'] = ResolversParentTypes['CoverageCandidate']> = {
  actor?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  distanceKm?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  hops?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type CriticalSupplierResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CriticalSupplier'] = ResolversParentTypes['CriticalSupplier']> = {
  explanation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['CriticalSupplierReason'], ParentType, ContextType>;
  stages?: Resolver<Array<ResolversTypes['ValueChainStage']>, ParentType, ContextType>;
  supplier?: Resolver<ResolversTypes['Company'], ParentType, ContextType>;
  tier?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CriticalSupplierAnalysisResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CriticalSupplierAnalysis'] = ResolversParentTypes['CriticalSupplierAnalysis']> = {
  company?: Resolver<ResolversTypes['Company'], ParentType, ContextType>;
  criticalSuppliers?: Resolver<Array<ResolversTypes['CriticalSupplier']>, ParentType, ContextType>;
  suppliersConsidered?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  tiers?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  truncated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export type DeletePayloadResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['DeletePayload'] = ResolversParentTypes['DeletePayload']> = {
  deletedId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['MutationError']>, ParentType, ContextType>;
  removedRelationships?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type DisruptionSummaryResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['DisruptionSummary'] = ResolversParentTypes['DisruptionSummary']> = {
  byTier?: Resolver<Array<ResolversTypes['DisruptionTierCount']>, ParentType, ContextType>;
  companiesAffected?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  companiesAnalysed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  distinctStagesLost?: Resolver<Array<ResolversTypes['ValueChainStage']>, ParentType, ContextType>;
  stagesKept?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  stagesLost?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type DisruptionTierCountResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['DisruptionTierCount'] = ResolversParentTypes['DisruptionTierCount']> = {
  companiesAffected?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  stagesLost?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  tier?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type FundingProgramResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['FundingProgram'] = ResolversParentTypes['FundingProgram']> = {
  end?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  funder?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  projects?: Resolver<Array<ResolversTypes['Project']>, ParentType, ContextType>;
  start?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type GeoPointResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['GeoPoint'] = ResolversParentTypes['GeoPoint']> = {
  latitude?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  longitude?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type GroupedCountResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['GroupedCount'] = ResolversParentTypes['GroupedCount']> = {
  groups?: Resolver<Array<ResolversTypes['CountGroup']>, ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type InteractionModelCountResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['InteractionModelCount'] = ResolversParentTypes['InteractionModelCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  model?: Resolver<ResolversTypes['InteractionModel'], ParentType, ContextType>;
};

export type KeptStageResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['KeptStage'] = ResolversParentTypes['KeptStage']> = {
  length?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  path?: Resolver<Array<ResolversTypes['Company']>, ParentType, ContextType>;
  stage?: Resolver<ResolversTypes['ValueChainStage'], ParentType, ContextType>;
};

export type LinkKindCountResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['LinkKindCount'] = ResolversParentTypes['LinkKindCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  linkKind?: Resolver<ResolversTypes['NetworkLinkKind'], ParentType, ContextType>;
};

export type LocalShareCountsResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['LocalShareCounts'] = ResolversParentTypes['LocalShareCounts']> = {
  relations?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sameCountry?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sameCountryShare?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  sameRegion?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sameRegionShare?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  sameState?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sameStateShare?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  unknownLocation?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type LocalShareTierResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['LocalShareTier'] = ResolversParentTypes['LocalShareTier']> = {
  counts?: Resolver<ResolversTypes['LocalShareCounts'], ParentType, ContextType>;
  tier?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type LocalSupplyShareResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['LocalSupplyShare'] = ResolversParentTypes['LocalSupplyShare']> = {
  byTier?: Resolver<Array<ResolversTypes['LocalShareTier']>, ParentType, ContextType>;
  companies?: Resolver<Array<ResolversTypes['CompanyLocalShare']>, ParentType, ContextType>;
  stagesOnlyFromOutside?: Resolver<Array<ResolversTypes['OutsideSourcedStage']>, ParentType, ContextType, RequireFields<LocalSupplyShareStagesOnlyFromOutsideArgs, 'level'>>;
  total?: Resolver<ResolversTypes['LocalShareCounts'], ParentType, ContextType>;
};

export type LostStageResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['LostStage'] = ResolversParentTypes['LostStage']> = {
  alternatives?: Resolver<Array<ResolversTypes['SupplyAlternative']>, ParentType, ContextType, RequireFields<LostStageAlternativesArgs, 'first'>>;
  formerSuppliers?: Resolver<Array<ResolversTypes['Company']>, ParentType, ContextType>;
  stage?: Resolver<ResolversTypes['ValueChainStage'], ParentType, ContextType>;
  tier?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type MembershipResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Membership'] = ResolversParentTypes['Membership']> = {
  cluster?: Resolver<ResolversTypes['Cluster'], ParentType, ContextType>;
  illustrative?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  role?: Resolver<Maybe<ResolversTypes['MembershipRole']>, ParentType, ContextType>;
  since?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  until?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
};

export type MembershipConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['MembershipConnection'] = ResolversParentTypes['MembershipConnection']> = {
  edges?: Resolver<Array<ResolversTypes['MembershipEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type MembershipEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['MembershipEdge'] = ResolversParentTypes['MembershipEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Membership'], ParentType, ContextType>;
};

export type MembershipPayloadResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['MembershipPayload'] = ResolversParentTypes['MembershipPayload']> = {
  actor?: Resolver<Maybe<ResolversTypes['Actor']>, ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['MutationError']>, ParentType, ContextType>;
  membership?: Resolver<Maybe<ResolversTypes['Membership']>, ParentType, ContextType>;
};

export type MutationResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  addCollaboration?: Resolver<ResolversTypes['CollaborationPayload'], ParentType, ContextType, RequireFields<MutationAddCollaborationArgs, 'a' | 'b' | 'sources'>>;
  addMembership?: Resolver<ResolversTypes['MembershipPayload'], ParentType, ContextType, RequireFields<MutationAddMembershipArgs, 'actor' | 'cluster' | 'sources'>>;
  addSupplyLink?: Resolver<ResolversTypes['SupplyLinkPayload'], ParentType, ContextType, RequireFields<MutationAddSupplyLinkArgs, 'customer' | 'sources' | 'supplier'>>;
  deleteActor?: Resolver<ResolversTypes['DeletePayload'], ParentType, ContextType, RequireFields<MutationDeleteActorArgs, 'id'>>;
  deleteCluster?: Resolver<ResolversTypes['DeletePayload'], ParentType, ContextType, RequireFields<MutationDeleteClusterArgs, 'id'>>;
  endCollaboration?: Resolver<ResolversTypes['CollaborationPayload'], ParentType, ContextType, RequireFields<MutationEndCollaborationArgs, 'a' | 'b' | 'until'>>;
  endMembership?: Resolver<ResolversTypes['MembershipPayload'], ParentType, ContextType, RequireFields<MutationEndMembershipArgs, 'actor' | 'cluster' | 'until'>>;
  endSupplyLink?: Resolver<ResolversTypes['SupplyLinkPayload'], ParentType, ContextType, RequireFields<MutationEndSupplyLinkArgs, 'customer' | 'supplier' | 'until'>>;
  upsertCluster?: Resolver<ResolversTypes['UpsertClusterPayload'], ParentType, ContextType, RequireFields<MutationUpsertClusterArgs, 'input'>>;
  upsertCompany?: Resolver<ResolversTypes['UpsertCompanyPayload'], ParentType, ContextType, RequireFields<MutationUpsertCompanyArgs, 'input'>>;
  upsertOrganization?: Resolver<ResolversTypes['UpsertOrganizationPayload'], ParentType, ContextType, RequireFields<MutationUpsertOrganizationArgs, 'input'>>;
  upsertResearchInstitute?: Resolver<ResolversTypes['UpsertResearchInstitutePayload'], ParentType, ContextType, RequireFields<MutationUpsertResearchInstituteArgs, 'input'>>;
};

export type MutationErrorResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['MutationError'] = ResolversParentTypes['MutationError']> = {
  code?: Resolver<ResolversTypes['MutationErrorCode'], ParentType, ContextType>;
  field?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type NearbyActorResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['NearbyActor'] = ResolversParentTypes['NearbyActor']> = {
  actor?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  distanceKm?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type NetworkAnalysisResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['NetworkAnalysis'] = ResolversParentTypes['NetworkAnalysis']> = {
  actors?: Resolver<ResolversTypes['ActorCentralityConnection'], ParentType, ContextType, RequireFields<NetworkAnalysisActorsArgs, 'first' | 'orderBy'>>;
  asOf?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  brokers?: Resolver<Array<ResolversTypes['Broker']>, ParentType, ContextType, RequireFields<NetworkAnalysisBrokersArgs, 'first'>>;
  center?: Resolver<Maybe<ResolversTypes['Actor']>, ParentType, ContextType>;
  cluster?: Resolver<Maybe<ResolversTypes['Cluster']>, ParentType, ContextType>;
  communities?: Resolver<ResolversTypes['CommunityAnalysis'], ParentType, ContextType>;
  evidence?: Resolver<ResolversTypes['Evidence'], ParentType, ContextType>;
  linkKinds?: Resolver<Array<ResolversTypes['NetworkLinkKind']>, ParentType, ContextType>;
  region?: Resolver<Maybe<ResolversTypes['Region']>, ParentType, ContextType>;
  size?: Resolver<ResolversTypes['NetworkSize'], ParentType, ContextType>;
  subgraph?: Resolver<ResolversTypes['AnalysisSubgraph'], ParentType, ContextType>;
  truncated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type NetworkPathStepResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['NetworkPathStep'] = ResolversParentTypes['NetworkPathStep']> = {
  actorId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  actorName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  cluster?: Resolver<Maybe<ResolversTypes['Cluster']>, ParentType, ContextType>;
  illustrative?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  linkKind?: Resolver<ResolversTypes['NetworkLinkKind'], ParentType, ContextType>;
};

export type NetworkSizeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['NetworkSize'] = ResolversParentTypes['NetworkSize']> = {
  actors?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  averageClustering?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  componentCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  componentSizes?: Resolver<Array<ResolversTypes['Int']>, ParentType, ContextType>;
  density?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  edges?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  largestComponentMeanPathLength?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  links?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  scienceIndustryPairs?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type NodeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Node'] = ResolversParentTypes['Node']> = {
  __resolveType: TypeResolveFn<'Cluster' | 'Company' | 'FundingProgram' | 'Organization' | 'Project' | 'Region' | 'ResearchInstitute' | 'Technology' | 'ValueChain' | 'ValueChainStage', ParentType, ContextType>;
};

export type OrganizationResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Organization'] = ResolversParentTypes['Organization']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  founded?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  illustrative?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ActorKind'], ParentType, ContextType>;
  location?: Resolver<Maybe<ResolversTypes['GeoPoint']>, ParentType, ContextType>;
  memberships?: Resolver<Array<ResolversTypes['Membership']>, ParentType, ContextType, RequireFields<OrganizationMembershipsArgs, 'evidence'>>;
  membershipsConnection?: Resolver<ResolversTypes['MembershipConnection'], ParentType, ContextType, RequireFields<OrganizationMembershipsConnectionArgs, 'evidence' | 'first'>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  partners?: Resolver<ResolversTypes['PartnerConnection'], ParentType, ContextType, RequireFields<OrganizationPartnersArgs, 'evidence' | 'first'>>;
  projects?: Resolver<Array<ResolversTypes['ProjectParticipation']>, ParentType, ContextType, RequireFields<OrganizationProjectsArgs, 'evidence'>>;
  region?: Resolver<Maybe<ResolversTypes['Region']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  spinOffs?: Resolver<Array<ResolversTypes['SpinOffLink']>, ParentType, ContextType, RequireFields<OrganizationSpinOffsArgs, 'evidence'>>;
  spunOffFrom?: Resolver<Array<ResolversTypes['SpinOffLink']>, ParentType, ContextType, RequireFields<OrganizationSpunOffFromArgs, 'evidence'>>;
  technologies?: Resolver<Array<ResolversTypes['Technology']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['OrganizationType'], ParentType, ContextType>;
  valueChainStages?: Resolver<Array<ResolversTypes['ValueChainStage']>, ParentType, ContextType>;
  website?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type OutsideSourcedStageResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['OutsideSourcedStage'] = ResolversParentTypes['OutsideSourcedStage']> = {
  companies?: Resolver<Array<ResolversTypes['Company']>, ParentType, ContextType>;
  stage?: Resolver<ResolversTypes['ValueChainStage'], ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type PartnerConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PartnerConnection'] = ResolversParentTypes['PartnerConnection']> = {
  edges?: Resolver<Array<ResolversTypes['PartnerEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PartnerEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PartnerEdge'] = ResolversParentTypes['PartnerEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  illustrative?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  interactionModel?: Resolver<ResolversTypes['InteractionModel'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  since?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  topic?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  until?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  weight?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type PartnerNetworkResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PartnerNetwork'] = ResolversParentTypes['PartnerNetwork']> = {
  actorTotal?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  center?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  depth?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  linkTotal?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  membershipTotal?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rows?: Resolver<ResolversTypes['PartnerNetworkRowConnection'], ParentType, ContextType>;
  subgraph?: Resolver<ResolversTypes['Subgraph'], ParentType, ContextType>;
  truncated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  truncatedActors?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  truncatedLinks?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type PartnerNetworkRowResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PartnerNetworkRow'] = ResolversParentTypes['PartnerNetworkRow']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  distance?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  firstHop?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  via?: Resolver<Array<ResolversTypes['NetworkPathStep']>, ParentType, ContextType>;
  viaSummary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type PartnerNetworkRowConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PartnerNetworkRowConnection'] = ResolversParentTypes['PartnerNetworkRowConnection']> = {
  edges?: Resolver<Array<ResolversTypes['PartnerNetworkRow']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PartnerRecommendationResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PartnerRecommendation'] = ResolversParentTypes['PartnerRecommendation']> = {
  actor?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  commonPartnerCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  commonPartners?: Resolver<Array<ResolversTypes['Actor']>, ParentType, ContextType>;
  complementaryStages?: Resolver<Array<ResolversTypes['ComplementaryStage']>, ParentType, ContextType>;
  reasons?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  sameRegion?: Resolver<Maybe<ResolversTypes['Region']>, ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sharedClusters?: Resolver<Array<ResolversTypes['Cluster']>, ParentType, ContextType>;
  sharedTechnologies?: Resolver<Array<ResolversTypes['Technology']>, ParentType, ContextType>;
};

export type ProjectResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Project'] = ResolversParentTypes['Project']> = {
  acronym?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  end?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  fundingPrograms?: Resolver<Array<ResolversTypes['FundingProgram']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  participants?: Resolver<Array<ResolversTypes['ProjectParticipant']>, ParentType, ContextType, RequireFields<ProjectParticipantsArgs, 'evidence'>>;
  start?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ProjectParticipantResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ProjectParticipant'] = ResolversParentTypes['ProjectParticipant']> = {
  actor?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  illustrative?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  role?: Resolver<Maybe<ResolversTypes['ProjectRole']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ProjectParticipationResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ProjectParticipation'] = ResolversParentTypes['ProjectParticipation']> = {
  illustrative?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  project?: Resolver<ResolversTypes['Project'], ParentType, ContextType>;
  role?: Resolver<Maybe<ResolversTypes['ProjectRole']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
};

export type QueryResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  actor?: Resolver<Maybe<ResolversTypes['Actor']>, ParentType, ContextType, RequireFields<QueryActorArgs, 'id'>>;
  actorCounts?: Resolver<ResolversTypes['GroupedCount'], ParentType, ContextType, RequireFields<QueryActorCountsArgs, 'evidence' | 'groupBy'>>;
  actors?: Resolver<ResolversTypes['ActorConnection'], ParentType, ContextType, RequireFields<QueryActorsArgs, 'evidence' | 'first'>>;
  actorsNear?: Resolver<Array<ResolversTypes['NearbyActor']>, ParentType, ContextType, RequireFields<QueryActorsNearArgs, 'first' | 'latitude' | 'longitude' | 'radiusKm'>>;
  cluster?: Resolver<Maybe<ResolversTypes['Cluster']>, ParentType, ContextType, RequireFields<QueryClusterArgs, 'id'>>;
  clusterEvolution?: Resolver<Maybe<Array<ResolversTypes['ClusterYear']>>, ParentType, ContextType, RequireFields<QueryClusterEvolutionArgs, 'cluster' | 'evidence' | 'fromYear' | 'toYear'>>;
  clusters?: Resolver<ResolversTypes['ClusterConnection'], ParentType, ContextType, RequireFields<QueryClustersArgs, 'first'>>;
  criticalSuppliers?: Resolver<Maybe<ResolversTypes['CriticalSupplierAnalysis']>, ParentType, ContextType, RequireFields<QueryCriticalSuppliersArgs, 'company' | 'evidence' | 'tiers'>>;
  networkAnalysis?: Resolver<Maybe<ResolversTypes['NetworkAnalysis']>, ParentType, ContextType, RequireFields<QueryNetworkAnalysisArgs, 'evidence' | 'maxActors' | 'resolution' | 'scope' | 'seed' | 'weightedCommunities'>>;
  node?: Resolver<Maybe<ResolversTypes['Node']>, ParentType, ContextType, RequireFields<QueryNodeArgs, 'id'>>;
  partnerNetwork?: Resolver<Maybe<ResolversTypes['PartnerNetwork']>, ParentType, ContextType, RequireFields<QueryPartnerNetworkArgs, 'depth' | 'first' | 'from' | 'maxNodes'>>;
  recommendPartners?: Resolver<Maybe<Array<ResolversTypes['PartnerRecommendation']>>, ParentType, ContextType, RequireFields<QueryRecommendPartnersArgs, 'evidence' | 'first' | 'for'>>;
  region?: Resolver<Maybe<ResolversTypes['Region']>, ParentType, ContextType, RequireFields<QueryRegionArgs, 'id'>>;
  scienceIndustryLinks?: Resolver<Maybe<ResolversTypes['ScienceIndustryLinks']>, ParentType, ContextType, RequireFields<QueryScienceIndustryLinksArgs, 'evidence' | 'first'>>;
  search?: Resolver<Array<ResolversTypes['SearchHit']>, ParentType, ContextType, RequireFields<QuerySearchArgs, 'first' | 'text'>>;
  shortestConnection?: Resolver<Maybe<ResolversTypes['ShortestConnection']>, ParentType, ContextType, RequireFields<QueryShortestConnectionArgs, 'evidence' | 'from' | 'maxHops' | 'to'>>;
  supplyChain?: Resolver<Maybe<ResolversTypes['SupplyChain']>, ParentType, ContextType, RequireFields<QuerySupplyChainArgs, 'company' | 'direction' | 'evidence' | 'tiers'>>;
  supplyDisruption?: Resolver<ResolversTypes['SupplyDisruption'], ParentType, ContextType, RequireFields<QuerySupplyDisruptionArgs, 'evidence' | 'remove' | 'scope' | 'tiers'>>;
  supplyPaths?: Resolver<Array<ResolversTypes['SupplyPath']>, ParentType, ContextType, RequireFields<QuerySupplyPathsArgs, 'evidence' | 'first' | 'from' | 'maxHops' | 'to'>>;
  supplyRisk?: Resolver<ResolversTypes['SupplyRisk'], ParentType, ContextType, RequireFields<QuerySupplyRiskArgs, 'evidence' | 'first' | 'scope' | 'tiers'>>;
  technologies?: Resolver<Array<ResolversTypes['Technology']>, ParentType, ContextType>;
  valueChainCoverage?: Resolver<Maybe<ResolversTypes['ValueChainCoverage']>, ParentType, ContextType, RequireFields<QueryValueChainCoverageArgs, 'candidatesPerStage' | 'cluster' | 'evidence' | 'valueChain'>>;
  valueChains?: Resolver<Array<ResolversTypes['ValueChain']>, ParentType, ContextType>;
};

export type RegionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Region'] = ResolversParentTypes['Region']> = {
  actors?: Resolver<ResolversTypes['ActorConnection'], ParentType, ContextType, RequireFields<RegionActorsArgs, 'evidence' | 'first'>>;
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  children?: Resolver<Array<ResolversTypes['Region']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  level?: Resolver<ResolversTypes['RegionLevel'], ParentType, ContextType>;
  location?: Resolver<Maybe<ResolversTypes['GeoPoint']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nuts?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  parent?: Resolver<Maybe<ResolversTypes['Region']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ResearchInstituteResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ResearchInstitute'] = ResolversParentTypes['ResearchInstitute']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  founded?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  illustrative?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ActorKind'], ParentType, ContextType>;
  location?: Resolver<Maybe<ResolversTypes['GeoPoint']>, ParentType, ContextType>;
  memberships?: Resolver<Array<ResolversTypes['Membership']>, ParentType, ContextType, RequireFields<ResearchInstituteMembershipsArgs, 'evidence'>>;
  membershipsConnection?: Resolver<ResolversTypes['MembershipConnection'], ParentType, ContextType, RequireFields<ResearchInstituteMembershipsConnectionArgs, 'evidence' | 'first'>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  parentOrganization?: Resolver<Maybe<ResolversTypes['ParentOrganization']>, ParentType, ContextType>;
  partners?: Resolver<ResolversTypes['PartnerConnection'], ParentType, ContextType, RequireFields<ResearchInstitutePartnersArgs, 'evidence' | 'first'>>;
  projects?: Resolver<Array<ResolversTypes['ProjectParticipation']>, ParentType, ContextType, RequireFields<ResearchInstituteProjectsArgs, 'evidence'>>;
  region?: Resolver<Maybe<ResolversTypes['Region']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  spinOffs?: Resolver<Array<ResolversTypes['SpinOffLink']>, ParentType, ContextType, RequireFields<ResearchInstituteSpinOffsArgs, 'evidence'>>;
  spunOffFrom?: Resolver<Array<ResolversTypes['SpinOffLink']>, ParentType, ContextType, RequireFields<ResearchInstituteSpunOffFromArgs, 'evidence'>>;
  technologies?: Resolver<Array<ResolversTypes['Technology']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['ResearchInstituteType'], ParentType, ContextType>;
  valueChainStages?: Resolver<Array<ResolversTypes['ValueChainStage']>, ParentType, ContextType>;
  website?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ScienceIndustryLinksResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ScienceIndustryLinks'] = ResolversParentTypes['ScienceIndustryLinks']> = {
  cluster?: Resolver<Maybe<ResolversTypes['Cluster']>, ParentType, ContextType>;
  companyCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  countsByInteractionModel?: Resolver<Array<ResolversTypes['InteractionModelCount']>, ParentType, ContextType>;
  countsByLinkKind?: Resolver<Array<ResolversTypes['LinkKindCount']>, ParentType, ContextType>;
  instituteCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  region?: Resolver<Maybe<ResolversTypes['Region']>, ParentType, ContextType>;
  strongestPairs?: Resolver<Array<ResolversTypes['ScienceIndustryPair']>, ParentType, ContextType>;
};

export type ScienceIndustryPairResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ScienceIndustryPair'] = ResolversParentTypes['ScienceIndustryPair']> = {
  company?: Resolver<ResolversTypes['Company'], ParentType, ContextType>;
  institute?: Resolver<ResolversTypes['ResearchInstitute'], ParentType, ContextType>;
  links?: Resolver<Array<ResolversTypes['SubgraphEdge']>, ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SearchHitResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SearchHit'] = ResolversParentTypes['SearchHit']> = {
  exact?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Node'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type ShortestConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ShortestConnection'] = ResolversParentTypes['ShortestConnection']> = {
  explanation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  hops?: Resolver<Array<ResolversTypes['ConnectionHop']>, ParentType, ContextType>;
  length?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SinglePointOfFailureResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SinglePointOfFailure'] = ResolversParentTypes['SinglePointOfFailure']> = {
  companiesCutOff?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  cuts?: Resolver<Array<ResolversTypes['SupplyCut']>, ParentType, ContextType>;
  inScope?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  outsideRegion?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  stagesCutOff?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  supplier?: Resolver<ResolversTypes['Company'], ParentType, ContextType>;
};

export type SourcedResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Sourced'] = ResolversParentTypes['Sourced']> = {
  __resolveType: TypeResolveFn<'Cluster' | 'Company' | 'Organization' | 'ResearchInstitute', ParentType, ContextType>;
};

export type SpinOffLinkResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SpinOffLink'] = ResolversParentTypes['SpinOffLink']> = {
  illustrative?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  origin?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  spinOff?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  year?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type StageCoverageResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['StageCoverage'] = ResolversParentTypes['StageCoverage']> = {
  covered?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  members?: Resolver<Array<ResolversTypes['Actor']>, ParentType, ContextType>;
  nearestByGeography?: Resolver<Array<ResolversTypes['CoverageCandidate']>, ParentType, ContextType>;
  nearestByNetwork?: Resolver<Array<ResolversTypes['CoverageCandidate']>, ParentType, ContextType>;
  stage?: Resolver<ResolversTypes['ValueChainStage'], ParentType, ContextType>;
};

export type SubgraphResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Subgraph'] = ResolversParentTypes['Subgraph']> = {
  clusters?: Resolver<Array<ResolversTypes['SubgraphCluster']>, ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['SubgraphEdge']>, ParentType, ContextType>;
  memberships?: Resolver<Array<ResolversTypes['SubgraphMembership']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['SubgraphNode']>, ParentType, ContextType>;
};

export type SubgraphClusterResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SubgraphCluster'] = ResolversParentTypes['SubgraphCluster']> = {
  cluster?: Resolver<ResolversTypes['Cluster'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  memberCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type SubgraphEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SubgraphEdge'] = ResolversParentTypes['SubgraphEdge']> = {
  cluster?: Resolver<Maybe<ResolversTypes['Cluster']>, ParentType, ContextType>;
  directed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  illustrative?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  interactionModel?: Resolver<Maybe<ResolversTypes['InteractionModel']>, ParentType, ContextType>;
  linkKind?: Resolver<ResolversTypes['NetworkLinkKind'], ParentType, ContextType>;
  product?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  project?: Resolver<Maybe<ResolversTypes['Project']>, ParentType, ContextType>;
  since?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  stage?: Resolver<Maybe<ResolversTypes['ValueChainStage']>, ParentType, ContextType>;
  target?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  topic?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  until?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  weight?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type SubgraphMembershipResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SubgraphMembership'] = ResolversParentTypes['SubgraphMembership']> = {
  actor?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  cluster?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  illustrative?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  since?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  until?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
};

export type SubgraphNodeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SubgraphNode'] = ResolversParentTypes['SubgraphNode']> = {
  actor?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  distance?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ActorKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type SupplyAlternativeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SupplyAlternative'] = ResolversParentTypes['SupplyAlternative']> = {
  activeInStage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  company?: Resolver<ResolversTypes['Company'], ParentType, ContextType>;
  distanceKm?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  existingPartner?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  reasons?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  sharedClusters?: Resolver<Array<ResolversTypes['Cluster']>, ParentType, ContextType>;
  sharedTechnologies?: Resolver<Array<ResolversTypes['Technology']>, ParentType, ContextType>;
  suppliesStage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type SupplyChainResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SupplyChain'] = ResolversParentTypes['SupplyChain']> = {
  company?: Resolver<ResolversTypes['Company'], ParentType, ContextType>;
  direction?: Resolver<ResolversTypes['SupplyDirection'], ParentType, ContextType>;
  tiers?: Resolver<Array<ResolversTypes['SupplyTier']>, ParentType, ContextType>;
  truncated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type SupplyCutResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SupplyCut'] = ResolversParentTypes['SupplyCut']> = {
  company?: Resolver<ResolversTypes['Company'], ParentType, ContextType>;
  stages?: Resolver<Array<ResolversTypes['ValueChainStage']>, ParentType, ContextType>;
};

export type SupplyDisruptionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SupplyDisruption'] = ResolversParentTypes['SupplyDisruption']> = {
  companies?: Resolver<Array<ResolversTypes['CompanyDisruption']>, ParentType, ContextType>;
  removed?: Resolver<Array<ResolversTypes['Company']>, ParentType, ContextType>;
  scope?: Resolver<ResolversTypes['SupplyScopeSummary'], ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['DisruptionSummary'], ParentType, ContextType>;
  suppliersConsidered?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  tiers?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  truncated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type SupplyEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SupplyEdge'] = ResolversParentTypes['SupplyEdge']> = {
  customer?: Resolver<ResolversTypes['Company'], ParentType, ContextType>;
  illustrative?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  product?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  since?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  stage?: Resolver<Maybe<ResolversTypes['ValueChainStage']>, ParentType, ContextType>;
  supplier?: Resolver<ResolversTypes['Company'], ParentType, ContextType>;
  until?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
};

export type SupplyLinkResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SupplyLink'] = ResolversParentTypes['SupplyLink']> = {
  customer?: Resolver<ResolversTypes['Company'], ParentType, ContextType>;
  illustrative?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  product?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  since?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  stage?: Resolver<Maybe<ResolversTypes['ValueChainStage']>, ParentType, ContextType>;
  supplier?: Resolver<ResolversTypes['Company'], ParentType, ContextType>;
  until?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
};

export type SupplyLinkConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SupplyLinkConnection'] = ResolversParentTypes['SupplyLinkConnection']> = {
  edges?: Resolver<Array<ResolversTypes['SupplyLinkEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SupplyLinkEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SupplyLinkEdge'] = ResolversParentTypes['SupplyLinkEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['SupplyLink'], ParentType, ContextType>;
};

export type SupplyLinkPayloadResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SupplyLinkPayload'] = ResolversParentTypes['SupplyLinkPayload']> = {
  errors?: Resolver<Array<ResolversTypes['MutationError']>, ParentType, ContextType>;
  supplyLink?: Resolver<Maybe<ResolversTypes['SupplyLink']>, ParentType, ContextType>;
};

export type SupplyPathResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SupplyPath'] = ResolversParentTypes['SupplyPath']> = {
  hops?: Resolver<Array<ResolversTypes['SupplyEdge']>, ParentType, ContextType>;
  length?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SupplyRiskResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SupplyRisk'] = ResolversParentTypes['SupplyRisk']> = {
  localShare?: Resolver<ResolversTypes['LocalSupplyShare'], ParentType, ContextType>;
  scope?: Resolver<ResolversTypes['SupplyScopeSummary'], ParentType, ContextType>;
  suppliers?: Resolver<Array<ResolversTypes['SinglePointOfFailure']>, ParentType, ContextType>;
  suppliersConsidered?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  tiers?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  truncated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type SupplyScopeSummaryResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SupplyScopeSummary'] = ResolversParentTypes['SupplyScopeSummary']> = {
  cluster?: Resolver<Maybe<ResolversTypes['Cluster']>, ParentType, ContextType>;
  companies?: Resolver<Array<ResolversTypes['Company']>, ParentType, ContextType>;
  companyCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  referenceRegion?: Resolver<Maybe<ResolversTypes['Region']>, ParentType, ContextType>;
  region?: Resolver<Maybe<ResolversTypes['Region']>, ParentType, ContextType>;
};

export type SupplyTierResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SupplyTier'] = ResolversParentTypes['SupplyTier']> = {
  companies?: Resolver<Array<ResolversTypes['Company']>, ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['SupplyEdge']>, ParentType, ContextType>;
  tier?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type TechnologyResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Technology'] = ResolversParentTypes['Technology']> = {
  actors?: Resolver<ResolversTypes['ActorConnection'], ParentType, ContextType, RequireFields<TechnologyActorsArgs, 'evidence' | 'first'>>;
  broader?: Resolver<Maybe<ResolversTypes['Technology']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  narrower?: Resolver<Array<ResolversTypes['Technology']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type TechnologyCountResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['TechnologyCount'] = ResolversParentTypes['TechnologyCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  technology?: Resolver<ResolversTypes['Technology'], ParentType, ContextType>;
};

export type UpsertClusterPayloadResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['UpsertClusterPayload'] = ResolversParentTypes['UpsertClusterPayload']> = {
  cluster?: Resolver<Maybe<ResolversTypes['Cluster']>, ParentType, ContextType>;
  created?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['MutationError']>, ParentType, ContextType>;
};

export type UpsertCompanyPayloadResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['UpsertCompanyPayload'] = ResolversParentTypes['UpsertCompanyPayload']> = {
  company?: Resolver<Maybe<ResolversTypes['Company']>, ParentType, ContextType>;
  created?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['MutationError']>, ParentType, ContextType>;
};

export type UpsertOrganizationPayloadResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['UpsertOrganizationPayload'] = ResolversParentTypes['UpsertOrganizationPayload']> = {
  created?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['MutationError']>, ParentType, ContextType>;
  organization?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType>;
};

export type UpsertResearchInstitutePayloadResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['UpsertResearchInstitutePayload'] = ResolversParentTypes['UpsertResearchInstitutePayload']> = {
  created?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['MutationError']>, ParentType, ContextType>;
  researchInstitute?: Resolver<Maybe<ResolversTypes['ResearchInstitute']>, ParentType, ContextType>;
};

export type ValueChainResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ValueChain'] = ResolversParentTypes['ValueChain']> = {
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  stages?: Resolver<Array<ResolversTypes['ValueChainStage']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ValueChainCoverageResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ValueChainCoverage'] = ResolversParentTypes['ValueChainCoverage']> = {
  cluster?: Resolver<ResolversTypes['Cluster'], ParentType, ContextType>;
  coveredCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  referencePoint?: Resolver<Maybe<ResolversTypes['GeoPoint']>, ParentType, ContextType>;
  referencePointSource?: Resolver<ResolversTypes['ReferencePointSource'], ParentType, ContextType>;
  stages?: Resolver<Array<ResolversTypes['StageCoverage']>, ParentType, ContextType>;
  valueChain?: Resolver<ResolversTypes['ValueChain'], ParentType, ContextType>;
};

export type ValueChainStageResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ValueChainStage'] = ResolversParentTypes['ValueChainStage']> = {
  actors?: Resolver<ResolversTypes['ActorConnection'], ParentType, ContextType, RequireFields<ValueChainStageActorsArgs, 'evidence' | 'first'>>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  order?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  valueChain?: Resolver<ResolversTypes['ValueChain'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type Resolvers<ContextType = RequestContext> = {
  Actor?: ActorResolvers<ContextType>;
  ActorCentrality?: ActorCentralityResolvers<ContextType>;
  ActorCentralityConnection?: ActorCentralityConnectionResolvers<ContextType>;
  ActorCentralityEdge?: ActorCentralityEdgeResolvers<ContextType>;
  ActorConnection?: ActorConnectionResolvers<ContextType>;
  ActorEdge?: ActorEdgeResolvers<ContextType>;
  AnalysisEdge?: AnalysisEdgeResolvers<ContextType>;
  AnalysisNode?: AnalysisNodeResolvers<ContextType>;
  AnalysisSubgraph?: AnalysisSubgraphResolvers<ContextType>;
  Broker?: BrokerResolvers<ContextType>;
  Cluster?: ClusterResolvers<ContextType>;
  ClusterConnection?: ClusterConnectionResolvers<ContextType>;
  ClusterEdge?: ClusterEdgeResolvers<ContextType>;
  ClusterMatch?: ClusterMatchResolvers<ContextType>;
  ClusterMemberConnection?: ClusterMemberConnectionResolvers<ContextType>;
  ClusterMemberEdge?: ClusterMemberEdgeResolvers<ContextType>;
  ClusterStatistics?: ClusterStatisticsResolvers<ContextType>;
  ClusterYear?: ClusterYearResolvers<ContextType>;
  Collaboration?: CollaborationResolvers<ContextType>;
  CollaborationPayload?: CollaborationPayloadResolvers<ContextType>;
  Community?: CommunityResolvers<ContextType>;
  CommunityAnalysis?: CommunityAnalysisResolvers<ContextType>;
  Company?: CompanyResolvers<ContextType>;
  CompanyDisruption?: CompanyDisruptionResolvers<ContextType>;
  CompanyLocalShare?: CompanyLocalShareResolvers<ContextType>;
  ComplementaryStage?: ComplementaryStageResolvers<ContextType>;
  ConnectionHop?: ConnectionHopResolvers<ContextType>;
  CountGroup?: CountGroupResolvers<ContextType>;
  CoverageCandidate?: CoverageCandidateResolvers<ContextType>;
  CriticalSupplier?: CriticalSupplierResolvers<ContextType>;
  CriticalSupplierAnalysis?: CriticalSupplierAnalysisResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DeletePayload?: DeletePayloadResolvers<ContextType>;
  DisruptionSummary?: DisruptionSummaryResolvers<ContextType>;
  DisruptionTierCount?: DisruptionTierCountResolvers<ContextType>;
  FundingProgram?: FundingProgramResolvers<ContextType>;
  GeoPoint?: GeoPointResolvers<ContextType>;
  GroupedCount?: GroupedCountResolvers<ContextType>;
  InteractionModelCount?: InteractionModelCountResolvers<ContextType>;
  KeptStage?: KeptStageResolvers<ContextType>;
  LinkKindCount?: LinkKindCountResolvers<ContextType>;
  LocalShareCounts?: LocalShareCountsResolvers<ContextType>;
  LocalShareTier?: LocalShareTierResolvers<ContextType>;
  LocalSupplyShare?: LocalSupplyShareResolvers<ContextType>;
  LostStage?: LostStageResolvers<ContextType>;
  Membership?: MembershipResolvers<ContextType>;
  MembershipConnection?: MembershipConnectionResolvers<ContextType>;
  MembershipEdge?: MembershipEdgeResolvers<ContextType>;
  MembershipPayload?: MembershipPayloadResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  MutationError?: MutationErrorResolvers<ContextType>;
  NearbyActor?: NearbyActorResolvers<ContextType>;
  NetworkAnalysis?: NetworkAnalysisResolvers<ContextType>;
  NetworkPathStep?: NetworkPathStepResolvers<ContextType>;
  NetworkSize?: NetworkSizeResolvers<ContextType>;
  Node?: NodeResolvers<ContextType>;
  Organization?: OrganizationResolvers<ContextType>;
  OutsideSourcedStage?: OutsideSourcedStageResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PartnerConnection?: PartnerConnectionResolvers<ContextType>;
  PartnerEdge?: PartnerEdgeResolvers<ContextType>;
  PartnerNetwork?: PartnerNetworkResolvers<ContextType>;
  PartnerNetworkRow?: PartnerNetworkRowResolvers<ContextType>;
  PartnerNetworkRowConnection?: PartnerNetworkRowConnectionResolvers<ContextType>;
  PartnerRecommendation?: PartnerRecommendationResolvers<ContextType>;
  Project?: ProjectResolvers<ContextType>;
  ProjectParticipant?: ProjectParticipantResolvers<ContextType>;
  ProjectParticipation?: ProjectParticipationResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Region?: RegionResolvers<ContextType>;
  ResearchInstitute?: ResearchInstituteResolvers<ContextType>;
  ScienceIndustryLinks?: ScienceIndustryLinksResolvers<ContextType>;
  ScienceIndustryPair?: ScienceIndustryPairResolvers<ContextType>;
  SearchHit?: SearchHitResolvers<ContextType>;
  ShortestConnection?: ShortestConnectionResolvers<ContextType>;
  SinglePointOfFailure?: SinglePointOfFailureResolvers<ContextType>;
  Sourced?: SourcedResolvers<ContextType>;
  SpinOffLink?: SpinOffLinkResolvers<ContextType>;
  StageCoverage?: StageCoverageResolvers<ContextType>;
  Subgraph?: SubgraphResolvers<ContextType>;
  SubgraphCluster?: SubgraphClusterResolvers<ContextType>;
  SubgraphEdge?: SubgraphEdgeResolvers<ContextType>;
  SubgraphMembership?: SubgraphMembershipResolvers<ContextType>;
  SubgraphNode?: SubgraphNodeResolvers<ContextType>;
  SupplyAlternative?: SupplyAlternativeResolvers<ContextType>;
  SupplyChain?: SupplyChainResolvers<ContextType>;
  SupplyCut?: SupplyCutResolvers<ContextType>;
  SupplyDisruption?: SupplyDisruptionResolvers<ContextType>;
  SupplyEdge?: SupplyEdgeResolvers<ContextType>;
  SupplyLink?: SupplyLinkResolvers<ContextType>;
  SupplyLinkConnection?: SupplyLinkConnectionResolvers<ContextType>;
  SupplyLinkEdge?: SupplyLinkEdgeResolvers<ContextType>;
  SupplyLinkPayload?: SupplyLinkPayloadResolvers<ContextType>;
  SupplyPath?: SupplyPathResolvers<ContextType>;
  SupplyRisk?: SupplyRiskResolvers<ContextType>;
  SupplyScopeSummary?: SupplyScopeSummaryResolvers<ContextType>;
  SupplyTier?: SupplyTierResolvers<ContextType>;
  Technology?: TechnologyResolvers<ContextType>;
  TechnologyCount?: TechnologyCountResolvers<ContextType>;
  UpsertClusterPayload?: UpsertClusterPayloadResolvers<ContextType>;
  UpsertCompanyPayload?: UpsertCompanyPayloadResolvers<ContextType>;
  UpsertOrganizationPayload?: UpsertOrganizationPayloadResolvers<ContextType>;
  UpsertResearchInstitutePayload?: UpsertResearchInstitutePayloadResolvers<ContextType>;
  ValueChain?: ValueChainResolvers<ContextType>;
  ValueChainCoverage?: ValueChainCoverageResolvers<ContextType>;
  ValueChainStage?: ValueChainStageResolvers<ContextType>;
};

