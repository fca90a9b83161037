import { questionOf } from '../../../src/graph/queries/statementSet';
import { catalogueStatements, STATEMENT_SETS } from '../../../src/graph/statementCatalogue';

describe('the statement catalogue', () => {
  it('is small and known: at most 250 texts, each under a name that says its variant', () => {
    const statements = catalogueStatements();
    // The plan warmer plans every text at start: 250 keeps that to minutes (docs/statements.md, "Plain twins").
    expect(statements.length).toBeLessThanOrEqual(250);
    expect(new Set(statements.map((s) => s.name)).size).toBe(statements.length);
    for (const set of STATEMENT_SETS) expect(set.texts.size).toBeGreaterThan(0);
  });

  it('has sample parameters for every parameter a text reads, so the warm-up plans what requests run', () => {
    for (const statement of catalogueStatements()) {
      // Every value rides in the one map parameter `$q`, so no text reads a parameter of its own.
      expect([statement.name, Object.keys(statement.params ?? {})]).toEqual([statement.name, ['q']]);
      const read = [...new Set([...statement.text.matchAll(/\$q\.([A-Za-z][A-Za-z0-9]*)/g)].map((m) => m[1] ?? ''))];
      expect(read.length).toBeGreaterThan(0);
      for (const name of read) expect([statement.name, name, Object.hasOwn(questionOf(statement), name)]).toEqual([statement.name, name, true]);
    }
  });

  // A review sees every change of a generated Cypher text in the snapshot file next to this test.
  it.each(STATEMENT_SETS.flatMap((set) => [...set.texts].map(([variant, text]) => [variant === '' ? set.name : `${set.name}_${variant}`, text])))('%s', (_name, text) => {
    expect(text).toMatchSnapshot();
  });
});
