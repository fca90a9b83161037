// A search box with a list of hits under it (Query.search), used for the main search and the path ends.
import { searchEntities, type SearchHit } from './api';
import { el, fromMarkup } from './dom';
import { NODE_LOOKS, nodeSwatch } from './legend';

export interface AutocompleteOptions {
  /** Search companies only (supply paths), else actors and, when `clusters` is set, clusters. */
  companiesOnly: () => boolean;
  clusters: boolean;
  onPick(hit: SearchHit): void;
}

/** Wires an input and a list element into a debounced search with keyboard selection. */
export class Autocomplete {
  private hits: SearchHit[] = [];
  /** The text `hits` were found for: Enter picks among them only while the box still holds that text. */
  private hitsFor = '';
  private active = -1;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private request = 0;

  constructor(
    private readonly input: HTMLInputElement,
    private readonly list: HTMLElement,
    private readonly options: AutocompleteOptions,
  ) {
    input.setAttribute('autocomplete', 'off');
    input.setAttribute('role', 'combobox');
    input.setAttribute('aria-autocomplete', 'list');
    input.setAttribute('aria-controls', list.id);
    list.setAttribute('role', 'listbox');
    input.addEventListener('input', () => this.schedule());
    input.addEventListener('focus', () => {
      if (this.hits.length) this.open();
    });
    input.addEventListener('blur', () => setTimeout(() => this.close(), 150));
    input.addEventListener('keydown', (event) => this.onKey(event));
  }

  /** Runs the search now (also used by the example buttons); resolves with the hits. */
  async searchNow(text: string): Promise<SearchHit[]> {
    this.input.value = text;
    clearTimeout(this.timer);
    await this.search();
    return this.hits;
  }

  private schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.search(), 180);
  }

  private async search(): Promise<void> {
    const text = this.input.value.trim();
    const request = ++this.request;
    if (text.length < 2) {
      this.hits = [];
      this.hitsFor = text;
      this.close();
      return;
    }
    try {
      const hits = await searchEntities(text, this.options.companiesOnly());
      if (request !== this.request) return;
      this.hits = this.options.clusters ? hits : hits.filter((h) => h.kind !== 'CLUSTER');
      this.hitsFor = text;
      this.active = this.hits.length ? 0 : -1;
      this.render();
    } catch (error) {
      if (request !== this.request) return;
      this.hits = [];
      this.hitsFor = text;
      this.list.replaceChildren(el('li', { class: 'empty' }, `Search failed: ${error instanceof Error ? error.message : String(error)}`));
      this.open();
    }
  }

  private render(): void {
    // Tests (and assistive tools) can tell the hits of the current text from those of an earlier one.
    this.list.dataset['for'] = this.hitsFor;
    if (!this.hits.length) {
      this.list.replaceChildren(el('li', { class: 'empty' }, 'Nothing found'));
      this.open();
      return;
    }
    this.list.replaceChildren(
      ...this.hits.map((hit, index) =>
        el(
          'li',
          {
            role: 'option',
            class: index === this.active ? 'active' : undefined,
            'aria-selected': index === this.active ? 'true' : 'false',
            'data-id': hit.id,
            onmousedown: (event) => {
              event.preventDefault();
              this.pick(index);
            },
          },
          fromMarkup(nodeSwatch(hit.kind)),
          el('span', { class: 'hit-name' }, hit.name),
          el('span', { class: 'hit-meta' }, [NODE_LOOKS[hit.kind].label, hit.place].filter(Boolean).join(' · ')),
        ),
      ),
    );
    this.open();
  }

  private onKey(event: KeyboardEvent): void {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (!this.hits.length) return;
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      this.active = (this.active + step + this.hits.length) % this.hits.length;
      this.render();
    } else if (event.key === 'Enter') {
      event.preventDefault();
      // Hits of an earlier text (typed faster than the search answers) would pick the wrong entity.
      if (this.hits.length && this.hitsFor === this.input.value.trim()) this.pick(Math.max(0, this.active));
      else {
        clearTimeout(this.timer);
        void this.search().then(() => this.hits.length && this.pick(0));
      }
    } else if (event.key === 'Escape') {
      this.close();
    }
  }

  private pick(index: number): void {
    const hit = this.hits[index];
    if (!hit) return;
    this.input.value = hit.name;
    this.close();
    this.options.onPick(hit);
  }

  private open(): void {
    this.list.hidden = false;
    this.input.setAttribute('aria-expanded', 'true');
  }

  private close(): void {
    this.list.hidden = true;
    this.input.setAttribute('aria-expanded', 'false');
  }
}
