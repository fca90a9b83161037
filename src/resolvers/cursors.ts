import type { NameCursor } from '../graph';
import { UserInputError } from '../errors';

/**
 * Cursors are opaque to clients: base64url of a small JSON array. They encode the position (sort key and id)
 * of an item, so a page after a cursor stays correct when items are added or removed elsewhere.
 */
export function encodeNameCursor(position: NameCursor): string {
  return Buffer.from(JSON.stringify(['n', position.name, position.id])).toString('base64url');
}

export function decodeNameCursor(cursor: string | null | undefined, argument = 'after'): NameCursor | null {
  if (cursor === null || cursor === undefined) return null;
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(value) && value.length === 3 && value[0] === 'n' && typeof value[1] === 'string' && typeof value[2] === 'string') {
      return { name: value[1], id: value[2] };
    }
  } catch {
    // fall through to the error below
  }
  throw new UserInputError(`\`${argument}\` is not a cursor this list returned`, { argument });
}
