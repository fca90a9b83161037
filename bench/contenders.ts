import http from 'node:http';
import type { Driver } from 'neo4j-driver';
import { asArray, asObject, field, type Json } from './json';
import type { ComparedOperation, Operation } from './operations';
import { runFloorQuery } from './servers/floorServer';

/** The HTTP contenders, and the in-process driver run that is the absolute floor. */
export const HTTP_CONTENDERS = ['ours', 'floor', 'peer'] as const;
export type HttpContender = (typeof HTTP_CONTENDERS)[number];
export type Contender = HttpContender | 'driver';

export interface ContenderUrls {
  ours: string;
  /** Base of the floor's routes; the operation's name is appended. */
  floor: string;
  peer: string;
}

/** One request as autocannon and the sequential client send it. */
export interface RequestSpec {
  url: string;
  body: string;
}

export function requestFor(contender: HttpContender, operation: Operation, urls: ContenderUrls): RequestSpec {
  if (contender !== 'ours' && operation.oursOnly) throw new Error(`${operation.name} is ours only: the ${contender} does not run it`);
  switch (contender) {
    case 'ours':
      return { url: urls.ours, body: JSON.stringify(operation.ours) };
    case 'peer':
      return { url: urls.peer, body: JSON.stringify((operation as ComparedOperation).peer) };
    case 'floor':
      return { url: `${urls.floor}/${operation.name}`, body: JSON.stringify({ params: (operation as ComparedOperation).floorParams }) };
  }
}

export interface Reply {
  status: number;
  text: string;
}

/** Keep-alive, one socket: the sequential client measures one request at a time, never connection set-up. */
export const sequentialAgent = new http.Agent({ keepAlive: true, maxSockets: 1 });

export function post(spec: RequestSpec, agent: http.Agent = sequentialAgent): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      spec.url,
      { method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(spec.body) } },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }));
        response.on('error', reject);
      },
    );
    request.on('error', reject);
    request.end(spec.body);
  });
}

/** A reply read: the comparable answer, our round trips when present. Throws on an error reply. */
export interface ReadReply {
  answer: Json;
  roundTrips: number | undefined;
}

export function readReply(contender: HttpContender, operation: Operation, reply: Reply): ReadReply {
  let body: Json;
  try {
    body = JSON.parse(reply.text) as Json;
  } catch {
    throw new Error(`${contender} ${operation.name}: HTTP ${reply.status}, not JSON: ${reply.text.slice(0, 300)}`);
  }
  const object = asObject(body, `${contender} reply`);
  if (reply.status !== 200 || 'errors' in object || 'error' in object) {
    throw new Error(`${contender} ${operation.name}: HTTP ${reply.status} ${JSON.stringify(object['errors'] ?? object['error']).slice(0, 600)}`);
  }
  if (contender !== 'ours' && operation.oursOnly) throw new Error(`${operation.name} is ours only: no ${contender} reply to read`);
  if (contender === 'floor') return { answer: (operation as ComparedOperation).normalizeFloor(asArray(field(body, 'rows', 'floor reply'), 'rows')), roundTrips: undefined };
  const data = field(body, 'data', `${contender} reply`);
  const answer = contender === 'ours' ? operation.normalizeOurs(data) : (operation as ComparedOperation).normalizePeer(data);
  const cost = asObject(object['extensions'] ?? {}, 'extensions')['cost'];
  const roundTrips = cost === undefined ? undefined : field(cost, 'roundTrips', 'cost');
  return { answer, roundTrips: typeof roundTrips === 'number' ? roundTrips : undefined };
}

/** The absolute floor: the floor's query run by the bench process itself, no HTTP. */
export async function driverAnswer(driver: Driver, operation: ComparedOperation): Promise<Json> {
  return operation.normalizeFloor((await runFloorQuery(driver, operation.name, operation.floorParams)) as Json[]);
}
