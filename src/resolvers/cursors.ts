import type { LinkCursor, NameCursor, PartnerCursor, SortCursor } from '../graph';
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

function encode(value: unknown[]): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

function decode(cursor: string, argument: string): unknown[] {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(value)) return value;
  } catch {
    // fall through to the error below
  }
  throw new UserInputError(`\`${argument}\` is not a cursor this list returned`, { argument });
}

export function encodePartnerCursor(position: PartnerCursor): string {
  return encode(['p', position.weight, position.name, position.id]);
}

export function decodePartnerCursor(cursor: string | null | undefined, argument = 'after'): PartnerCursor | null {
  if (cursor === null || cursor === undefined) return null;
  const [tag, weight, name, id] = decode(cursor, argument);
  if (tag !== 'p' || typeof weight !== 'number' || typeof name !== 'string' || typeof id !== 'string') {
    throw new UserInputError(`\`${argument}\` is not a cursor this list returned`, { argument });
  }
  return { weight, name, id };
}

/** Sort cursors also carry the sort they were made for: reusing one under another order is refused. */
export function encodeSortCursor(sort: string, position: SortCursor): string {
  return encode(['s', sort, position.value, position.id]);
}

export function decodeSortCursor(cursor: string | null | undefined, sort: string, argument = 'after'): SortCursor | null {
  if (cursor === null || cursor === undefined) return null;
  const [tag, madeFor, value, id] = decode(cursor, argument);
  if (tag !== 's' || madeFor !== sort || (typeof value !== 'string' && typeof value !== 'number') || typeof id !== 'string') {
    throw new UserInputError(`\`${argument}\` is not a cursor of this list and order`, { argument });
  }
  return { value, id };
}

export function encodeLinkCursor(position: LinkCursor): string {
  return encode(['l', position.name, position.id, position.link]);
}

export function decodeLinkCursor(cursor: string | null | undefined, argument = 'after'): LinkCursor | null {
  if (cursor === null || cursor === undefined) return null;
  const [tag, name, id, link] = decode(cursor, argument);
  if (tag !== 'l' || typeof name !== 'string' || typeof id !== 'string' || typeof link !== 'string') {
    throw new UserInputError(`\`${argument}\` is not a cursor this list returned`, { argument });
  }
  return { name, id, link };
}
