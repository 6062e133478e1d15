/**
 * `<search-panel>`: query field, filters, live status and results. Renders everything as text nodes, so
 * nothing from the query, the URL or the index is ever parsed as HTML. With `data-sync-url`, keeps the
 * query and filters in the address; with `data-filters-src`, fetches the filter controls from there.
 */
import {
  filterCounts,
  hasFilters,
  search,
  type FilterSelection,
  type SearchHit,
  type SearchResults,
} from './search-client.ts';
import { formatMessage } from '@/i18n/format-message';
import { FILTER_NAMES, type SearchControls } from '@/search/shared/index-format';
import { countMessage, echoQuery } from './status-message.ts';
import { fitLength } from '@/lib/truncate';
import { nameList } from '@/lib/person-name';

const DEBOUNCE_MS = 120;

class SearchPanel extends HTMLElement {
  #input!: HTMLInputElement;
  #status!: HTMLElement;
  #results!: HTMLOListElement;
  #more!: HTMLButtonElement;
  /** "Did you mean", made on the first search that has suggestions. */
  #suggestions: HTMLElement | null = null;
  #details: HTMLDetailsElement | null = null;
  #checkboxes: HTMLInputElement[] = [];
  /** Settles once the filter controls are there (their labels name the speakers and themes in results). */
  #controls: Promise<void> = Promise.resolve();
  #timer: ReturnType<typeof setTimeout> | undefined;
  #latest = 0;
  #running = 0;
  #shown: SearchResults | null = null;
  #query = '';

