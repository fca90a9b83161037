/** A failure of the local Neo4j whose message is one line that says what to do. */
export class LocalNeo4jError extends Error {
  override readonly name = 'LocalNeo4jError';
  constructor(
    message: string,
    /** A stable reason, for tests and callers that react differently per cause. */
    readonly reason: 'JAVA_MISSING' | 'JAVA_TOO_OLD' | 'MAVEN_MISSING' | 'RESOLVE_FAILED' | 'PORT_IN_USE' | 'DATA_LOCKED' | 'START_TIMEOUT' | 'START_FAILED' | 'DATABASE_EXISTS' | 'IMPORT_FAILED',
  ) {
    super(message);
  }
}
