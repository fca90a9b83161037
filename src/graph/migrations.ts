import { searchProperties } from '../model';
import type { GraphClient, Statement } from './graphClient';
import { NODE_LABELS } from '../model';

/**
 * Constraints and indexes, applied at every start. Each statement is idempotent (IF NOT EXISTS), so a
 * second start changes nothing. Every node carries the label `Entity` too: its unique `id` makes ids unique
 * across the whole graph and lets `node(id)` find any entity with one index lookup.
 */
export const MIGRATIONS: readonly Statement[] = [
  // Indexes first, constraints last: CREATE INDEX returns at once and the index fills in the background, while
  // CREATE CONSTRAINT waits until its own index is filled and checked. In this order the indexes fill while the
  // constraints are made one by one; in the other they filled afterwards, while migrate waited (awaitIndexes).
  // On a bulk-loaded 100k graph: 15.7 s against 24.8–29.8 s (session 9, bench/results/2026-12-03-scale.md).
  { name: 'actor_name', text: 'CREATE INDEX actor_name IF NOT EXISTS FOR (n:Actor) ON (n.name, n.id)' },
  { name: 'actor_kind', text: 'CREATE INDEX actor_kind IF NOT EXISTS FOR (n:Actor) ON (n.kind)' },
  { name: 'actor_founded', text: 'CREATE INDEX actor_founded IF NOT EXISTS FOR (n:Actor) ON (n.foundedYear)' },
  { name: 'company_size', text: 'CREATE INDEX company_size IF NOT EXISTS FOR (n:Company) ON (n.size)' },
  { name: 'cluster_name', text: 'CREATE INDEX cluster_name IF NOT EXISTS FOR (n:Cluster) ON (n.name, n.id)' },
  { name: 'actor_location', text: 'CREATE POINT INDEX actor_location IF NOT EXISTS FOR (n:Actor) ON (n.location)' },
  // supplyDisruption's alternatives look up the companies supplying a stage anywhere in the graph.
  { name: 'supplies_stage', text: 'CREATE INDEX supplies_stage IF NOT EXISTS FOR ()-[r:SUPPLIES]-() ON (r.stage)' },
  // The search index reads the folded copies of names and descriptions (src/model/searchFolding.ts); the first
  // index over the raw texts is replaced.
  { name: 'drop_entity_search_raw', text: 'DROP INDEX entity_search IF EXISTS' },
  {
    name: 'entity_search_folded',
    text:
      'CREATE FULLTEXT INDEX entity_search_folded IF NOT EXISTS FOR (n:Company|ResearchInstitute|Organization|Cluster|Technology|Project|FundingProgram|Region) ' +
      'ON EACH [n.searchName, n.searchDescription]',
  },
  { name: 'entity_id_unique', text: 'CREATE CONSTRAINT entity_id_unique IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE' },
  ...NODE_LABELS.map((label) => ({
    name: `${label}_id_unique`,
    // Labels come from the fixed allow-list above, never from input.
    text: `CREATE CONSTRAINT ${label.toLowerCase()}_id_unique IF NOT EXISTS FOR (n:${label}) REQUIRE n.id IS UNIQUE`,
  })),
  { name: 'actor_id_unique', text: 'CREATE CONSTRAINT actor_id_unique IF NOT EXISTS FOR (n:Actor) REQUIRE n.id IS UNIQUE' },
];

/** How many entities get their search properties per write when an older database is brought up to date. */
const BACKFILL_BATCH = 5_000;

/**
 * Gives entities written before search folding existed their search properties (the importer writes them for
 * new rows), batch by batch; on an up-to-date database it reads nothing (one index-less count of none).
 */
export async function backfillSearchProperties(graph: GraphClient): Promise<number> {
  let total = 0;
  for (;;) {
    const rows = await graph.read({
      name: 'search_backfill_read',
      text: `MATCH (n:Entity) WHERE n.searchKeys IS NULL AND n.name IS NOT NULL
        RETURN n.id AS id, n.name AS name, coalesce(n.aliases, []) AS aliases, n.description AS description LIMIT toInteger($batch)`,
      params: { batch: BACKFILL_BATCH },
    });
    if (rows.length === 0) return total;
    const updates = rows.map((row) => ({
      id: row['id'] as string,
      ...searchProperties({ id: row['id'] as string, name: row['name'] as string, aliases: row['aliases'] as string[], description: row['description'] as string | null }),
    }));
    await graph.write({
      name: 'search_backfill_write',
      text: `UNWIND $updates AS u
        MATCH (n:Entity {id: u.id})
        SET n.searchName = u.searchName, n.searchDescription = u.searchDescription, n.searchKeys = u.searchKeys`,
      params: { updates },
    });
    total += updates.length;
  }
}

export interface MigrateOptions {
  /**
   * False for a store this code has just written whole (a bulk load): every entity already has its search
   * properties, and the backfill's check would read every entity for nothing (1.2–3 s at 100k actors).
   */
  backfill?: boolean;
}

/** Applies every migration and backfill, then waits until the indexes are online so the first queries can use them. */
export async function migrate(graph: GraphClient, options: MigrateOptions = {}): Promise<void> {
  for (const statement of MIGRATIONS) await graph.write(statement);
  if (options.backfill !== false) await backfillSearchProperties(graph);
  await graph.write({ name: 'await_indexes', text: 'CALL db.awaitIndexes(300)' });
}

/** Whether a constraint of that name exists (e.g. to check that `migrate` ran before an import). */
export async function constraintExists(graph: GraphClient, name: string): Promise<boolean> {
  const rows = await graph.read({
    name: 'constraint_exists',
    text: 'SHOW CONSTRAINTS YIELD name WHERE name = $name RETURN name',
    params: { name },
  });
  return rows.length > 0;
}
