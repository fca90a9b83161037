import type { RowOrigin } from './reportBuilder';

/** Collects rows into batches of a fixed size and hands each full batch (and the last) to `write`. */
export class Batcher<R extends { i: number }> {
  private rows: R[] = [];
  private origins: RowOrigin[] = [];

  constructor(
    private readonly size: number,
    private readonly write: (rows: R[], origins: RowOrigin[]) => Promise<void>,
  ) {}

  /** Adds a row built for its index in the batch; writes the batch when it is full. */
  async add(build: (i: number) => R, origin: RowOrigin): Promise<void> {
    this.rows.push(build(this.rows.length));
    this.origins.push(origin);
    if (this.rows.length >= this.size) await this.flush();
  }

  async flush(): Promise<void> {
    if (this.rows.length === 0) return;
    const [rows, origins] = [this.rows, this.origins];
    this.rows = [];
    this.origins = [];
    await this.write(rows, origins);
  }
}
