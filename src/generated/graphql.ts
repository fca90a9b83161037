import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { ActorModel, ClusterModel, RegionModel } from '../resolvers/models';
import type { RequestContext } from '../server/context';
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
  /** The actor's usual name. */
  name: Scalars['String']['output'];
  /** The region (usually a city) it is located in. */
  region: Maybe<Region>;
  /** Citations for this actor, or `illustrative` / `fictional`. */
  sources: Array<Scalars['String']['output']>;
  /** Its website, when known. */
  website: Maybe<Scalars['String']['output']>;
};

/** The three kinds of actors in a cluster. */
export type ActorKind =
  /** A company (industry). */
  | 'COMPANY'
  /** A support organisation: cluster management, association, chamber, agency, investor, public body. */
  | 'ORGANIZATION'
  /** A university, university of applied sciences or research institute (science). */
  | 'RESEARCH_INSTITUTE';

/**
 * A cluster or network: a place where a value chain can be found, with companies, research institutes and
 * support organisations joined by shared objectives.
 */
export type Cluster = Node & Sourced & {
  __typename?: 'Cluster';
  /** Other names it is known by. */
  aliases: Array<Scalars['String']['output']>;
  /** What the cluster is about. */
  description: Maybe<Scalars['String']['output']>;
  /** The year (or date) it was founded, when known. */
  founded: Maybe<Scalars['Date']['output']>;
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
  /** Its website, when known. */
  website: Maybe<Scalars['String']['output']>;
};


/**
 * A cluster or network: a place where a value chain can be found, with companies, research institutes and
 * support organisations joined by shared objectives.
 */
export type ClusterMembersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  kinds?: InputMaybe<Array<ActorKind>>;
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

/** A company: the industry side of a cluster. */
export type Company = Actor & Node & Sourced & {
  __typename?: 'Company';
  /** Other names it is known by. */
  aliases: Array<Scalars['String']['output']>;
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
  /** The company's usual name. */
  name: Scalars['String']['output'];
  /** The region (usually a city) it is located in. */
  region: Maybe<Region>;
  /** EU SME size class, when known. */
  size: Maybe<CompanySize>;
  /** Citations, or `illustrative` / `fictional`. */
  sources: Array<Scalars['String']['output']>;
  /** Its website, when known. */
  website: Maybe<Scalars['String']['output']>;
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

/** A point on the earth, WGS84. */
export type GeoPoint = {
  __typename?: 'GeoPoint';
  /** Latitude in decimal degrees, -90..90. */
  latitude: Scalars['Float']['output'];
  /** Longitude in decimal degrees, -180..180. */
  longitude: Scalars['Float']['output'];
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
 * Anything in the graph that has a stable id. Ids are lowercase slugs, unique across the whole graph
 * (e.g. `silicon-saxony`, `fraunhofer-iof`), so `node(id)` finds any entity without knowing its kind.
 */
export type Node = {
  /** The entity's stable id: a lowercase slug unique across the graph. */
  id: Scalars['ID']['output'];
};

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
  /** The organisation's usual name. */
  name: Scalars['String']['output'];
  /** The region (usually a city) it is located in. */
  region: Maybe<Region>;
  /** Citations, or `illustrative`. */
  sources: Array<Scalars['String']['output']>;
  /** What kind of support organisation it is. */
  type: OrganizationType;
  /** Its website, when known. */
  website: Maybe<Scalars['String']['output']>;
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

/** The entry points of the API. */
export type Query = {
  __typename?: 'Query';
  /** An actor (company, research institute or organisation) by id. Null when there is none. */
  actor: Maybe<Actor>;
  /** A cluster by id. Null when there is none. */
  cluster: Maybe<Cluster>;
  /** Any entity by its id, whatever its kind. Null when no entity has that id. */
  node: Maybe<Node>;
};


/** The entry points of the API. */
export type QueryActorArgs = {
  id: Scalars['ID']['input'];
};


/** The entry points of the API. */
export type QueryClusterArgs = {
  id: Scalars['ID']['input'];
};


/** The entry points of the API. */
export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};

/** A region: country, state, district or city, nested by PART_OF. */
export type Region = Node & {
  __typename?: 'Region';
  /** The region's stable id (e.g. `de-sn-dresden`). */
  id: Scalars['ID']['output'];
  /** Country, state, district or city. */
  level: RegionLevel;
  /** Its centre, when known. */
  location: Maybe<GeoPoint>;
  /** The region's name. */
  name: Scalars['String']['output'];
  /** The NUTS code, where one exists (e.g. `DED21`). */
  nuts: Maybe<Scalars['String']['output']>;
  /** The region it is part of; null for a country. */
  parent: Maybe<Region>;
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
  /** The institute's usual name. */
  name: Scalars['String']['output'];
  /** The research organisation it belongs to, for non-university institutes. */
  parentOrganization: Maybe<ParentOrganization>;
  /** The region (usually a city) it is located in. */
  region: Maybe<Region>;
  /** Citations, or `illustrative`. */
  sources: Array<Scalars['String']['output']>;
  /** University, university of applied sciences, non-university institute or other. */
  type: ResearchInstituteType;
  /** Its website, when known. */
  website: Maybe<Scalars['String']['output']>;
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
    | ( ActorModel )
    | ( RegionModel )
    | ( ActorModel )
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
  ActorKind: ActorKind;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Cluster: ResolverTypeWrapper<ClusterModel>;
  ClusterMemberConnection: ResolverTypeWrapper<Omit<ClusterMemberConnection, 'edges'> & { edges: Array<ResolversTypes['ClusterMemberEdge']> }>;
  ClusterMemberEdge: ResolverTypeWrapper<Omit<ClusterMemberEdge, 'node'> & { node: ResolversTypes['Actor'] }>;
  Company: ResolverTypeWrapper<ActorModel>;
  CompanySize: CompanySize;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  GeoPoint: ResolverTypeWrapper<GeoPoint>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  MembershipRole: MembershipRole;
  Node: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['Node']>;
  Organization: ResolverTypeWrapper<ActorModel>;
  OrganizationType: OrganizationType;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  ParentOrganization: ParentOrganization;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Region: ResolverTypeWrapper<RegionModel>;
  RegionLevel: RegionLevel;
  ResearchInstitute: ResolverTypeWrapper<ActorModel>;
  ResearchInstituteType: ResearchInstituteType;
  Sourced: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['Sourced']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Actor: ResolversInterfaceTypes<ResolversParentTypes>['Actor'];
  Boolean: Scalars['Boolean']['output'];
  Cluster: ClusterModel;
  ClusterMemberConnection: Omit<ClusterMemberConnection, 'edges'> & { edges: Array<ResolversParentTypes['ClusterMemberEdge']> };
  ClusterMemberEdge: Omit<ClusterMemberEdge, 'node'> & { node: ResolversParentTypes['Actor'] };
  Company: ActorModel;
  Date: Scalars['Date']['output'];
  Float: Scalars['Float']['output'];
  GeoPoint: GeoPoint;
  ID: Scalars['ID']['output'];
  Int: Scalars['Int']['output'];
  Node: ResolversInterfaceTypes<ResolversParentTypes>['Node'];
  Organization: ActorModel;
  PageInfo: PageInfo;
  Query: Record<PropertyKey, never>;
  Region: RegionModel;
  ResearchInstitute: ActorModel;
  Sourced: ResolversInterfaceTypes<ResolversParentTypes>['Sourced'];
  String: Scalars['String']['output'];
};

export type ActorResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Actor'] = ResolversParentTypes['Actor']> = {
  __resolveType: TypeResolveFn<'Company' | 'Organization' | 'ResearchInstitute', ParentType, ContextType>;
};

