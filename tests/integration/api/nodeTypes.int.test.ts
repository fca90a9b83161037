import { NODE_LABELS } from '../../../src/model';
import { SDL_TYPE_OF_LABEL } from '../../support/entityTypes';
import { useSeedServer } from '../../support/seedServer';

/**
 * `node(id)` and search name an entity's GraphQL type by its node label, whatever optional fields its record has:
 * for every label, the entity of the seed graph with the fewest stored properties (the most null fields, where a
 * guess from the record's keys would go wrong) and the one with the most.
 */
describe('node(id) names the type of every kind of entity by its label', () => {
  const seed = useSeedServer();

  const TYPE_OF_LABEL = SDL_TYPE_OF_LABEL;

  const SOURCED: ReadonlySet<string> = new Set(['Company', 'ResearchInstitute', 'Organization', 'Cluster']);
  // The search kinds (SearchKind in schema/analysis.graphql) of the labels search can find.
  const SEARCH_KIND_OF_LABEL: Partial<Record<string, string>> = {
    Company: 'COMPANY',
    ResearchInstitute: 'RESEARCH_INSTITUTE',
    Organization: 'ORGANIZATION',
    Cluster: 'CLUSTER',
    Technology: 'TECHNOLOGY',
    Project: 'PROJECT',
    FundingProgram: 'FUNDING_PROGRAM',
    Region: 'REGION',
  };

  /** Per label, the ids of its sparsest and its fullest node, read with plain Cypher. */
  async function sampleIds(): Promise<Array<{ label: string; id: string; name: string }>> {
    const rows = await seed.cypher(
      `UNWIND $labels AS label
       CALL (label) {
         MATCH (n:Entity) WHERE label IN labels(n)
         WITH n ORDER BY size(keys(n)), n.id
         WITH collect(n) AS nodes
         RETURN [nodes[0], nodes[-1]] AS picked
       }
       UNWIND picked AS n
       RETURN DISTINCT label, n.id AS id, coalesce(n.name, n.id) AS name`,
      { labels: NODE_LABELS },
    );
    return rows.map((row) => ({ label: row['label'] as string, id: row['id'] as string, name: row['name'] as string }));
  }

  it('gives the right __typename for one sparse and one full entity of each label', async () => {
    const samples = await sampleIds();
    expect(new Set(samples.map((s) => s.label))).toEqual(new Set(NODE_LABELS));
    for (const { label, id } of samples) {
      const data = await seed.data(`query($id: ID!) { node(id: $id) { __typename id ... on Sourced { sources illustrative } } }`, { id });
      const node = data['node'] as { __typename: string; id: string; sources?: string[] };
      expect({ id, typename: node.__typename }).toEqual({ id, typename: TYPE_OF_LABEL[label as keyof typeof TYPE_OF_LABEL] });
      // Actors and clusters are Sourced: the fragment applies exactly to them.
      expect({ id, sourced: Array.isArray(node.sources) }).toEqual({ id, sourced: SOURCED.has(label) });
    }
  });

  it('names the type of search hits by their label too', async () => {
    const samples = await sampleIds();
    const searchable = samples.filter((s) => SEARCH_KIND_OF_LABEL[s.label] !== undefined);
    expect(searchable.length).toBeGreaterThanOrEqual(8);
    for (const { label, id } of searchable) {
      const data = await seed.data(`query($t: String!, $k: SearchKind!) { search(text: $t, kinds: [$k], first: 5) { exact node { __typename id } } }`, {
        t: id,
        k: SEARCH_KIND_OF_LABEL[label],
      });
      const hit = (data['search'] as Array<{ node: { __typename: string; id: string } }>).find((h) => h.node.id === id);
      expect({ id, typename: hit?.node.__typename }).toEqual({ id, typename: TYPE_OF_LABEL[label as keyof typeof TYPE_OF_LABEL] });
    }
  });
});
