/**
 * One run: unit tests (no database), integration tests against the project's own local Neo4j (started once by
 * the global setup), end-to-end tests over HTTP. Tests run in band: Neo4j Community has one user database,
 * and the JVM plus a worker per core would fight over 2 cores.
 * @type {import('jest').Config}
 */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': 'ts-jest' },
  globalSetup: '<rootDir>/tests/support/globalSetup.ts',
  globalTeardown: '<rootDir>/tests/support/globalTeardown.ts',
  testTimeout: 120000,
  maxWorkers: 1,
};