export type ClusterResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Cluster'] = ResolversParentTypes['Cluster']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  founded?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  illustrative?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  location?: Resolver<Maybe<ResolversTypes['GeoPoint']>, ParentType, ContextType>;
  members?: Resolver<ResolversTypes['ClusterMemberConnection'], ParentType, ContextType, RequireFields<ClusterMembersArgs, 'first'>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  region?: Resolver<Maybe<ResolversTypes['Region']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  website?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ClusterMemberConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ClusterMemberConnection'] = ResolversParentTypes['ClusterMemberConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ClusterMemberEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ClusterMemberEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ClusterMemberEdge'] = ResolversParentTypes['ClusterMemberEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  role?: Resolver<Maybe<ResolversTypes['MembershipRole']>, ParentType, ContextType>;
  since?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  until?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
};

export type CompanyResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Company'] = ResolversParentTypes['Company']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  employees?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  fictional?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  founded?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  illustrative?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ActorKind'], ParentType, ContextType>;
  location?: Resolver<Maybe<ResolversTypes['GeoPoint']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  region?: Resolver<Maybe<ResolversTypes['Region']>, ParentType, ContextType>;
  size?: Resolver<Maybe<ResolversTypes['CompanySize']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  website?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export type GeoPointResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['GeoPoint'] = ResolversParentTypes['GeoPoint']> = {
  latitude?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  longitude?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type NodeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Node'] = ResolversParentTypes['Node']> = {
  __resolveType: TypeResolveFn<'Cluster' | 'Company' | 'Organization' | 'Region' | 'ResearchInstitute', ParentType, ContextType>;
};

export type OrganizationResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Organization'] = ResolversParentTypes['Organization']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  founded?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  illustrative?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ActorKind'], ParentType, ContextType>;
  location?: Resolver<Maybe<ResolversTypes['GeoPoint']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  region?: Resolver<Maybe<ResolversTypes['Region']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['OrganizationType'], ParentType, ContextType>;
  website?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type QueryResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  actor?: Resolver<Maybe<ResolversTypes['Actor']>, ParentType, ContextType, RequireFields<QueryActorArgs, 'id'>>;
  cluster?: Resolver<Maybe<ResolversTypes['Cluster']>, ParentType, ContextType, RequireFields<QueryClusterArgs, 'id'>>;
  node?: Resolver<Maybe<ResolversTypes['Node']>, ParentType, ContextType, RequireFields<QueryNodeArgs, 'id'>>;
};

export type RegionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Region'] = ResolversParentTypes['Region']> = {
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
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  parentOrganization?: Resolver<Maybe<ResolversTypes['ParentOrganization']>, ParentType, ContextType>;
  region?: Resolver<Maybe<ResolversTypes['Region']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['ResearchInstituteType'], ParentType, ContextType>;
  website?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SourcedResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Sourced'] = ResolversParentTypes['Sourced']> = {
  __resolveType: TypeResolveFn<'Cluster' | 'Company' | 'Organization' | 'ResearchInstitute', ParentType, ContextType>;
};

export type Resolvers<ContextType = RequestContext> = {
  Actor?: ActorResolvers<ContextType>;
  Cluster?: ClusterResolvers<ContextType>;
  ClusterMemberConnection?: ClusterMemberConnectionResolvers<ContextType>;
  ClusterMemberEdge?: ClusterMemberEdgeResolvers<ContextType>;
  Company?: CompanyResolvers<ContextType>;
  Date?: GraphQLScalarType;
  GeoPoint?: GeoPointResolvers<ContextType>;
  Node?: NodeResolvers<ContextType>;
  Organization?: OrganizationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Region?: RegionResolvers<ContextType>;
  ResearchInstitute?: ResearchInstituteResolvers<ContextType>;
  Sourced?: SourcedResolvers<ContextType>;
};

