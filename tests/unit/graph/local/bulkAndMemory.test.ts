import fs from 'node:fs';
import path from 'node:path';
import { parseImportSummary, sizeLocalMemory } from '../../../../src/graph/local';
import { tempDir } from '../../../support/tempDir';

/** A data folder whose store holds one sparse file of `mb` MiB: its size counts, no disk is used. */
function sparseStore(mb: number): string {
  const dir = tempDir('clustergraph-memory-');
  const store = path.join(dir, 'data', 'databases', 'neo4j');
  fs.mkdirSync(store, { recursive: true });
  const file = path.join(store, 'store.db');
  fs.closeSync(fs.openSync(file, 'w'));
  fs.truncateSync(file, mb * 2 ** 20);
  return dir;
}

describe('sizeLocalMemory', () => {
  it('keeps the old defaults for an empty folder and follows the store size', () => {
    const empty = tempDir('clustergraph-memory-');
    expect(sizeLocalMemory({ dir: empty, totalMemoryMb: 16_384, heapMb: undefined, pageCacheMb: undefined })).toMatchObject({ heapMb: 768, pageCacheMb: 256, storeMb: 0 });

    const store = path.join(empty, 'data', 'databases', 'neo4j');
    fs.mkdirSync(store, { recursive: true });
    fs.writeFileSync(path.join(store, 'neostore.nodestore.db'), Buffer.alloc(4 * 2 ** 20));
    const sized = sizeLocalMemory({ dir: empty, totalMemoryMb: 16_384, heapMb: undefined, pageCacheMb: undefined });
    expect(sized.storeMb).toBe(4);
    expect(sized.pageCacheMb).toBe(256);
    expect(sized.heapMb).toBe(769);
  });

  it('caps the total at half the machine and lets configured figures win', () => {
    const dir = sparseStore(8192);
    const sized = sizeLocalMemory({ dir, totalMemoryMb: 8192, heapMb: undefined, pageCacheMb: undefined });
    expect(sized.heapMb + sized.pageCacheMb).toBeLessThanOrEqual(4096);
    expect(sized.heapMb).toBe(2048);
    expect(sizeLocalMemory({ dir, totalMemoryMb: 8192, heapMb: 1000, pageCacheMb: 500 })).toMatchObject({ heapMb: 1000, pageCacheMb: 500, heapSource: 'configured' });
  });

  it('raises the derived heap to a floor, within half the budget, and the page cache yields', () => {
    const dir = sparseStore(400);
    expect(sizeLocalMemory({ dir, totalMemoryMb: 24_000, heapMb: undefined, pageCacheMb: undefined }).heapMb).toBe(868);
    const floored = sizeLocalMemory({ dir, totalMemoryMb: 24_000, heapMb: undefined, pageCacheMb: undefined, minHeapMb: 4096 });
    expect(floored).toMatchObject({ heapMb: 4096, pageCacheMb: 500, heapSource: 'derived' });
    // On a small machine the floor gives way to half the budget.
    expect(sizeLocalMemory({ dir, totalMemoryMb: 4096, heapMb: undefined, pageCacheMb: undefined, minHeapMb: 4096 })).toMatchObject({ heapMb: 1024, pageCacheMb: 500 });
    // A configured heap wins over the floor.
    expect(sizeLocalMemory({ dir, totalMemoryMb: 24_000, heapMb: 900, pageCacheMb: undefined, minHeapMb: 4096 }).heapMb).toBe(900);
  });
});

describe('parseImportSummary', () => {
  it("reads the bulk importer's closing lines", () => {
    const text = 'IMPORT DONE in 1m 23s 984ms. \nImported:\n  1099599 nodes\n  11199931 relationships\n  30000000 properties\nPeak memory usage: 1.004GiB';
    expect(parseImportSummary(text)).toEqual({ reportedMs: 83_984, nodes: 1_099_599, relationships: 11_199_931, properties: 30_000_000, peakMemory: '1.004GiB' });
  });
});
