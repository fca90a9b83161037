/**
 * JSON values as the contenders return them, and small accessors that check the shape as they read it: a
 * response of an unexpected shape fails the equivalence check loudly instead of comparing `undefined`s.
 */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

export function asObject(value: Json | undefined, what: string): JsonObject {
  if (value === null || value === undefined || typeof value !== 'object' || Array.isArray(value)) {
    throw new TypeError(`${what}: expected an object, got ${JSON.stringify(value)?.slice(0, 200)}`);
  }
  return value;
}

export function asArray(value: Json | undefined, what: string): Json[] {
  if (!Array.isArray(value)) throw new TypeError(`${what}: expected an array, got ${JSON.stringify(value)?.slice(0, 200)}`);
  return value;
}

export function field(value: Json | undefined, key: string, what: string): Json {
  const object = asObject(value, what);
  if (!(key in object)) throw new TypeError(`${what}: missing field \`${key}\``);
  return object[key] as Json;
}

/** Follows a path of keys, e.g. path(data, ['actor', 'region', 'id']). */
export function path(value: Json | undefined, keys: readonly string[], what: string): Json {
  let current: Json | undefined = value;
  for (const key of keys) current = field(current, key, `${what}.${keys.join('.')}`);
  return current ?? null;
}

/** Sorts a copy by the JSON text of each item: a stable, total order for sets of records. */
export function sortedByJson<T extends Json>(items: readonly T[]): T[] {
  return items
    .map((item) => [JSON.stringify(item), item] as const)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([, item]) => item);
}
