// The example queries the IDE opens with. They come from examples/queries/*.graphql when that folder exists (read
// at build time by Vite, so the built page needs no file access), each with optional variables in
// `variables/NAME.json` (or a sibling `NAME.json` / `NAME.variables.json`); otherwise a few built-in examples.

export interface Example {
  /** A short title: the first sentence of the file's leading comment, else its file name. */
  title: string;
  query: string;
  /** JSON text, or null. */
  variables: string | null;
  /** Where it came from: a file path under examples/queries, or `built-in`. */
  origin: string;
}

const queryFiles = import.meta.glob<string>('../../examples/queries/*.graphql', { query: '?raw', import: 'default', eager: true });
const variableFiles = import.meta.glob<string>(['../../examples/queries/*.json', '../../examples/queries/variables/*.json'], {
  query: '?raw',
  import: 'default',
  eager: true,
});

function baseName(path: string): string {
  return path.replace(/^.*\//, '').replace(/\.(variables\.)?json$|\.graphql$/, '');
}

function titleOf(name: string, query: string): string {
  for (const line of query.split('\n')) {
    const text = line.trim();
    if (!text) continue;
    if (!text.startsWith('#')) break;
    const comment = text.replace(/^#+\s*/, '');
    const sentence = /^.+?[.?!:](?=\s|$)/.exec(comment)?.[0] ?? comment;
    if (sentence) return sentence.length > 80 ? `${sentence.slice(0, 77)}…` : sentence;
  }
  return name.replace(/^\d+[-_]/, '').replace(/[-_]/g, ' ');
}

const BUILT_IN: Example[] = [
  {
    title: 'Search',
    origin: 'built-in',
    variables: '{ "text": "Fraunhofer" }',
    query: `# Full-text search over actors and clusters (one typo per word is forgiven).
query Search($text: String!) {
  search(text: $text, first: 5) {
    score
    node {
      __typename
      id
      ... on Actor { name kind region { name } }
      ... on Cluster { name }
    }
  }
}
`,
  },
  {
    title: 'Partner network',
    origin: 'built-in',
    variables: '{ "from": "fraunhofer-ipms" }',
    query: `# An institute's partner network: collaborations and supply relations, two links deep.
query PartnerNetwork($from: ID!) {
  partnerNetwork(from: $from, depth: 2, filter: { linkKinds: [COLLABORATION, SUPPLY] }, first: 10) {
    center { name }
    subgraph { nodes { id name kind distance } edges { source target linkKind } }
    rows { totalCount edges { distance viaSummary node { name } } }
  }
}
`,
  },
  {
    title: 'Supply chain',
    origin: 'built-in',
    variables: '{ "company": "infineon-dresden" }',
    query: `# A company's suppliers in tiers.
query SupplyChain($company: ID!) {
  supplyChain(company: $company, direction: UPSTREAM, tiers: 3) {
    company { name }
    tiers { tier companies { name } edges { supplier { name } customer { name } product } }
  }
}
`,
  },
  {
    title: 'Supply paths',
    origin: 'built-in',
    variables: '{ "from": "wacker-nuenchritz", "to": "infineon-dresden" }',
    query: `# How a supplier reaches a customer, supplier -> customer.
query SupplyPaths($from: ID!, $to: ID!) {
  supplyPaths(from: $from, to: $to, first: 3) {
    length
    hops { supplier { name } customer { name } product }
  }
}
`,
  },
  {
    title: 'Shortest connection',
    origin: 'built-in',
    variables: '{ "from": "fraunhofer-ipms", "to": "siltronic-freiberg" }',
    query: `# One shortest connection between two actors, every hop in words.
query ShortestConnection($from: ID!, $to: ID!) {
  shortestConnection(from: $from, to: $to, maxHops: 4) {
    length
    explanation
  }
}
`,
  },
  {
    title: 'Cluster members',
    origin: 'built-in',
    variables: '{ "id": "silicon-saxony" }',
    query: `# A cluster and its members.
query Cluster($id: ID!) {
  cluster(id: $id) {
    name
    description
    members(first: 20) { totalCount edges { role node { name kind } } }
  }
}
`,
  },
];

function fromFiles(): Example[] {
  const variables = new Map(Object.entries(variableFiles).map(([path, text]) => [baseName(path), text.trim()]));
  return Object.entries(queryFiles)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([path, query]) => {
      const name = baseName(path);
      return { title: titleOf(name, query), query, variables: variables.get(name) ?? null, origin: path.replace(/^(\.\.\/)+/, '') };
    });
}

/** The examples: from examples/queries when it has any, else the built-in ones. */
export const EXAMPLES: readonly Example[] = (() => {
  const files = fromFiles();
  return files.length > 0 ? files : BUILT_IN;
})();
