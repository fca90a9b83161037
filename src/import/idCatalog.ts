import type { NodeLabel } from '../model';
import type { RowOrigin } from './reportBuilder';

/** An id the import knows: from an input row (with its origin) or found in the database. */
export interface KnownId {
  label: NodeLabel;
  origin: RowOrigin | undefined;
  /** The founding date (`founded`), for the date rules of links; undefined when unknown or not an actor/cluster. */
  founded: string | undefined;
  /**
   * The id's number, given once when it is catalogued (0, 1, 2… in catalogue order): the bulk files name nodes
   * and link ends by it (the importer's `actual` ids: the nodes' record numbers in a new store), and the checks key pairs of ends by it instead of a string.
   */
  number: number;
}

/** The catalogue's ids, labels, founding dates and numbers, index by index (IdCatalog.facts). */
export interface CatalogFacts {
  ids: string[];
  labels: NodeLabel[];
  founded: (string | null)[];
  numbers: Int32Array;
  /** The next number the catalogue would give (numberBound). */
  bound: number;
}

/** Numbers stay below this, so a pair of them makes one exact key (numberBound² < 2^53). */
const MAX_NUMBERS = 2 ** 26;

/**
 * The ids relationships may point at, with their labels: the valid node rows of the input and the ids
 * looked up in the database. One entry per id, as ids are unique across the graph.
 */
export class IdCatalog {
  private readonly ids = new Map<string, KnownId>();
  private nextNumber = 0;

  get(id: string): KnownId | undefined {
    return this.ids.get(id);
  }

  has(id: string): boolean {
    return this.ids.has(id);
  }

  /** The number of a known id (KnownId.number). */
  numberOf(id: string): number | undefined {
    return this.ids.get(id)?.number;
  }

  /** Every number given so far is below this (numbers of deleted ids are not given again). */
  get numberBound(): number {
    return this.nextNumber;
  }

  addInput(id: string, label: NodeLabel, origin: RowOrigin, founded?: string): void {
    this.ids.set(id, { label, origin, founded, number: this.takeNumber() });
  }

  addFromDatabase(id: string, label: NodeLabel, founded?: string): void {
    if (!this.ids.has(id)) this.ids.set(id, { label, origin: undefined, founded, number: this.takeNumber() });
  }

  private takeNumber(): number {
    // Beyond this a pair of numbers is no longer an exact key; 67M ids is far past what one machine imports.
    if (this.nextNumber >= MAX_NUMBERS) throw new Error(`the import catalogue holds more than ${MAX_NUMBERS} ids`);
    return this.nextNumber++;
  }

  /** The founding date of a known id, if any. */
  foundedOf(id: string): string | undefined {
    return this.ids.get(id)?.founded;
  }

  delete(id: string): void {
    this.ids.delete(id);
  }

  /**
   * Every id with its label and founding date, as plain arrays a worker thread can be sent (structured clone of
   * three arrays is far cheaper than of a map of objects); `fromFacts` rebuilds a catalogue from them. Origins
   * stay behind: the receiving side only checks the ends of links.
   */
  facts(): CatalogFacts {
    const facts: CatalogFacts = { ids: [], labels: [], founded: [], numbers: new Int32Array(this.ids.size), bound: this.nextNumber };
    let k = 0;
    for (const [id, known] of this.ids) {
      facts.ids.push(id);
      facts.labels.push(known.label);
      facts.founded.push(known.founded ?? null);
      facts.numbers[k++] = known.number;
    }
    return facts;
  }

  /** The catalogue `facts` came from, numbers included (the numbers are what the bulk files name nodes by). */
  static fromFacts(facts: CatalogFacts): IdCatalog {
    const catalog = new IdCatalog();
    facts.ids.forEach((id, k) => catalog.ids.set(id, { label: facts.labels[k] as NodeLabel, origin: undefined, founded: facts.founded[k] ?? undefined, number: facts.numbers[k] ?? -1 }));
    catalog.nextNumber = facts.bound;
    return catalog;
  }

  /** Ids from input rows, by label. */
  inputIds(): Map<NodeLabel, string[]> {
    const byLabel = new Map<NodeLabel, string[]>();
    for (const [id, known] of this.ids) {
      if (!known.origin) continue;
      let list = byLabel.get(known.label);
      if (!list) byLabel.set(known.label, (list = []));
      list.push(id);
    }
    return byLabel;
  }
}
