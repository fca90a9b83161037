/**
 * V8 flags the server process starts with: `npm start` (package.json spells them out, and a unit test holds
 * the two alike), the load test and the notebooks' server, and every contender of the bench, so ours, the floor
 * and the peer run under the same settings.
 *
 * Why a larger young generation: a request allocates its parsed document, decoded records, resolver results
 * and the response text, nearly all of it dead when the response is written. With Node's default 16 MB
 * semi-spaces, scavenges ran often enough to be the largest single item of nestedRead's CPU profile (12 %), and
 * each promoted what was still in flight at concurrency. 32 MB halves their number. Measured against Node's
 * default with bench/nodeFlagsAb.ts (same Neo4j, paired rounds; bench/README.md, "Server CPU per request and the
 * young generation"): our server's CPU per request −17 % on nestedRead, −8 % on partnerNetwork2, actorById within
 * the noise; the saving grows with the answer. 64 MB gained no more, and costs twice the young generation's RSS.
 */
export const SERVER_NODE_FLAGS: readonly string[] = ['--max-semi-space-size=32'];
