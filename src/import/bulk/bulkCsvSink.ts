/**
 * The bulk sink: instead of writing batches into a live graph, writes the importer's rows (the very rows the
 * transactional sink sends, `_hash` included) into CSV files in the header format of Neo4j's bulk importer
 * (`neo4j-admin database import full`). One file per label or type and set of present properties, since a
 * header fixes the columns and their types: a property whose value is null is not stored, as with `SET n += props`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { ACTOR_LABELS, type NodeLabel, type NodeWriteRow, type PropertyValue, type RelationshipType, type RelationshipWriteRow } from '../../model';
import type { StoredNodeFacts } from '../../graph';
import type { ImportSink } from '../importSink';
import type { BatchOutcome } from '../writeBatch';

/** Separates the items of a list cell (and the labels of a node group): a control character no text holds. */
export const BULK_ARRAY_DELIMITER = '\u001f';
/** The same delimiter as the importer's `--array-delimiter` option spells it. */
export const BULK_ARRAY_DELIMITER_OPTION = 'U+001F';

/** One file for the importer: its labels (nodes) or type (relationships), and its rows. */
export type BulkFile =
  | { role: 'nodes'; labels: readonly string[]; file: string; rows: number }
  | { role: 'relationships'; type: RelationshipType; file: string; rows: number };

interface Output {
  file: BulkFile;
  stream: fs.WriteStream;
}

type Cell = { header: string; text: string };

export class BulkCsvSink implements ImportSink {
  /** One batch at a time: the rows of a file land in input order, as the importer reads them. */
  readonly parallelWrites = 1;
  private readonly outputs = new Map<string, Output>();
  /** True once a value holds a line break: the importer must then read fields across lines (slower). */
  multilineFields = false;

  /** `dir` is created and must be empty: the files are the whole input of one bulk import. */
  constructor(private readonly dir: string) {}

  async prepare(): Promise<void> {
    await fs.promises.mkdir(this.dir, { recursive: true });
    const entries = await fs.promises.readdir(this.dir);
    if (entries.length > 0) throw new Error(`The bulk import folder ${this.dir} is not empty: remove it first.`);
  }

  /** The bulk importer writes a new database: it holds no ids yet. */
  lookupLabels(): Promise<Map<string, NodeLabel>> {
    return Promise.resolve(new Map());
  }

  lookupNodes(): Promise<Map<string, StoredNodeFacts>> {
    return Promise.resolve(new Map());
  }

  async writeNodes(label: NodeLabel, rows: readonly NodeWriteRow[]): Promise<BatchOutcome> {
    const labels = [label, 'Entity', ...((ACTOR_LABELS as readonly string[]).includes(label) ? ['Actor'] : [])];
    await this.writeRows(rows, (row) => {
      const cells: Cell[] = [
        { header: 'id:ID', text: quote(row.id) },
        { header: '_hash', text: quote(row.hash) },
        ...propertyCells(row.props),
      ];
      if (row.location) cells.push({ header: 'location:point{crs:WGS-84}', text: quote(`{latitude:${row.location.latitude},longitude:${row.location.longitude}}`) });
      if (row.startDate !== null) cells.push({ header: 'startDate:date', text: row.startDate });
      if (row.endDate !== null) cells.push({ header: 'endDate:date', text: row.endDate });
      return cells;
    }, (headers) => `nodes ${labels.join(':')} ${headers}`, (file, rowCount) => ({ role: 'nodes', labels, file, rows: rowCount }));
    return { ok: true, created: rows.length, updated: 0, unchanged: 0, missing: [] };
  }

  async writeRelationships(type: RelationshipType, rows: readonly RelationshipWriteRow[]): Promise<BatchOutcome> {
    await this.writeRows(rows, (row) => {
      const cells: Cell[] = [
        { header: ':START_ID', text: quote(row.from) },
        { header: ':END_ID', text: quote(row.to) },
        { header: '_hash', text: quote(row.hash) },
        ...propertyCells(row.props),
      ];
      if (row.validFrom !== null) cells.push({ header: 'validFrom:date', text: row.validFrom });
      if (row.validTo !== null) cells.push({ header: 'validTo:date', text: row.validTo });
      return cells;
    }, (headers) => `relationships ${type} ${headers}`, (file, rowCount) => ({ role: 'relationships', type, file, rows: rowCount }));
    return { ok: true, created: rows.length, updated: 0, unchanged: 0, missing: [] };
  }

  /** Closes every file; resolves to them, in the order they were started. */
  async finish(): Promise<BulkFile[]> {
    const outputs = [...this.outputs.values()];
    await Promise.all(outputs.map(({ stream }) => new Promise<void>((resolve, reject) => stream.end((error?: Error | null) => (error ? reject(error) : resolve())))));
    return outputs.map(({ file }) => file);
  }

  private async writeRows<R>(
    rows: readonly R[],
    toCells: (row: R) => Cell[],
    keyOf: (headers: string) => string,
    describe: (file: string, rows: number) => BulkFile,
  ): Promise<void> {
    // Rows of one batch usually share their columns: group them so each output gets one write per batch.
    const chunks = new Map<string, { output: Output; lines: string[] }>();
    for (const row of rows) {
      const cells = toCells(row);
      const headers = cells.map((c) => c.header).join(',');
      const key = keyOf(headers);
      let chunk = chunks.get(key);
      if (!chunk) {
        chunk = { output: this.output(key, headers, describe), lines: [] };
        chunks.set(key, chunk);
      }
      const line = cells.map((c) => c.text).join(',');
      if (!this.multilineFields && /[\r\n]/.test(line)) this.multilineFields = true;
      chunk.lines.push(line);
      chunk.output.file.rows += 1;
    }
    for (const { output, lines } of chunks.values()) {
      if (!output.stream.write(`${lines.join('\n')}\n`)) await new Promise<void>((resolve) => output.stream.once('drain', () => resolve()));
    }
  }

  private output(key: string, headers: string, describe: (file: string, rows: number) => BulkFile): Output {
    const existing = this.outputs.get(key);
    if (existing) return existing;
    const [role, name] = key.split(' ');
    const file = path.join(this.dir, `${role}-${(name ?? '').replace(/:/g, '-')}-${this.outputs.size + 1}.csv`);
    const stream = fs.createWriteStream(file, { encoding: 'utf8' });
    stream.write(`${headers}\n`);
    const output = { file: describe(file, 0), stream };
    this.outputs.set(key, output);
    return output;
  }
}

function quote(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

// Types as the transactional import stores them: the JavaScript driver sends every number as a float.
function propertyCells(props: Readonly<Record<string, PropertyValue>>): Cell[] {
  const cells: Cell[] = [];
  for (const [key, value] of Object.entries(props)) {
    if (value === null) continue;
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(key)) throw new Error(`property name ${JSON.stringify(key)} cannot be a bulk import column`);
    if (typeof value === 'string') cells.push({ header: key, text: quote(value) });
    else if (typeof value === 'number') cells.push({ header: `${key}:double`, text: String(value) });
    else if (typeof value === 'boolean') cells.push({ header: `${key}:boolean`, text: String(value) });
    else {
      if (value.length === 0) throw new Error(`property ${key} is an empty list, which Neo4j's bulk importer cannot store`);
      if (value.some((item) => item.includes(BULK_ARRAY_DELIMITER))) throw new Error(`a value of property ${key} holds the list delimiter U+001F`);
      cells.push({ header: `${key}:string[]`, text: quote(value.join(BULK_ARRAY_DELIMITER)) });
    }
  }
  return cells;
}
