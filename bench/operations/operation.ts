import type { Json } from '../json';

/** The operations every contender runs (ours, the floor and the peer), in the order they run and print. */
export const COMPARED_OPERATION_NAMES = [
  'actorById',
  'actorList',
  'nestedRead',
  'partnerNetwork2',
  'partnerNetwork3',
  'supplyChain4',
  'supplyPaths',
  'search',
  'actorCounts',
  'supplyRisk',
  'supplyDisruption',
  'shortestConnection',
  'criticalSuppliers',
  'scienceIndustryLinks',
  'valueChainCoverage',
  'valueChainGaps',
  'recommendPartners',
  'explorerNetwork',
] as const;

/**
 * Operations only ours runs: no floor query and no peer schema could do what they do short of reimplementing
 * our server (network analysis in a graph library). They are timed like the others; ratios are "—".
 */
export const OURS_ONLY_OPERATION_NAMES = ['networkAnalysisCluster', 'networkAnalysisNetwork2'] as const;

/** The operations of the mix, in the order they run and print. */
export const OPERATION_NAMES = [...COMPARED_OPERATION_NAMES, ...OURS_ONLY_OPERATION_NAMES] as const;

export type ComparedOperationName = (typeof COMPARED_OPERATION_NAMES)[number];
export type OursOnlyOperationName = (typeof OURS_ONLY_OPERATION_NAMES)[number];
export type OperationName = (typeof OPERATION_NAMES)[number];

export interface GraphqlRequest {
  query: string;
  variables: Record<string, Json>;
}

/** Values picked from the generated graph once per run (bench/fixtures.ts); every contender gets the same. */
export interface Fixtures {
  /** A company with many direct suppliers: actor by id, supply chain target, supply paths end. */
  companyId: string;
  /** The state that company is located in: the region filter of the list page. */
  stateId: string;
  /** An actor with a handful of collaborations: the partner network center. */
  networkCenterId: string;
  /** A company three supply relations upstream of companyId with few paths to it. */
  pathFromId: string;
  /** What a user types into search, and the Lucene query our API builds from it (toLuceneQuery). */
  searchText: string;
  luceneQuery: string;
  /** The cluster with the most member companies: the scope of supplyRisk and supplyDisruption. */
  clusterId: string;
  /** Its top single point of failure (by our algorithm): the supplier the what-if removes. */
  topSupplierId: string;
  /** The (company, stage) pairs the what-if loses (by our algorithm): the floor's alternatives are asked for them. */
  lostStages: LostStageFixture[];
  /** The actor with the most collaboration partners: the center of the depth-2 network analysis. */
  hubActorId: string;
  /** The actor farthest (then first by id) within four collaboration or supply hops of the network center. */
  connectionToId: string;
  /** A value chain the largest cluster covers in part (the first by id; the first value chain otherwise). */
  valueChainId: string;
  /**
   * The cluster with the most member companies that misses a stage of a value chain it covers in part, and that
   * value chain (first by id): the coverage searches candidates for the missing stages. null when no cluster of
   * the graph misses a stage.
   */
  gaps: { clusterId: string; valueChainId: string } | null;
}

/** A scope company and a stage it loses when the top supplier fails, with the stage's suppliers before. */
export interface LostStageFixture {
  companyId: string;
  stageId: string;
  formerSupplierIds: string[];
}

/** What every operation has: our query and how to read our answer. */
interface OperationCore {
  /** What the operation asks, for the table and the README. */
  title: string;
  /**
   * Levels of entities the query reads (a list and what hangs below it count one level each): the round-trip
   * target for ours is depth + 1.
   */
  depth: number;
  ours: GraphqlRequest;
  /** `data` of our response → the comparable answer (for an ours-only operation: what the check shows). */
  normalizeOurs(data: Json): Json;
}

/**
 * One operation of the mix as the three contenders ask it: our GraphQL API, the peer's GraphQL schema
 * (bench/peer/schema.graphql) and the floor's one hand-written Cypher query (floorCypher.ts, by name). Each
 * contender's answer is turned into one comparable form, so the check before timing can say ✔ or show the
 * difference.
 */
export interface ComparedOperation extends OperationCore {
  name: ComparedOperationName;
  oursOnly?: false;
  peer: GraphqlRequest;
  floorParams: Record<string, Json>;
  /** `data` of the peer's response → the comparable answer. */
  normalizePeer(data: Json): Json;
  /** The floor's rows (the `result` column of each record) → the comparable answer. */
  normalizeFloor(rows: Json[]): Json;
  /**
   * Where the peer can answer only part of the question (it cannot run an algorithm in Node): the part of the
   * floor's comparable answer the peer's is compared with. Absent: the whole answer.
   */
  peerComparable?: (floorAnswer: Json) => Json;
}

/** An operation only ours runs (OURS_ONLY_OPERATION_NAMES): checked for an answer without errors, not compared. */
export interface OursOnlyOperation extends OperationCore {
  name: OursOnlyOperationName;
  oursOnly: true;
}

export type Operation = ComparedOperation | OursOnlyOperation;
