/**
 * Turns validated relationship records (and links derived from node rows) into the rows the write statements
 * take. Every property column is stored under its own name; `sources` adds `illustrative`, `since`/`until` add
 * `validFrom`/`validTo` (converted to dates in Cypher), and a collaboration gets its interaction `model`.
 */
import type { ActorLabel } from './vocabulary';
import { collaborationModel } from './collaborationModel';
import { isIllustrative } from './sourceMarkers';
import { validityInterval } from './validityInterval';
import type { PropertyValue } from './nodeWriteRows';
import { propertyHash } from './propertyHash';

export interface RelationshipWriteRow {
  i: number;
  from: string;
  to: string;
  hash: string;
  props: Record<string, PropertyValue>;
  validFrom: string | null;
  validTo: string | null;
}

/** Any relationship record: its ends, sources, and property cells. */
export type LinkFields = { from: string; to: string; sources: string[] } & Readonly<Record<string, string | number | string[] | undefined>>;

/** The write row of one link; `collaborationEnds` (the kinds of both ends) adds the interaction model. */
export function toRelationshipWriteRow(link: LinkFields, i: number, collaborationEnds?: readonly [ActorLabel, ActorLabel]): RelationshipWriteRow {
  const props: Record<string, PropertyValue> = { sources: link.sources, illustrative: isIllustrative(link.sources) };
  // for…in, not Object.entries: the same keys in the same order (a plain record), without an array per key and row.
  for (const key in link) {
    if (key === 'from' || key === 'to' || key === 'sources') continue;
    props[key] = link[key] ?? null;
  }
  if (collaborationEnds) props['model'] = collaborationModel(collaborationEnds[0], collaborationEnds[1]);
  const since = typeof link['since'] === 'string' ? link['since'] : undefined;
  const until = typeof link['until'] === 'string' ? link['until'] : undefined;
  const { validFrom, validTo } = validityInterval(since, until);
  return { i, from: link.from, to: link.to, hash: propertyHash([props, validFrom, validTo]), props, validFrom, validTo };
}
