import type { ActorRecord, ActorSummaryRecord } from '../../../src/graph';
import { companyScalarFields, fullActor, sharedActorScalarFields } from '../../../src/resolvers/actorFields';
import type { RequestContext } from '../../../src/request';

const whole: ActorRecord = {
  id: 'c1', label: 'Company', kind: 'COMPANY', name: 'Acme', aliases: ['ACME GmbH'], description: 'Wafers', founded: '1990', foundedYear: 1990, website: null,
  location: null, regionId: 'de-sn', region: null, sources: ['https://example.org'], illustrative: false, size: 'SMALL', employees: 20, fictional: true,
  type: null, parentOrganization: null,
};
const summary: ActorSummaryRecord = { id: 'c1', label: 'Company', kind: 'COMPANY', name: 'Acme', summary: true };

/** A context whose actor loader answers from `records` and counts the ids it was asked for. */
function contextWith(records: Record<string, ActorRecord>) {
  const asked: string[] = [];
  const ctx = { loaders: { actor: { load: async (id: string) => (asked.push(id), records[id] ?? null) } } } as unknown as RequestContext;
  return { ctx, asked };
}

describe('actor fields beyond a summary', () => {
  it('reads a whole record directly, without the loader', () => {
    const { ctx, asked } = contextWith({});
    expect(fullActor(whole, ctx)).toBe(whole);
    expect(sharedActorScalarFields.aliases(whole, {}, ctx)).toEqual(['ACME GmbH']);
    expect(asked).toEqual([]);
  });

  it('loads the whole record for a summary, and answers from it', async () => {
    const { ctx, asked } = contextWith({ c1: whole });
    expect(await sharedActorScalarFields.description(summary, {}, ctx)).toBe('Wafers');
    expect(await companyScalarFields.employees(summary, {}, ctx)).toBe(20);
    expect(await sharedActorScalarFields.sources(summary, {}, ctx)).toEqual(['https://example.org']);
    expect(asked).toEqual(['c1', 'c1', 'c1']);
  });

  it('fails loudly when the actor of a summary no longer exists', async () => {
    const { ctx } = contextWith({});
    await expect(Promise.resolve(fullActor(summary, ctx))).rejects.toThrow(/c1 disappeared/);
  });
});
