import { foldAnyText, foldSearchText, searchProperties } from '../../../src/model/searchFolding';

describe('foldSearchText', () => {
  it.each([
    ['Technische Universität Dresden', 'technische universitaet dresden'],
    ['Straße  der   Zukunft', 'strasse der zukunft'],
    ['Łódź Ørsted Æther Đakovo', 'lodz orsted aether dakovo'],
    ['Crème Brûlée Café', 'creme brulee cafe'],
    ['\u00a0 Tabs\tand\nlines \u2003', 'tabs and lines'],
    ['ÄÖÜ', 'aeoeue'],
    ['  Plain ASCII  Name ', 'plain ascii name'],
  ])('folds %j to %j', (text, folded) => {
    expect(foldSearchText(text)).toBe(folded);
  });

  it('folds plain ASCII exactly as every step would, control characters and all', () => {
    // Every ASCII character, and pseudo-random ASCII strings of letters, digits, punctuation and whitespace.
    const all = Array.from({ length: 128 }, (_, code) => String.fromCharCode(code)).join('');
    expect(foldSearchText(all)).toBe(foldAnyText(all));
    let seed = 7;
    const next = (): number => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
    for (let k = 0; k < 2000; k += 1) {
      const text = Array.from({ length: next() % 40 }, () => String.fromCharCode(next() % 128)).join('');
      expect({ text, folded: foldSearchText(text) }).toEqual({ text, folded: foldAnyText(text) });
    }
  });

  it('builds the search properties from the folded name, aliases and description', () => {
    expect(searchProperties({ id: 'tu-dresden', name: 'TU Dresden', aliases: ['Technische Universität Dresden', 'TUD'], description: 'Eine Universität' })).toEqual({
      searchName: 'tu dresden | technische universitaet dresden | tud',
      searchDescription: 'eine universitaet',
      searchKeys: ['tu dresden', 'technische universitaet dresden', 'tud', 'tu-dresden'],
    });
  });
});
