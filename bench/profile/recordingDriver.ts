import type { Driver } from 'neo4j-driver';

/** A statement as the application sent it. */
export interface RecordedStatement {
  text: string;
  params: Record<string, unknown>;
}

type AnyFunction = (...args: unknown[]) => unknown;

/** Reads a property of `target`, binding methods to it, so a proxy can pass everything it does not change. */
function passThrough(target: object, key: string | symbol): unknown {
  const value: unknown = Reflect.get(target, key);
  return typeof value === 'function' ? (value as AnyFunction).bind(target) : value;
}

/**
 * Wraps a driver so that every statement run inside executeRead / executeWrite is also handed to `record`:
 * the profiler learns which Cypher our server sends for a request without touching src/.
 */
export function recordingDriver(driver: Driver, record: (statement: RecordedStatement) => void): Driver {
  const wrapTransaction = (tx: object): object =>
    new Proxy(tx, {
      get: (t, key) =>
        key === 'run'
          ? (text: string, params: Record<string, unknown> = {}) => {
              record({ text, params });
              return (Reflect.get(t, 'run') as AnyFunction).call(t, text, params);
            }
          : passThrough(t, key),
    });
  const wrapSession = (session: object): object =>
    new Proxy(session, {
      get: (s, key) =>
        key === 'executeRead' || key === 'executeWrite'
          ? (work: (tx: object) => unknown, config?: unknown) => (Reflect.get(s, key) as AnyFunction).call(s, (tx: object) => work(wrapTransaction(tx)), config)
          : passThrough(s, key),
    });
  return new Proxy(driver, {
    get: (d, key) => (key === 'session' ? (config?: unknown) => wrapSession((Reflect.get(d, 'session') as AnyFunction).call(d, config) as object) : passThrough(d, key)),
  });
}
