/**
 * The bulk sink: instead of writing batches into a live graph, writes the importer's rows (the very rows the
 * transactional sink sends, `_hash` included) into CSV files in the header format of Neo4j's bulk importer
 * (`neo4j-admin database import full`). One file per label or type and set of present properties, since a
 * header fixes the columns and their types: a property whose value is null is not stored, as with `SET n += props`.
 *
 * Nodes and link ends are named by their catalogue numbers (IdCatalog, KnownId.number), which the importer takes
 * as the nodes' own record numbers (`--id-type=actual`): it keeps no id map at all. The number is in the
 * header's unnamed `:ID` column, which the importer does not store; the string `id` users see is a property
 * column of its own.
 */
import fs from 'node:fs';
import path from 'node:path';
import { ACTOR_LABELS, type NodeLabel, type NodeWriteRow, type PropertyValue, type RelationshipType } from '../../model';
import type { StoredNodeFacts } from '../../graph';
import type { IdCatalog } from '../idCatalog';
import type { ImportSink, NumberedRelationshipRow } from '../importSink';
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

/** Files are written through buffers this large: few system calls, and memory stays flat. */
const WRITE_BUFFER_BYTES = 1 << 22;

/**
 * The shape of a row's columns: each present property with its type, so rows of one label or type with the same
 * columns share a file. Shapes form a tree, one step per present column, so a row's shape is found by a Map
 * look-up per column with the column's (interned) name, instead of a string spelt and hashed per row; `text`
 * (e.g. ` sources:string[] illustrative:boolean since`) is spelt once per shape and names the file's group.
 */
class Shape {
  // One map per column type (ColumnType), so the step is looked up by the column's name alone: no string per row.
  private readonly steps: Map<string, Shape>[] = COLUMN_SUFFIXES.map(() => new Map());
  /** The chunk of the batch being encoded that rows of this shape go to (writeRows; batch-local). */
  chunk: Chunk | undefined;

  constructor(readonly text: string) {}

  /** The shape with one more column: `name`, of `type`. */
  with(name: string, type: ColumnType): Shape {
    const steps = this.steps[type] as Map<string, Shape>;
    let next = steps.get(name);
    if (!next) steps.set(name, (next = new Shape(`${this.text} ${name}${COLUMN_SUFFIXES[type]}`)));
    return next;
  }
}

/** A column's type as its shape spells it, by ColumnType: a string (or a node's @ column), double, boolean, list. */
const COLUMN_SUFFIXES = ['', ':double', ':boolean', ':string[]'] as const;
const enum ColumnType {
  Text = 0,
  Double = 1,
  Boolean = 2,
  List = 3,
}

/** One batch's rows of one shape: one write to its output per batch. */
interface Chunk {
  shape: Shape;
  output: Output;
  text: string;
}

export class BulkCsvSink implements ImportSink {
  /** One batch at a time: the rows of a file land in input order, as the importer reads them. */
  readonly parallelWrites = 1;
  /** A new database: nothing to look up, so the import checks and writes relationship rows in one pass. */
  readonly startsEmpty = true;
  private readonly outputs = new Map<string, Output>();
  /** True once a value holds a line break: the importer must then read fields across lines (slower). */
  multilineFields = false;
  /** The shape without columns, root of every shape of this sink's rows. */
  private readonly shapes = new Shape('');
  /** The line of the row encoded last (encode writes it here rather than into an object per row). */
  private line = '';

