import type { GraphClient } from '../../../src/graph';
import { RELATIONSHIP_TYPES, type RelationshipType } from '../../../src/model';

/**
 * A tiny builder for the hand-built graphs of the traversal tests: every id is prefixed, every node carries
 * `Entity` and its own label (actors also `Actor`), properties as src/graph/README.md describes them.
 * Labels and relationship types come from fixed lists (the relationship types from the model's), never from test data.
 */
export type ActorKind = 'COMPANY' | 'RESEARCH_INSTITUTE' | 'ORGANIZATION';

export interface ActorSpec {
  id: string;
  name: string;
  kind?: ActorKind;
  lat?: number;
  lon?: number;
  /** False for an actor marked cited (see Fixture.cite); every other fixture actor is sample data. */
  illustrative?: boolean;
}

/** Props that make a fixture link cited rather than sample data (every fixture link is sample data unless given these). */
export const CITED: { sources: string[]; illustrative: boolean } = { sources: ['https://example.org/citation'], illustrative: false };

export interface LinkSpec {
  from: string;
  to: string;
  props?: Record<string, string | number | boolean | string[] | null>;
  /** ISO dates, stored as Neo4j dates. */
  validFrom?: string;
  validTo?: string;
}

const KIND_LABELS = { COMPANY: 'Company', RESEARCH_INSTITUTE: 'ResearchInstitute', ORGANIZATION: 'Organization' } as const;
const NODE_LABELS = ['Cluster', 'Region', 'Project', 'Technology', 'ValueChain', 'ValueChainStage'] as const;
// Every stored relationship type (the model's allow-list), so a new relationship needs nothing here.
const REL_TYPES = RELATIONSHIP_TYPES;
export type NodeLabel = (typeof NODE_LABELS)[number];
export type RelType = RelationshipType;

export class Fixture {
  private readonly actors: ActorSpec[] = [];
  private readonly nodes: Array<{ label: NodeLabel; id: string; props: Record<string, unknown> }> = [];
  private readonly links: Array<{ type: RelType } & LinkSpec> = [];

  constructor(readonly prefix: string) {}

  /** The prefixed id of a key. */
  id(key: string): string {
    return `${this.prefix}${key}`;
  }

  actor(key: string, name: string, kind: ActorKind = 'COMPANY', location?: { lat: number; lon: number }): this {
    this.actors.push({ id: this.id(key), name, kind, ...(location ? { lat: location.lat, lon: location.lon } : {}) });
    return this;
  }

  /** Marks the actors of these keys as cited (not sample data), for the `evidence: CITED` tests. */
  cite(...keys: string[]): this {
    for (const key of keys) {
      const actor = this.actors.find((a) => a.id === this.id(key));
      if (!actor) throw new Error(`no fixture actor ${key}`);
      actor.illustrative = false;
    }
    return this;
  }

  companies(...keys: string[]): this {
    for (const key of keys) this.actor(key, key.toUpperCase());
    return this;
  }

  node(label: NodeLabel, key: string, props: Record<string, unknown> = {}): this {
    this.nodes.push({ label, id: this.id(key), props: { name: key, ...props } });
    return this;
  }

  link(type: RelType, from: string, to: string, props: LinkSpec['props'] = {}, validity: { validFrom?: string; validTo?: string } = {}): this {
    this.links.push({ type, from: this.id(from), to: this.id(to), props: { sources: ['illustrative'], illustrative: true, ...props }, ...validity });
    return this;
  }

  async write(graph: GraphClient): Promise<void> {
    for (const [kind, label] of Object.entries(KIND_LABELS)) {
      const rows = this.actors.filter((a) => a.kind === kind);
      if (rows.length === 0) continue;
      await graph.write({
        name: 'test_fixture',
        text: `UNWIND $rows AS row
          CREATE (a:Entity:Actor:${label} {id: row.id, name: row.name, kind: row.kind, sources: CASE WHEN row.illustrative THEN ['fictional'] ELSE $citation END,
            illustrative: row.illustrative, fictional: row.illustrative})
          SET a.location = CASE WHEN row.lat IS NULL THEN null ELSE point({latitude: row.lat, longitude: row.lon}) END`,
        params: { rows: rows.map((r) => ({ lat: null, lon: null, illustrative: true, ...r })), citation: [...CITED.sources] },
      });
    }
    for (const label of NODE_LABELS) {
      const rows = this.nodes.filter((n) => n.label === label);
      if (rows.length === 0) continue;
      await graph.write({
        name: 'test_fixture',
        text: `UNWIND $rows AS row CREATE (n:Entity:${label} {id: row.id, sources: ['illustrative'], illustrative: true}) SET n += row.props
          SET n.location = CASE WHEN row.lat IS NULL THEN null ELSE point({latitude: row.lat, longitude: row.lon}) END
          SET n.startDate = CASE WHEN row.start IS NULL THEN null ELSE date(row.start) END
          SET n.endDate = CASE WHEN row.end IS NULL THEN null ELSE date(row.end) END`,
        params: {
          rows: rows.map((n) => {
            const { lat = null, lon = null, startDate = null, endDate = null, ...props } = n.props as Record<string, unknown>;
            return { id: n.id, props, lat, lon, start: startDate, end: endDate };
          }),
        },
      });
    }
    for (const type of REL_TYPES) {
      const rows = this.links.filter((l) => l.type === type);
      if (rows.length === 0) continue;
      await graph.write({
        name: 'test_fixture',
        text: `UNWIND $rows AS row
          MATCH (a:Entity {id: row.from}), (b:Entity {id: row.to})
          CREATE (a)-[r:${type}]->(b) SET r += row.props
          SET r.validFrom = CASE WHEN row.validFrom IS NULL THEN null ELSE date(row.validFrom) END
          SET r.validTo = CASE WHEN row.validTo IS NULL THEN null ELSE date(row.validTo) END`,
        params: { rows: rows.map((l) => ({ from: l.from, to: l.to, props: l.props, validFrom: l.validFrom ?? null, validTo: l.validTo ?? null })) },
      });
    }
  }
}
