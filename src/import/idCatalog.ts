import type { NodeLabel } from '../model';
import type { RowOrigin } from './reportBuilder';

/** An id the import knows: from an input row (with its origin) or found in the database. */
export interface KnownId {
  label: NodeLabel;
  origin: RowOrigin | undefined;
  /** The founding date (`founded`), for the date rules of links; undefined when unknown or not an actor/cluster. */
  founded: string | undefined;
}

/** The catalogue's ids, labels and founding dates, index by index (IdCatalog.facts). */
export interface CatalogFacts {
  ids: string[];
  labels: NodeLabel[];
  founded: (string | null)[];
}

/**
 * The ids relationships may point at, with their labels: the valid node rows of the input and the ids
 * looked up in the database. One entry per id, as ids are unique across the graph.
 */
export class IdCatalog {
  private readonly ids = new Map<string, KnownId>();

  get(id: string): KnownId | undefined {
    return this.ids.get(id);
  }

  has(id: string): boolean {
    return this.ids.has(id);
  }

  addInput(id: string, label: NodeLabel, origin: RowOrigin, founded?: string): void {
    this.ids.set(id, { label, origin, founded });
  }

  addFromDatabase(id: string, label: NodeLabel, founded?: string): void {
    if (!this.ids.has(id)) this.ids.set(id, { label, origin: undefined, founded });
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
    const facts: CatalogFacts = { ids: [], labels: [], founded: [] };
    for (const [id, known] of this.ids) {
      facts.ids.push(id);
      facts.labels.push(known.label);
      facts.founded.push(known.founded ?? null);
    }
    return facts;
  }

  static fromFacts(facts: CatalogFacts): IdCatalog {
    const catalog = new IdCatalog();
    facts.ids.forEach((id, k) => catalog.addFromDatabase(id, facts.labels[k] as NodeLabel, facts.founded[k] ?? undefined));
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
