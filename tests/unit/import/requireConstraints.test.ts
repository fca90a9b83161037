import fs from 'node:fs';
import path from 'node:path';
import type { GraphClient, Statement } from '../../../src/graph/graphClient';
import { GraphNotMigratedError, importGraph } from '../../../src/import';
import { tempDir } from '../../support/tempDir';

/** A graph that answers every read with no rows and records what it was asked: a database without constraints. */
function unmigratedGraph(): { graph: GraphClient; statements: Statement[] } {
  const statements: Statement[] = [];
  const fake = {
    read: async (statement: Statement) => {
      statements.push(statement);
      return [];
    },
    write: async () => {
      throw new Error('must not write');
    },
  };
  return { graph: fake as unknown as GraphClient, statements };
}

describe('importGraph preconditions', () => {
  it('refuses a graph without the unique id constraint, before writing anything', async () => {
    const dir = tempDir('clustergraph-unmigrated-');
    fs.writeFileSync(path.join(dir, 'clusters.csv'), 'id,name,sources\nc,C,illustrative\n');
    const { graph, statements } = unmigratedGraph();
    await expect(importGraph(graph, [dir])).rejects.toThrow(GraphNotMigratedError);
    expect(statements.map((s) => s.name)).toEqual(['constraint_exists']);
  });

  it('refuses a batch size that is not a positive whole number', async () => {
    await expect(importGraph(unmigratedGraph().graph, ['.'], { batchSize: 0 })).rejects.toThrow('batchSize');
  });
});
