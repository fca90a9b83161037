import neo4j, { Node, Point, Record as Neo4jRecord, types } from 'neo4j-driver';
import { recordToPlain, toPlain } from '../../../src/graph/plainValues';

describe('toPlain', () => {
  it('keeps primitives and turns null, undefined and bigint into JSON values', () => {
    expect(toPlain('a')).toBe('a');
    expect(toPlain(3.5)).toBe(3.5);
    expect(toPlain(false)).toBe(false);
    expect(toPlain(undefined)).toBeNull();
    expect(toPlain(BigInt(7))).toBe(7);
  });

  it('converts driver types nested in lists and maps', () => {
    const value = {
      count: neo4j.int(42),
      when: new neo4j.types.Date(2024, 5, 1),
      where: new Point(4326, 13.7, 51.05),
      rows: [[neo4j.int(1), 'x'], { inner: neo4j.int(2) }],
    };
    expect(toPlain(value)).toEqual({
      count: 42,
      when: '2024-05-01',
      where: { longitude: 13.7, latitude: 51.05 },
      rows: [[1, 'x'], { inner: 2 }],
    });
  });

  it('gives a node as its converted properties', () => {
    const node = new Node(neo4j.int(1), ['Actor'], { id: 'a', employees: neo4j.int(12) }, 'e1');
    expect(toPlain(node)).toEqual({ id: 'a', employees: 12 });
  });

  it('treats a map with labels and properties keys as a map, not a node', () => {
    expect(toPlain({ labels: ['Actor'], properties: { id: neo4j.int(3) } })).toEqual({ labels: ['Actor'], properties: { id: 3 } });
  });

  it('gives other driver objects as their own fields', () => {
    const duration = new types.Duration(1, 2, 3, 0);
    expect(toPlain(duration)).toEqual({ months: 1, days: 2, seconds: 3, nanoseconds: 0 });
  });
});

describe('recordToPlain', () => {
  it('keys a record by its aliases', () => {
    const record = new Neo4jRecord(['id', 'n'], ['a', neo4j.int(5)]);
    expect(recordToPlain(record)).toEqual({ id: 'a', n: 5 });
  });
});
