import { NODE_WRITES, RELATIONSHIP_WRITES } from '../../../../src/graph';
import { NODE_LABELS, RELATIONSHIP_TYPES } from '../../../../src/model';

// What the statements do is checked against Neo4j in tests/integration/graph/importWrites.int.test.ts; this checks
// what no run can show: that no text names a label or type outside the allow-lists.
describe('write statements', () => {
  it('names only labels and types of the allow-lists', () => {
    const allowed = new Set<string>([...NODE_LABELS, ...RELATIONSHIP_TYPES, 'Entity', 'Actor']);
    for (const statement of [...Object.values(NODE_WRITES), ...Object.values(RELATIONSHIP_WRITES)]) {
      const names = [...statement.text.matchAll(/[(\[]\w*:(\w+)|\b\w+:(\w+)(?=[\s)]|$)/g)].map((m) => m[1] ?? m[2] ?? '');
      for (const name of names) expect(allowed).toContain(name);
    }
  });
});
