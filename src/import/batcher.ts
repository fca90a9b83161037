import type { RowOrigin } from './reportBuilder';

/**
 * Collects rows into batches of a fixed size and hands each full batch (and the last) to `write`. The write of
 * a batch runs while the next batch is read and built (the importer's CPU and Neo4j's overlap); the batch after
 * that waits for it, so one Batcher never has two writes in flight and its batches land in the order of the rows.
 */
export class Batcher<R extends { i: number }> {
  private rows: R[] = [];
  private origins: RowOrigin[] = [];
  private pending: Promise<void> = Promise.resolve();

  constructor(
    private readonly size: number,
    private readonly write: (rows: R[], origins: RowOrigin[]) => Promise<void>,
  ) {}

  /**
   * Adds a row built for its index in the batch; when that fills the batch, starts writing it and returns the
   * promise to wait for. Undefined otherwise: the import's passes add millions of rows, and awaiting a promise
   * for each would cost a turn of the event loop each.
   */
  add(build: (i: number) => R, origin: RowOrigin): Promise<void> | undefined {
    this.rows.push(build(this.rows.length));
    this.origins.push(origin);
    return this.rows.length >= this.size ? this.startWrite() : undefined;
  }

  /** Writes what is left and waits until every batch is written; throws the first write's failure. */
  async flush(): Promise<void> {
    await this.startWrite();
    await this.pending;
  }

  private async startWrite(): Promise<void> {
    if (this.rows.length === 0) return;
    const [rows, origins] = [this.rows, this.origins];
    this.rows = [];
    this.origins = [];
    await this.pending;
    const pending = this.write(rows, origins);
    // Marked handled now; the failure is still thrown to whoever awaits it next (startWrite or flush).
    pending.catch(() => undefined);
    this.pending = pending;
  }
}

/**
 * Several Batchers whose writes run at the same time, one write transaction each. A row goes to the lane its
 * key hashes to, so rows of the same key (a node id, a relationship's pair of ends) stay in one lane and are
 * written in input order: a later row for the same record still overwrites an earlier one.
 */
export class Lanes<R extends { i: number }> {
  private readonly lanes: Batcher<R>[];

  constructor(count: number, size: number, write: (rows: R[], origins: RowOrigin[]) => Promise<void>) {
    this.lanes = Array.from({ length: Math.max(1, count) }, () => new Batcher<R>(size, write));
  }

  add(key: string, build: (i: number) => R, origin: RowOrigin): Promise<void> | undefined {
    const lane = this.lanes.length === 1 ? this.lanes[0] : this.lanes[laneHash(key) % this.lanes.length];
    if (!lane) throw new Error('no lane');
    return lane.add(build, origin);
  }

  async flush(): Promise<void> {
    const outcomes = await Promise.allSettled(this.lanes.map((lane) => lane.flush()));
    const failed = outcomes.find((o): o is PromiseRejectedResult => o.status === 'rejected');
    if (failed) throw failed.reason;
  }
}

/** FNV-1a over the UTF-16 code units: cheap and spreads similar ids (s-co-000001, s-co-000002) evenly. */
function laneHash(key: string): number {
  let h = 0x811c9dc5;
  for (let k = 0; k < key.length; k += 1) {
    h ^= key.charCodeAt(k);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
