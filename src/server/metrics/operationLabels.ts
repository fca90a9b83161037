/** The label of a request that ran no resolved GraphQL operation (a health check, a refused document …). */
export const NO_OPERATION = 'none';
/** The label of operations past MAX_OPERATION_LABELS distinct names. */
export const OTHER_OPERATION = 'other';
// Operation names come from clients: a bounded set keeps the metrics' cardinality (and memory) bounded.
const MAX_OPERATION_LABELS = 200;

/**
 * Which GraphQL operation each in-flight HTTP request runs, by request id: the Apollo plugin that resolves the
 * operation writes it, the HTTP metrics and the request log read it when the response is done, then it is
 * forgotten. Names are kept as labels up to MAX_OPERATION_LABELS distinct ones, then counted as `other`.
 */
export class OperationLabels {
  private readonly byRequest = new Map<string, string>();
  private readonly known = new Set<string>();

  /** Records the operation of a request; `null` for an anonymous operation. */
  set(requestId: string, operationName: string | null): void {
    this.byRequest.set(requestId, this.label(operationName));
  }

  get(requestId: string): string {
    return this.byRequest.get(requestId) ?? NO_OPERATION;
  }

  delete(requestId: string): void {
    this.byRequest.delete(requestId);
  }

  private label(operationName: string | null): string {
    if (operationName === null) return 'anonymous';
    if (this.known.has(operationName)) return operationName;
    if (this.known.size >= MAX_OPERATION_LABELS || operationName.length > 64) return OTHER_OPERATION;
    this.known.add(operationName);
    return operationName;
  }
}
