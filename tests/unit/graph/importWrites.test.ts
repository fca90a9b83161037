import { NODE_WRITES, RELATIONSHIP_WRITES } from '../../../src/graph';
import { NODE_LABELS, RELATIONSHIP_TYPES } from '../../../src/model';

describe('write statements', () => {
  it('merges a node on its own label and adds Entity (and Actor) only on create', () => {
    expect(NODE_WRITES.Company.text).toContain('MERGE (n:Company {id: row.id})\nON CREATE SET n:Entity:Actor');
    expect(NODE_WRITES.Region.text).toContain('MERGE (n:Region {id: row.id})\nON CREATE SET n:Entity\n');
    expect(NODE_WRITES.Region.text).toContain('n.location = point(row.location)');
    expect(NODE_WRITES.Project.text).toContain('n.startDate = date(row.startDate)');
  });

  it('only sets properties when the stored hash differs', () => {
    for (const statement of [...Object.values(NODE_WRITES), ...Object.values(RELATIONSHIP_WRITES)]) {
      expect(statement.text).toContain("<> row.hash AS changed");
      expect(statement.text).toContain('FOREACH (_ IN CASE WHEN changed THEN [1] ELSE [] END |');
    }
  });

  it('matches relationship ends by id and allowed label, undirected for collaborations', () => {
    expect(RELATIONSHIP_WRITES.LOCATED_IN.text).toContain('MATCH (a:Entity {id: row.from}) WHERE a:Company OR a:ResearchInstitute OR a:Organization OR a:Cluster');
    expect(RELATIONSHIP_WRITES.LOCATED_IN.text).toContain('MERGE (a)-[r:LOCATED_IN]->(b)');
    expect(RELATIONSHIP_WRITES.COLLABORATES_WITH.text).toContain('MERGE (a)-[r:COLLABORATES_WITH]-(b)');
    expect(RELATIONSHIP_WRITES.FEEDS.text).toContain('WHERE a:ValueChainStage');
  });

  it('names only labels and types of the allow-lists', () => {
    const allowed = new Set<string>([...NODE_LABELS, ...RELATIONSHIP_TYPES, 'Entity', 'Actor']);
    for (const statement of [...Object.values(NODE_WRITES), ...Object.values(RELATIONSHIP_WRITES)]) {
      const names = [...statement.text.matchAll(/[(\[]\w*:(\w+)|\b\w+:(\w+)(?=[\s)]|$)/g)].map((m) => m[1] ?? m[2] ?? '');
      for (const name of names) expect(allowed).toContain(name);
    }
  });
});
