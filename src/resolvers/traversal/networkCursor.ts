import { UserInputError } from '../../errors';

/** A row's position in a partner network's order: distance, then name, then id. */
export interface NetworkPosition {
  distance: number;
  name: string;
  id: string;
}

/** Opaque to clients: base64url of a small JSON array, like the API's other cursors. */
export function encodeNetworkCursor(position: NetworkPosition): string {
  return Buffer.from(JSON.stringify(['pn', position.distance, position.name, position.id])).toString('base64url');
}

export function decodeNetworkCursor(cursor: string | null | undefined, argument = 'after'): NetworkPosition | null {
  if (cursor === null || cursor === undefined) return null;
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(value) && value.length === 4 && value[0] === 'pn' && Number.isInteger(value[1]) && typeof value[2] === 'string' && typeof value[3] === 'string') {
      return { distance: value[1] as number, name: value[2], id: value[3] };
    }
  } catch {
    // fall through to the error below
  }
  throw new UserInputError(`\`${argument}\` is not a cursor this list returned`, { argument });
}

/** True when `a` comes after `b` in the (distance, name, id) order, comparing strings by code point as Cypher does. */
export function isAfter(a: NetworkPosition, b: NetworkPosition): boolean {
  if (a.distance !== b.distance) return a.distance > b.distance;
  if (a.name !== b.name) return a.name > b.name;
  return a.id > b.id;
}
