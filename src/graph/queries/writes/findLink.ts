import type { GraphClient } from '../../graphClient';
import { linkPattern, matchEnds, returnLink, storedLink, type LinkKind, type StoredLink } from './linkCypher';

/** The link of a kind between two ids (either order for collaborations), or null when there is none. */
export async function findLink<K extends LinkKind>(graph: GraphClient, kind: K, from: string, to: string): Promise<StoredLink<K> | null> {
  const [row] = await graph.read({
    name: `mutation_find_${kind}`,
    text: `${matchEnds(kind)}
      MATCH ${linkPattern(kind, 'r')}
      ${returnLink(kind, [])}`,
    params: { from, to },
  });
  return row ? storedLink<K>(row) : null;
}
