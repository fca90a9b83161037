import { LINK_KIND_TABLE } from '../../../src/model/linkKinds';
import { EDGE_KINDS, FALLBACK_STYLE, edgeLook, edgeSwatch, type EdgeKind } from '../../../web/explorer/legend';

describe('the explorer legend reads its link kinds from the registry', () => {
  it('has a row for every kind of the registry, in its order, then memberships', () => {
    expect(EDGE_KINDS).toEqual([...LINK_KIND_TABLE.map((spec) => spec.kind), 'MEMBERSHIP']);
  });

  it.each(LINK_KIND_TABLE.map((spec) => [spec.kind, spec] as const))('names %s in the registry’s words and draws arrows where it is directed', (kind, spec) => {
    const look = edgeLook(kind);
    expect(look.name.toLowerCase()).toBe(spec.words);
    expect(look.label.startsWith(look.name)).toBe(true);
    expect(look.arrow).toBe(spec.directed);
    expect(look.color).toMatch(/^#[0-9a-f]{6}$/);
  });

  it('draws a kind without a style of its own in the fallback style, named from its value', () => {
    const look = edgeLook('NOT_A_REGISTERED_KIND' as EdgeKind);
    expect(look).toEqual({ name: 'Not a registered kind', label: 'Not a registered kind', color: FALLBACK_STYLE.color, style: FALLBACK_STYLE.style, arrow: false });
    expect(edgeSwatch('NOT_A_REGISTERED_KIND' as EdgeKind)).toContain(`stroke="${FALLBACK_STYLE.color}"`);
  });
});
