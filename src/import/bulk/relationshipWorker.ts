/**
 * The worker thread of a bulk conversion (convertRelationshipFiles): converts the group of relationship files in
 * its workerData, posting progress deltas as it goes and, last, its report, files and multiline flag.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { convertRelationshipGroup, type RelationshipGroupInput } from './relationshipGroup';

/** What the thread posts: progress while it works, then its output. */
export type RelationshipWorkerMessage =
  | { type: 'progress'; done: number; total: number }
  | { type: 'done'; output: Awaited<ReturnType<typeof convertRelationshipGroup>> };

const port = parentPort;
if (port) {
  const post = (message: RelationshipWorkerMessage): void => port.postMessage(message);
  void convertRelationshipGroup(workerData as RelationshipGroupInput, (delta) => post({ type: 'progress', ...delta })).then((output) => post({ type: 'done', output }));
}
