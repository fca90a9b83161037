import type { RelationshipWriteRow } from '../../../model';
import type { GraphClient } from '../../graphClient';
import { linkPattern, matchEnds, returnLink, storedLink, type LinkKind, type StoredLink } from './linkCypher';

/** What adding a link did. */
export type AddLinkOutcome<K extends LinkKind> =
  /** Written: created (existed false) or the current link updated. */
  | { status: 'written'; existed: boolean; link: StoredLink<K> }
  /** Not written: the pair's link has ended (history is kept, not reopened). */
  | { status: 'ended'; link: StoredLink<K> }
  /** Not written: an end is missing or has a kind the link does not allow. */
  | { status: 'missing' };

/**
 * Creates the link of a kind between row.from and row.to, or updates the pair's current one, in one write
 * transaction; an ended link is left as it is. `row` comes from the importer's toRelationshipWriteRow (stored
 * properties, validity dates, `_hash`); for a collaboration row.from is the smaller id, as the importer stores it.
 */
export async function addLink<K extends LinkKind>(graph: GraphClient, kind: K, row: RelationshipWriteRow): Promise<AddLinkOutcome<K>> {
  const [result] = await graph.write({
    name: `mutation_add_${kind}`,
    text: `${matchEnds(kind)}
      OPTIONAL MATCH ${linkPattern(kind, 'old')}
      WITH a, b, collect(old) AS olds
      WITH a, b, size(olds) > 0 AS existed, any(o IN olds WHERE o.until IS NOT NULL) AS ended
      FOREACH (_ IN CASE WHEN ended THEN [] ELSE [1] END |
        MERGE ${linkPattern(kind, 'r')}
        SET r += $props, r._hash = $hash, r.validFrom = date($validFrom), r.validTo = date($validTo))
      WITH a, b, existed, ended
      MATCH ${linkPattern(kind, 'r')}
      ${returnLink(kind, ['existed', 'ended'])}`,
    params: { from: row.from, to: row.to, props: row.props, hash: row.hash, validFrom: row.validFrom, validTo: row.validTo },
  });
  if (!result) return { status: 'missing' };
  const link = storedLink<K>(result);
  return result['ended'] === true ? { status: 'ended', link } : { status: 'written', existed: result['existed'] === true, link };
}
