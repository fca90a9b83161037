import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../../../src/config';
import { useSeedServer } from '../../support/seedServer';

/**
 * The server compiles a query document with graphql-jit from its second run on (src/server/execution). Every
 * document here is sent three times: the first answer comes from graphql-js, the second and third from the
 * compiled query, and all three must be the same response body, errors and extensions (round trips, cost)
 * included. The documents: every example an analyst starts from, the bench's nested read, and answers with
 * errors (an unknown id, a variable of the wrong type, a limit refused before execution).
 */
const QUERIES_DIR = path.join(projectRoot, 'examples', 'queries');

interface Request {
  name: string;
  query: string;
  variables: Record<string, unknown>;
}

const EXAMPLES: Request[] = fs
  .readdirSync(QUERIES_DIR)
  .filter((file) => file.endsWith('.graphql'))
  .sort()
  .map((file) => {
    const name = path.basename(file, '.graphql');
    return {
      name,
      query: fs.readFileSync(path.join(QUERIES_DIR, file), 'utf8'),
      variables: JSON.parse(fs.readFileSync(path.join(QUERIES_DIR, 'variables', `${name}.json`), 'utf8')) as Record<string, unknown>,
    };
  });

const OTHERS: Request[] = [
  {
    name: 'nested pages (the bench nestedRead)',
    query: `query NestedRead { clusters(first: 10) { edges { node { id name
      members(first: 10) { edges { node { id name partners(first: 5) { edges { weight node { id name } } } } } } } } } }`,
    variables: {},
  },
  {
    name: 'an actor with its region, fragments and __typename',
    query: `query One($id: ID!) { actor(id: $id) { __typename ...F region { id name } } }
      fragment F on Actor { id name kind founded website location { latitude longitude } }`,
    variables: { id: 'fraunhofer-ipms' },
  },
  { name: 'an unknown id', query: 'query Missing($id: ID!) { actor(id: $id) { id name } }', variables: { id: 'no-such-actor' } },
  { name: 'a variable of the wrong type', query: 'query Wrong($first: Int) { actors(first: $first) { totalCount } }', variables: { first: 'ten' } },
  { name: 'a page larger than allowed', query: 'query Big($first: Int) { actors(first: $first) { totalCount } }', variables: { first: 100_000 } },
];

describe('compiled execution over HTTP: the same answers as graphql-js', () => {
  const seed = useSeedServer();

  async function metric(line: string): Promise<number> {
    const text = await (await fetch(seed.server.url.replace(/\/graphql$/, '/metrics'))).text();
    const sample = text.split('\n').find((l) => l.startsWith(`${line} `));
    return Number(sample?.split(' ')[1] ?? Number.NaN);
  }

  it.each([...EXAMPLES, ...OTHERS].map((request) => [request.name, request] as const))('%s', async (_name, request) => {
    const compiledBefore = await metric('clustergraph_graphql_executions_total{engine="compiled"}');
    const answers = [];
    for (let run = 0; run < 3; run++) answers.push(await seed.server.query(request.query, request.variables));
    const [interpreted, ...compiled] = answers;
    for (const answer of compiled) expect(answer).toEqual(interpreted);
    const compiledRuns = (await metric('clustergraph_graphql_executions_total{engine="compiled"}')) - compiledBefore;
    // Runs 2 and 3 went through graphql-jit, except where graphql-js must answer: variables that do not coerce,
    // and requests refused before execution (no run at all).
    const executed = interpreted?.body.data !== undefined;
    expect(compiledRuns).toBe(executed ? 2 : 0);
  });

  it('counts compilations once per document', async () => {
    expect(await metric('clustergraph_graphql_compilations_total')).toBeGreaterThanOrEqual(EXAMPLES.length + 2);
  });
});
