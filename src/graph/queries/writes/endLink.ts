import type { RelationshipWriteRow } from '../../../model';
import type { GraphClient } from '../../graphClient';
import { linkPattern, matchEnds, returnLink, storedLink, type LinkKind, type StoredLink } from './linkCypher';

/** What ending a link did. */
export type EndLinkOutcome<K extends LinkKind> =
  | { status: 'written'; link: StoredLink<K> }
  /** Not written: the link changed since it was read (its `_hash` differs); read again and retry. */
  | { status: 'changed'; link: StoredLink<K> }
  /** Not written: the link (or an end) is gone. */
  | { status: 'missing' };

/**
 * Rewrites a link found by findLink with `row` (its properties with `until` set, built by the importer's
 * toRelationshipWriteRow), in one write transaction, only if its `_hash` is still `previousHash`: a concurrent
 * change is reported, not overwritten. The link stays in the graph; `validTo` makes `asOf` queries after
 * `until` leave it out.
 */
export async function endLink<K extends LinkKind>(graph: GraphClient, kind: K, row: RelationshipWriteRow, previousHash: string): Promise<EndLinkOutcome<K>> {
  const [result] = await graph.write({
    name: `mutation_end_${kind}`,
    text: `${matchEnds(kind)}
      MATCH ${linkPattern(kind, 'r')}
      WITH a, b, r, coalesce(r._hash, '') = $previousHash AS unchanged
      FOREACH (_ IN CASE WHEN unchanged THEN [1] ELSE [] END |
        SET r += $props, r._hash = $hash, r.validFrom = date($validFrom), r.validTo = date($validTo))
      WITH a, b, r, unchanged
      ${returnLink(kind, ['unchanged'])}`,
    params: { from: row.from, to: row.to, props: row.props, hash: row.hash, validFrom: row.validFrom, validTo: row.validTo, previousHash },
  });
  if (!result) return { status: 'missing' };
  const link = storedLink<K>(result);
  return result['unchanged'] === true ? { status: 'written', link } : { status: 'changed', link };
}
