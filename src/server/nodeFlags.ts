/**
 * V8 flags the server process starts with: `npm start` (package.json spells them out, and a unit test holds
 * the two alike), the load test and the notebooks' server, and every contender of the bench, so ours, the floor
 * and the peer run under the same settings.
 *
 * Why a larger young generation: a request allocates its parsed document, decoded records, resolver results
 * and the response text, nearly all of it dead when the response is written. With Node's default 16 MB
 * semi-spaces, scavenges ran often enough to be the largest single item of nestedRead's CPU profile (12 %), and
 * each promoted what was still in flight at concurrency. 32 MB halves their number; measured against the
 * default, same Neo4j, interleaved rounds (bench/README.md, "Server CPU per request and the young
 * generation"): our server's CPU per request −16 % on nestedRead, −18 % on partnerNetwork2, −10 % on
 * actorById. 64 and 128 MB gained less than 32 (the young generation outgrows the caches).
 */
export const SERVER_NODE_FLAGS: readonly string[] = ['--max-semi-space-size=32'];
