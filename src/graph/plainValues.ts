import { isDate, isDateTime, isInt, isLocalDateTime, isPoint, type Record as Neo4jRecord } from 'neo4j-driver';

/** A value as it leaves the graph layer: JSON-like, no driver types. */
export type PlainValue = null | boolean | number | string | PlainValue[] | { [key: string]: PlainValue };

/**
 * Converts driver values to plain ones at the boundary: Integer → number, temporal → ISO string,
 * Point → { latitude, longitude }, nodes and maps → objects of their properties.
 */
export function toPlain(value: unknown): PlainValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'boolean' || typeof value === 'number' || typeof value === 'string') return value;
  if (typeof value === 'bigint') return Number(value);
  if (isInt(value)) return value.toNumber();
  if (isDate(value) || isDateTime(value) || isLocalDateTime(value)) return value.toString();
  if (isPoint(value)) return { longitude: value.x, latitude: value.y };
  if (Array.isArray(value)) return value.map(toPlain);
  if (typeof value === 'object') {
    const source = 'properties' in value && 'labels' in value ? (value as { properties: object }).properties : value;
    const out: { [key: string]: PlainValue } = {};
    for (const [k, v] of Object.entries(source)) out[k] = toPlain(v);
    return out;
  }
  return String(value);
}

/** One record as a plain object keyed by the RETURN aliases. */
export function recordToPlain(record: Neo4jRecord): { [key: string]: PlainValue } {
  const out: { [key: string]: PlainValue } = {};
  for (const key of record.keys) out[String(key)] = toPlain(record.get(key));
  return out;
}
