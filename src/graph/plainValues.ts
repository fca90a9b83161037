import { isDate, isDateTime, isInt, isLocalDateTime, isPoint, type Record as Neo4jRecord } from 'neo4j-driver';

/** A value as it leaves the graph layer: JSON-like, no driver types. */
export type PlainValue = null | boolean | number | string | PlainValue[] | { [key: string]: PlainValue };

/**
 * Converts driver values to plain ones at the boundary: Integer → number, temporal → ISO string,
 * Point → { latitude, longitude }, nodes and maps → objects of their properties.
 *
 * Lists and maps are converted in place: the driver decodes a fresh array or object for every value of every
 * record and nothing else holds it, so copying them (as this did) only doubled what a large result allocates
 * (a network request's hundreds of links; under load the server spent a quarter of its CPU collecting garbage).
 */
export function toPlain(value: unknown): PlainValue {
  if (value === null || value === undefined) return null;
  switch (typeof value) {
    case 'boolean':
    case 'number':
    case 'string':
      return value;
    case 'bigint':
      return Number(value);
    case 'object':
      break;
    default:
      return String(value);
  }
  if (Array.isArray(value)) {
    const list = value as unknown[];
    for (let i = 0; i < list.length; i++) list[i] = toPlain(list[i]);
    return list as PlainValue[];
  }
  if (Object.getPrototypeOf(value) === Object.prototype) return plainMap(value as Record<string, unknown>);
  if (isInt(value)) return value.toNumber();
  if (isDate(value) || isDateTime(value) || isLocalDateTime(value)) return value.toString();
  if (isPoint(value)) return { longitude: value.x, latitude: value.y };
  // A node or relationship: its properties (a map the driver decoded for it alone).
  if ('properties' in value && 'labels' in value) return plainMap((value as { properties: Record<string, unknown> }).properties);
  return plainMap({ ...(value as Record<string, unknown>) });
}

function plainMap(map: Record<string, unknown>): { [key: string]: PlainValue } {
  for (const key in map) {
    if (Object.prototype.hasOwnProperty.call(map, key)) map[key] = toPlain(map[key]);
  }
  return map as { [key: string]: PlainValue };
}

/** One record as a plain object keyed by the RETURN aliases. */
export function recordToPlain(record: Neo4jRecord): { [key: string]: PlainValue } {
  const out: { [key: string]: PlainValue } = {};
  const keys = record.keys;
  for (let i = 0; i < keys.length; i++) out[String(keys[i])] = toPlain(record.get(i));
  return out;
}
