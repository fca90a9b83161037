import { createHash } from 'node:crypto';
import { UserInputError } from '../../errors';

/** A row's position in a partner network's order: distance, then name, then id. */
export interface NetworkPosition {
  distance: number;
  name: string;
  id: string;
}

/**
 * A short digest of the question a network answers (start, depth, maxNodes, the whole filter): a cursor carries
 * it, so a cursor of one network is refused by another instead of paging on through it.
 */
export function networkQuestionKey(question: unknown): string {
  return createHash('sha256').update(JSON.stringify(question)).digest('base64url').slice(0, 16);
}

/** Opaque to clients: base64url of a small JSON array, like the API's other cursors, bound to its question. */
export function encodeNetworkCursor(question: string, position: NetworkPosition): string {
  return Buffer.from(JSON.stringify(['pn', question, position.distance, position.name, position.id])).toString('base64url');
}

/** The position a cursor encodes; BAD_USER_INPUT for anything but a cursor of this same question. */
export function decodeNetworkCursor(cursor: string | null | undefined, question: string, argument = 'after'): NetworkPosition | null {
  if (cursor === null || cursor === undefined) return null;
  let value: unknown = null;
  try {
    value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    // refused below
  }
  if (Array.isArray(value) && value.length === 5 && value[0] === 'pn' && Number.isInteger(value[2]) && typeof value[3] === 'string' && typeof value[4] === 'string') {
    if (value[1] !== question) {
      throw new UserInputError(`\`${argument}\` is a cursor of another network (another start, depth, maxNodes or filter)`, { argument });
    }
    return { distance: value[2] as number, name: value[3], id: value[4] };
  }
  throw new UserInputError(`\`${argument}\` is not a cursor this list returned`, { argument });
}

/** True when `a` comes after `b` in the (distance, name, id) order, comparing strings by code point as Cypher does. */
export function isAfter(a: NetworkPosition, b: NetworkPosition): boolean {
  if (a.distance !== b.distance) return a.distance > b.distance;
  if (a.name !== b.name) return a.name > b.name;
  return a.id > b.id;
}
