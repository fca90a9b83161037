/**
 * How names are folded for search, at index time (the importer stores folded copies, see src/graph/README.md)
 * and at query time (the user's text), so both sides meet: case is folded, German umlauts and ß become their
 * usual transliterations (ä → ae, ö → oe, ü → ue, ß → ss: "Universität" and "Universitaet" are one word), and
 * other diacritics are dropped (é → e, ł → l). Lucene's analyzers fold either to "a" or not at all, never to the
 * German transliteration, hence a stored folded text instead of an analyzer.
 */

const TRANSLITERATIONS: ReadonlyArray<readonly [RegExp, string]> = [
  [/ä/g, 'ae'],
  [/ö/g, 'oe'],
  [/ü/g, 'ue'],
  [/ß/g, 'ss'],
  [/ł/g, 'l'],
  [/ø/g, 'o'],
  [/æ/g, 'ae'],
  [/đ/g, 'd'],
];

const COMBINING_MARKS = /\p{M}+/gu;

const ASCII_ONLY = /^[\x00-\x7f]*$/;

/** The folded form of a text: lower case, transliterated, without diacritics, whitespace collapsed. */
export function foldSearchText(text: string): string {
  // Plain ASCII has nothing to transliterate, decompose or strip: the same result without ten passes over the
  // text (a bulk load folds three texts per node, millions of them; tests/unit/model/searchFolding.test.ts).
  return ASCII_ONLY.test(text) ? text.toLowerCase().replace(/\s+/g, ' ').trim() : foldAnyText(text);
}

/** foldSearchText for any text: every step. */
export function foldAnyText(text: string): string {
  let folded = text.toLowerCase();
  for (const [pattern, replacement] of TRANSLITERATIONS) folded = folded.replace(pattern, replacement);
  return folded.normalize('NFD').replace(COMBINING_MARKS, '').replace(/\s+/g, ' ').trim();
}

/** What the importer stores for search on every node (see src/graph/README.md). */
export interface SearchProperties {
  /** Folded name and aliases joined by " | ": the text the full-text index searches first. */
  searchName: string;
  /** Folded description, or null without one. */
  searchDescription: string | null;
  /** Exact keys: the folded name, the folded aliases and the id; a search text equal to one ranks first. */
  searchKeys: string[];
}

/** The stored search properties of an entity. */
export function searchProperties(entity: { id: string; name: string; aliases?: readonly string[] | undefined; description?: string | null | undefined }): SearchProperties {
  const names = [entity.name, ...(entity.aliases ?? [])].map(foldSearchText).filter((name) => name.length > 0);
  return {
    searchName: names.join(' | '),
    searchDescription: entity.description ? foldSearchText(entity.description) : null,
    searchKeys: [...new Set([...names, entity.id])],
  };
}