  /**
   * `dir` is created and must be empty: the files are the whole input of one bulk import. Sinks that share the
   * folder (the threads of one conversion, which skip prepare) name their files with distinct `filePrefix`es.
   */
  constructor(
    private readonly dir: string,
    /** The catalogue of the import (or of its node pass, in a thread): it numbers the ids. */
    private readonly catalog: IdCatalog,
    private readonly filePrefix = '',
  ) {}

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
    const labels = nodeGroupLabels(label);
    await this.writeRows(
      rows,
      (row) => {
        let shape = this.encodeProperties(row.props, `${this.numberOf(row.id)},${this.quote(row.id)},${this.quote(row.hash)}`);
        if (row.location) {
          shape = shape.with('@location', ColumnType.Text);
          this.line += `,"{latitude:${row.location.latitude},longitude:${row.location.longitude}}"`;
        }
        if (row.startDate !== null) {
          shape = shape.with('@startDate', ColumnType.Text);
          this.line += `,${row.startDate}`;
        }
        if (row.endDate !== null) {
          shape = shape.with('@endDate', ColumnType.Text);
          this.line += `,${row.endDate}`;
        }
        return shape;
      },
      (row) => [':ID', 'id', '_hash', ...propertyHeaders(row.props), ...(row.location ? ['location:point{crs:WGS-84}'] : []), ...(row.startDate !== null ? ['startDate:date'] : []), ...(row.endDate !== null ? ['endDate:date'] : [])],
      `nodes ${labels.join(':')}`,
      (file, rowCount) => ({ role: 'nodes', labels, file, rows: rowCount }),
    );
    return { ok: true, created: rows.length, updated: 0, unchanged: 0, missing: [] };
  }

  async writeRelationships(type: RelationshipType, rows: readonly NumberedRelationshipRow[]): Promise<BatchOutcome> {
    await this.writeRows(
      rows,
      (row) => {
        let shape = this.encodeProperties(row.props, `${row.fromNumber ?? this.numberOf(row.from)},${row.toNumber ?? this.numberOf(row.to)},${this.quote(row.hash)}`);
        if (row.validFrom !== null) {
          shape = shape.with('@validFrom', ColumnType.Text);
          this.line += `,${row.validFrom}`;
        }
        if (row.validTo !== null) {
          shape = shape.with('@validTo', ColumnType.Text);
          this.line += `,${row.validTo}`;
        }
        return shape;
      },
      (row) => [':START_ID', ':END_ID', '_hash', ...propertyHeaders(row.props), ...(row.validFrom !== null ? ['validFrom:date'] : []), ...(row.validTo !== null ? ['validTo:date'] : [])],
      `relationships ${type}`,
      (file, rowCount) => ({ role: 'relationships', type, file, rows: rowCount }),
    );
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
    encode: (row: R) => Shape,
    headersOf: (row: R) => string[],
    group: string,
    describe: (file: string, rows: number) => BulkFile,
  ): Promise<void> {
    // Rows of one batch usually share their columns: group them so each output gets one write per batch.
    const chunks: Chunk[] = [];
    for (const row of rows) {
      const shape = encode(row);
      let chunk = shape.chunk;
      if (!chunk) {
        chunk = shape.chunk = { shape, output: this.output(`${group}${shape.text}`, () => headersOf(row).join(','), describe), text: '' };
        chunks.push(chunk);
      }
      chunk.text += `${this.line}\n`;
      chunk.output.file.rows += 1;
    }
    // Before any wait: another batch (nodes beside links, in the calling thread) may encode meanwhile.
    for (const chunk of chunks) chunk.shape.chunk = undefined;
    for (const { output, text } of chunks) {
      if (!output.stream.write(text)) await new Promise<void>((resolve) => output.stream.once('drain', () => resolve()));
    }
  }

  private output(key: string, headers: () => string, describe: (file: string, rows: number) => BulkFile): Output {
    const existing = this.outputs.get(key);
    if (existing) return existing;
    const [role, name] = key.split(' ');
    const file = path.join(this.dir, `${this.filePrefix}${role}-${(name ?? '').replace(/:/g, '-')}-${this.outputs.size + 1}.csv`);
    const stream = fs.createWriteStream(file, { encoding: 'utf8', highWaterMark: WRITE_BUFFER_BYTES });
    stream.write(`${headers()}\n`);
    const output = { file: describe(file, 0), stream };
    this.outputs.set(key, output);
    return output;
  }

  /**
   * Starts the line of a row with `start` and adds its present properties (`line`); returns their shape, from the
   * root. Types as the transactional import stores them: the JavaScript driver sends every number as a float.
   */
  private encodeProperties(props: Readonly<Record<string, PropertyValue>>, start: string): Shape {
    let shape = this.shapes;
    let line = start;
    for (const key in props) {
      const value = props[key];
      if (value === null || value === undefined) continue;
      if (typeof value === 'string') {
        shape = shape.with(key, ColumnType.Text);
        line += `,${this.quote(value)}`;
      } else if (typeof value === 'number') {
        shape = shape.with(key, ColumnType.Double);
        line += `,${value}`;
      } else if (typeof value === 'boolean') {
        shape = shape.with(key, ColumnType.Boolean);
        line += value ? ',true' : ',false';
      } else {
        shape = shape.with(key, ColumnType.List);
        line += `,${this.quote(listCell(key, value))}`;
      }
    }
    this.line = line;
    return shape;
  }

  private numberOf(id: string): number {
    const number = this.catalog.numberOf(id);
    // The import checked every end against the catalogue before it wrote the row.
    if (number === undefined) throw new Error(`the bulk files name an id the import did not catalogue: ${JSON.stringify(id)}`);
    return number;
  }

  private quote(text: string): string {
    if (!this.multilineFields && (text.includes('\n') || text.includes('\r'))) this.multilineFields = true;
    return text.includes('"') ? `"${text.replace(/"/g, '""')}"` : `"${text}"`;
  }
}

/** The labels a node of `label` is stored with: its own, Entity, and Actor for the actor kinds. */
export function nodeGroupLabels(label: NodeLabel): string[] {
  return [label, 'Entity', ...((ACTOR_LABELS as readonly string[]).includes(label) ? ['Actor'] : [])];
}

function listCell(key: string, items: readonly string[]): string {
  if (items.length === 0) throw new Error(`property ${key} is an empty list, which Neo4j's bulk importer cannot store`);
  if (items.some((item) => item.includes(BULK_ARRAY_DELIMITER))) throw new Error(`a value of property ${key} holds the list delimiter U+001F`);
  return items.join(BULK_ARRAY_DELIMITER);
}

/** The header cells of a row's present properties, in the order encodeProperties writes them. */
function propertyHeaders(props: Readonly<Record<string, PropertyValue>>): string[] {
  const headers: string[] = [];
  for (const key in props) {
    const value = props[key];
    if (value === null || value === undefined) continue;
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(key)) throw new Error(`property name ${JSON.stringify(key)} cannot be a bulk import column`);
    headers.push(typeof value === 'string' ? key : typeof value === 'number' ? `${key}:double` : typeof value === 'boolean' ? `${key}:boolean` : `${key}:string[]`);
  }
  return headers;
}
