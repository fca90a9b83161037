// Tiny DOM helpers. Text from the API only ever enters the page as text nodes, never as HTML.

type Child = Node | string | null | undefined | false;

/** Creates an element with attributes (strings), event handlers (on*) and children. */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string | ((event: Event) => void) | undefined> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined) continue;
    if (typeof value === 'function') element.addEventListener(name.slice(2).toLowerCase(), value);
    else element.setAttribute(name, value);
  }
  append(element, ...children);
  return element;
}

/** Appends children, skipping empty ones. */
export function append(parent: Node, ...children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
  }
}

/** Replaces an element's children, skipping empty ones. */
export function replace(parent: Element, ...children: Child[]): void {
  parent.replaceChildren();
  append(parent, ...children);
}

/** The element with this id; throws when the page lacks it (a build mistake, not a user error). */
export function byId<T extends HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`the page has no #${id}`);
  return element as T;
}

/** An element made from trusted, static markup (the legend's SVG swatches). */
export function fromMarkup(markup: string): Element {
  const template = document.createElement('template');
  template.innerHTML = markup.trim();
  return template.content.firstElementChild!;
}

/** A source citation: a link when it is a URL, a Wikipedia link for `wikipedia:Article`, else text. */
export function sourceItem(source: string): HTMLElement {
  if (/^https?:\/\//.test(source)) return el('li', {}, el('a', { href: source, target: '_blank', rel: 'noopener noreferrer' }, source));
  const wiki = /^wikipedia:(.+)$/.exec(source);
  if (wiki) {
    const article = wiki[1]!;
    return el('li', {}, el('a', { href: `https://en.wikipedia.org/wiki/${encodeURIComponent(article)}`, target: '_blank', rel: 'noopener noreferrer' }, `Wikipedia: ${article.replace(/_/g, ' ')}`));
  }
  if (source === 'illustrative' || source === 'fictional') return el('li', { class: 'sample' }, `${source} (sample data, not a public fact)`);
  return el('li', {}, source);
}

/** `since–until`, `since 2004`, `until 2019`, or null. */
export function period(since: string | null | undefined, until: string | null | undefined): string | null {
  if (since && until) return `${since}–${until}`;
  if (since) return `since ${since}`;
  if (until) return `until ${until}`;
  return null;
}

/** `SCIENCE_INDUSTRY` → `science industry`. */
export function words(value: string): string {
  return value.toLowerCase().replace(/_/g, ' ');
}

/** `MAX_PLANCK` → `Max Planck`. */
export function titleWords(value: string): string {
  return words(value).replace(/\b\p{L}/gu, (letter) => letter.toUpperCase());
}