  connectedCallback(): void {
    const input = this.querySelector<HTMLInputElement>('[data-search-input]');
    const status = this.querySelector<HTMLElement>('[data-search-status]');
    const results = this.querySelector<HTMLOListElement>('[data-search-results]');
    const more = this.querySelector<HTMLButtonElement>('[data-search-more]');
    if (!input || !status || !results || !more) return;
    [this.#input, this.#status, this.#results, this.#more] = [input, status, results, more];
    this.#details = this.querySelector('details');
    input.addEventListener('input', (event) => {
      if (event instanceof InputEvent && event.isComposing) return;
      this.#schedule();
    });
    input.addEventListener('compositionend', () => this.#schedule());
    this.querySelector('form')?.addEventListener('submit', (event) => {
      event.preventDefault();
      this.#schedule(0);
    });
    this.addEventListener('keydown', (event) => this.#moveFocus(event));
    more.addEventListener('click', () => void this.#showMore());
    this.#details?.addEventListener('toggle', () => {
      if (this.#details?.open) void this.#showCounts(this.#latest, this.#input.value, this.#filters());
    });
    const src = this.dataset.filtersSrc;
    if (src) this.#controls = this.#fetchControls(src).finally(() => this.#useControls());
    else this.#useControls();
    // A loader's busy flag ends here, or becomes the search of what was typed before this loaded.
    results.ariaBusy = null;
    // The address wins when it carries a search; otherwise what the reader typed or ticked meanwhile.
    if (this.hasAttribute('data-sync-url') && location.search) this.#readUrl();
    else if ((input.value.trim() || hasFilters(this.#filters())) && !this.closest('[data-composing]')) {
      this.#schedule(0);
    }
  }

  #useControls(): void {
    this.#checkboxes = [...this.querySelectorAll<HTMLInputElement>('input[type="checkbox"][data-filter]')];
    for (const checkbox of this.#checkboxes) checkbox.addEventListener('change', () => this.#schedule(0));
  }

  /** Renders the fetched filter controls from the panel's template; their messages go to the dataset. */
  async #fetchControls(src: string): Promise<void> {
    const groups = this.querySelector('[data-filter-groups]');
    const template = this.querySelector<HTMLTemplateElement>('template[data-filter-template]');
    try {
      const response = await fetch(src);
      if (!response.ok || !groups || !template) return;
      const controls = (await response.json()) as SearchControls;
      Object.assign(this.dataset, controls.messages);
      const fieldsets = controls.groups.map(({ name, legend, options }) => {
        const fieldset = template.content.firstElementChild?.cloneNode(true) as HTMLFieldSetElement;
        const prototype = fieldset.querySelector('label') as HTMLLabelElement;
        fieldset.querySelector('legend')?.replaceChildren(legend);
        prototype.remove();
        for (const { value, label } of options) {
          const option = prototype.cloneNode(true) as HTMLLabelElement;
          Object.assign(option.querySelector('input') as HTMLInputElement, { name, value });
          option.querySelector('[data-filter-label]')?.replaceChildren(label);
          fieldset.append(option);
        }
        return fieldset;
      });
      groups.replaceChildren(...fieldsets);
    } catch {
      // Search works without the filters; results then name speakers and themes by id.
    }
  }

  /** Takes the query and the filter values this panel offers from the address; ignores the rest. */
  #readUrl(): void {
    const params = new URLSearchParams(location.search);
    // Clamped to the field's limit: a longer value would be searched, then block typing.
    this.#input.value = fitLength(params.get('q') ?? '', this.#input.maxLength);
    for (const checkbox of this.#checkboxes) {
      checkbox.checked = params.getAll(checkbox.name).includes(checkbox.value);
    }
    const filtered = hasFilters(this.#filters());
    if (this.#details && filtered) this.#details.open = true;
    if (this.#input.value.trim() || filtered) this.#schedule(0);
  }

  #filters(): FilterSelection {
    const checked = (name: string) =>
      this.#checkboxes.filter((box) => box.checked && box.name === name).map((box) => box.value);
    return Object.fromEntries(FILTER_NAMES.map((name) => [name, checked(name)])) as FilterSelection;
  }

  /** The arrow keys move from the query field down the result links and back. */
  #moveFocus(event: KeyboardEvent): void {
    const step = event.key === 'ArrowDown' ? 1 : event.key === 'ArrowUp' ? -1 : 0;
    const stops: HTMLElement[] = [this.#input, ...this.#results.querySelectorAll('a')];
    const index = stops.indexOf(event.target as HTMLElement);
    if (step === 0 || index < 0 || index + step < 0) return;
    event.preventDefault();
    stops[index + step]?.focus();
  }

  /** Runs the search after a pause in typing; the results are marked busy until it is done. */
  #schedule(delay = DEBOUNCE_MS): void {
    clearTimeout(this.#timer);
    this.#results.ariaBusy = 'true';
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      this.#running += 1;
      void this.#run().finally(() => {
        this.#running -= 1;
        if (this.#timer === undefined && this.#running === 0) this.#results.ariaBusy = null;
      });
    }, delay);
  }

  #writeUrl(query: string, filters: FilterSelection): void {
    const url = new URL(location.href);
    for (const name of ['q', ...FILTER_NAMES]) url.searchParams.delete(name);
    if (query.trim()) url.searchParams.set('q', query);
    for (const name of FILTER_NAMES) for (const value of filters[name]) url.searchParams.append(name, value);
    history.replaceState(history.state, '', url);
  }

  async #run(): Promise<void> {
    const query = this.#input.value;
    const filters = this.#filters();
    const run = ++this.#latest;
    if (this.hasAttribute('data-sync-url')) this.#writeUrl(query, filters);
    this.#status.textContent = this.dataset.msgLoading ?? '';
    try {
      const [results] = await Promise.all([search(query, filters), this.#controls]);
      // A newer search has started: its results, not these, will be loaded.
      if (run !== this.#latest) return;
      const hits = (await results?.next()) ?? [];
      if (run !== this.#latest) return;
      this.#shown = results;
      this.#query = query.trim();
      this.#status.textContent = results ? this.#statusText(results) : '';
      this.#showSuggestions(results?.miss.suggestions ?? [], results?.miss.messages?.didYouMean ?? '');
      this.#results.replaceChildren(...hits.map((hit) => this.#item(hit)));
      this.#more.hidden = results?.done ?? true;
      if (this.#details?.open) await this.#showCounts(run, query, filters);
    } catch {
      if (run === this.#latest) {
        this.#showSuggestions([], '');
        this.#results.replaceChildren();
        this.#more.hidden = true;
        this.#status.textContent = this.dataset.msgError ?? '';
      }
    }
  }

  async #showMore(): Promise<void> {
    const results = this.#shown;
    if (!results) return;
    const shown = this.#results.children.length;
    this.#more.disabled = true;
    try {
      const hits = await results.next();
      if (results !== this.#shown) return;
      this.#results.append(...hits.map((hit) => this.#item(hit)));
      this.#more.hidden = results.done;
      this.#results.children[shown]?.querySelector('a')?.focus();
    } catch {
      if (results === this.#shown) this.#status.textContent = this.dataset.msgError ?? '';
    } finally {
      this.#more.disabled = false;
    }
  }

  /** Shows the counts of search `run`'s results by the filters (a help: on failure, none). */
  async #showCounts(run: number, query: string, filters: FilterSelection): Promise<void> {
    const counts = await filterCounts(query, filters).catch(() => undefined);
    if (!counts || run !== this.#latest) return;
    for (const checkbox of this.#checkboxes) {
      const count = checkbox.closest('label')?.querySelector('[data-filter-count]');
      if (count) count.textContent = `(${counts[checkbox.name]?.[checkbox.value] ?? 0})`;
    }
  }

  /** Links that run each suggested query on the search page. */
  #showSuggestions(suggestions: readonly string[], label: string): void {
    if (!this.#suggestions && suggestions.length === 0) return;
    if (!this.#suggestions) {
      this.#suggestions = element('p', 'text-sm');
      this.#suggestions.dataset.searchSuggestions = '';
      this.#status.after(this.#suggestions);
    }
    const action = new URL(this.querySelector('form')?.action ?? '', location.href).pathname;
    const links = suggestions.map((suggestion) => {
      const link = element('a', 'font-medium', suggestion);
      link.href = `${action}?${new URLSearchParams({ q: suggestion })}`;
      return link;
    });
    this.#suggestions.replaceChildren(label, ...links.flatMap((link) => [' ', link]));
    this.#suggestions.hidden = links.length === 0;
  }

  #statusText({ total, miss }: SearchResults): string {
    const { corrected, complete, messages } = miss;
    const lang = document.documentElement.lang;
    const query = echoQuery(this.#query);
    const data = this.dataset;
    if (corrected) {
      return formatMessage(messages?.corrected ?? '', { query, corrected: echoQuery(corrected) });
    }
    if (complete === 0 && total > 0) return formatMessage(messages?.partial ?? '', { query });
    if (complete) return formatMessage(data.msgPadded ?? '', { query, count: complete });
    if (!this.#query) {
      if (total === 0) return data.msgBrowseNone ?? '';
      return countMessage(lang, { one: data.msgBrowseOne, other: data.msgBrowseOther ?? '' }, total);
    }
    if (total === 0) return formatMessage(data.msgNone ?? '', { query });
    return countMessage(lang, { one: data.msgCountOne, other: data.msgCountOther ?? '' }, total, { query });
  }

  /** The label of a filter value, as its control shows it (a person's or theme's display name). */
  #label(filter: string, value: string): string {
    const checkbox = this.#checkboxes.find((box) => box.name === filter && box.value === value);
    return checkbox?.closest('label')?.querySelector('[data-filter-label]')?.textContent ?? value;
  }

  #item(hit: SearchHit): HTMLLIElement {
    const marked = hit.excerpt.map((part) => (part.marked ? element('mark', '', part.text) : part.text));
    const link = element('a', hit.record ? 'text-sm text-ink' : 'font-semibold');
    link.href = hit.url;
    if (!hit.record) {
      link.append(hit.title);
      return element('li', '', link, element('span', 'block text-sm', ...marked));
    }
    link.append(element('span', '', ...marked));
    const { kind, speakers, theme, paragraphs, inferred } = hit.record;
    const labels = speakers.map((id) => this.#label('speaker', id));
    const listed = nameList(labels, document.documentElement.lang);
    // Inferred speakers are marked as on the quote itself: "Lee Honglak and Lim Woohyung (inferred)".
    const names = inferred
      ? formatMessage(this.dataset.labelInferred ?? '{names}', { names: listed })
      : listed;
    const badges = paragraphs.map((n) => {
      const visible = element('span', '', `¶${n}`);
      visible.ariaHidden = 'true';
      const spoken = formatMessage(this.dataset.labelParagraph ?? '{n}', { n });
      return element('span', '', visible, element('span', 'sr-only', spoken));
    });
    const about = element(
      'p',
      'flex flex-wrap items-center gap-x-2 text-xs text-muted',
      element('span', 'rounded bg-accent-soft px-1.5 font-semibold text-ink', this.#label('kind', kind)),
      ...[names, this.#label('theme', theme)].filter(Boolean).map((text) => element('span', '', text)),
      ...badges,
    );
    return element('li', '', about, link);
  }
}

function element<Tag extends keyof HTMLElementTagNameMap>(
  tag: Tag,
  className: string,
  ...children: (Node | string)[]
): HTMLElementTagNameMap[Tag] {
  const created = document.createElement(tag);
  if (className) created.className = className;
  created.append(...children);
  return created;
}

if (!customElements.get('search-panel')) customElements.define('search-panel', SearchPanel);
