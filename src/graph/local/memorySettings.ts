import fs from 'node:fs';
import path from 'node:path';

/** Heap and page cache of the local Neo4j, and what they were derived from. */
export interface LocalMemory {
  heapMb: number;
  pageCacheMb: number;
  /** Size of the store on disk when sized (0 for a new database). */
  storeMb: number;
  /** Whether each figure was configured or derived here. */
  heapSource: 'configured' | 'derived';
  pageCacheSource: 'configured' | 'derived';
}

// Defaults for an empty or seed-sized database: what the local Neo4j always had.
const MIN_HEAP_MB = 768;
const MIN_PAGE_CACHE_MB = 256;
// Room in the page cache for the store to grow and for the indexes the importer or migrate will build.
const PAGE_CACHE_HEADROOM = 1.25;
// Heap beyond the minimum: a quarter of the store covers query memory and the full-text and point index
// readers at 1M actors; more mostly lengthens garbage collection pauses.
const HEAP_PER_STORE_MB = 0.25;
const MAX_HEAP_MB = 8192;

/**
 * Sizes the local Neo4j for its database and the machine (the documented defaults of README "Configuration"):
 * page cache = store size × 1.25 (at least 256 MB) so the whole store stays in memory, heap = 768 MB + a
 * quarter of the store (at most 8 GB); together at most half the machine's memory, the page cache yielding
 * first. LOCAL_NEO4J_HEAP_MB / LOCAL_NEO4J_PAGECACHE_MB, when set, win over the derived figures.
 */
export function sizeLocalMemory(options: {
  dir: string;
  totalMemoryMb: number;
  heapMb: number | undefined;
  pageCacheMb: number | undefined;
  /**
   * A floor under the derived heap, for callers that know their load needs more than the store size says (the
   * bench runs 32 concurrent whole-cluster analyses); still capped at half the budget.
   */
  minHeapMb?: number;
}): LocalMemory {
  const storeMb = Math.ceil(directoryBytes(path.join(options.dir, 'data', 'databases', 'neo4j')) / 2 ** 20);
  const budget = Math.floor(options.totalMemoryMb / 2);
  const floor = Math.max(MIN_HEAP_MB, options.minHeapMb ?? MIN_HEAP_MB);
  const heapMb = options.heapMb ?? Math.min(MAX_HEAP_MB, Math.max(MIN_HEAP_MB, Math.min(Math.floor(budget / 2), Math.max(floor, MIN_HEAP_MB + Math.ceil(storeMb * HEAP_PER_STORE_MB)))));
  const pageCacheMb = options.pageCacheMb ?? Math.max(MIN_PAGE_CACHE_MB, Math.min(budget - heapMb, Math.ceil(storeMb * PAGE_CACHE_HEADROOM)));
  return {
    heapMb,
    pageCacheMb,
    storeMb,
    heapSource: options.heapMb === undefined ? 'derived' : 'configured',
    pageCacheSource: options.pageCacheMb === undefined ? 'derived' : 'configured',
  };
}

/** Bytes of the files under a folder (0 when it does not exist). */
export function directoryBytes(dir: string): number {
  let total = 0;
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return 0;
  }
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) total += directoryBytes(full);
    else if (entry.isFile()) total += fs.statSync(full, { throwIfNoEntry: false })?.size ?? 0;
  }
  return total;
}
