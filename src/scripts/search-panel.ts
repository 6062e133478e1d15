/**
 * `<search-panel>`: query field, live status and result list. Renders everything as text nodes, so
 * nothing from the query or the index is ever parsed as HTML. Waits for a Korean IME to finish
 * composing before searching. With `data-sync-url`, reads `?q=` on load and keeps it in step.
 */
import { search, type SearchHit } from './search-client.ts';

const DEBOUNCE_MS = 120;

class SearchPanel extends HTMLElement {
  #input!: HTMLInputElement;
  #status!: HTMLElement;
  #results!: HTMLOListElement;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #latest = 0;

  connectedCallback(): void {
    const input = this.querySelector<HTMLInputElement>('[data-search-input]');
    const status = this.querySelector<HTMLElement>('[data-search-status]');
    const results = this.querySelector<HTMLOListElement>('[data-search-results]');
    if (!input || !status || !results) return;
    [this.#input, this.#status, this.#results] = [input, status, results];
    input.addEventListener('input', (event) => {
      if ((event as InputEvent).isComposing) return;
      this.#schedule();
    });
    input.addEventListener('compositionend', () => this.#schedule());
    this.querySelector('form')?.addEventListener('submit', (event) => {
      event.preventDefault();
      this.#schedule(0);
    });
    input.addEventListener('keydown', (event) => {
      if (event.key === 'ArrowDown') {
        event.preventDefault();
        this.#results.querySelector('a')?.focus();
      }
    });
    this.#results.addEventListener('keydown', (event) => this.#moveFocus(event));
    if (this.hasAttribute('data-sync-url')) {
      const query = new URLSearchParams(location.search).get('q') ?? '';
      if (query) {
        input.value = query;
        this.#schedule(0);
      }
    }
  }

  #moveFocus(event: KeyboardEvent): void {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const links = [...this.#results.querySelectorAll('a')];
    const index = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (index < 0) return;
    event.preventDefault();
    const next = event.key === 'ArrowDown' ? links[index + 1] : links[index - 1];
    (next ?? (event.key === 'ArrowUp' ? this.#input : undefined))?.focus();
  }

  #schedule(delay = DEBOUNCE_MS): void {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => void this.#run(), delay);
  }

  async #run(): Promise<void> {
    const query = this.#input.value;
    const run = ++this.#latest;
    if (this.hasAttribute('data-sync-url')) {
      const url = new URL(location.href);
      if (query.trim()) url.searchParams.set('q', query);
      else url.searchParams.delete('q');
      history.replaceState(history.state, '', url);
    }
    if (!query.trim()) {
      this.#render([], '');
      return;
    }
    this.#status.textContent = this.dataset.msgLoading ?? '';
    try {
      const hits = await search(query);
      if (run === this.#latest) this.#render(hits, query);
    } catch {
      if (run === this.#latest) {
        this.#results.replaceChildren();
        this.#status.textContent = this.dataset.msgError ?? '';
      }
    }
  }

  #render(hits: SearchHit[], query: string): void {
    const shown = query.trim().slice(0, 80);
    const template =
      hits.length === 0
        ? this.dataset.msgNone
        : hits.length === 1
          ? this.dataset.msgOne
          : this.dataset.msgCount;
    this.#status.textContent = query.trim()
      ? (template ?? '').replace('{query}', shown).replace('{count}', String(hits.length))
      : '';
    this.#results.replaceChildren(
      ...hits.map((hit) => {
        const item = document.createElement('li');
        const link = document.createElement('a');
        link.href = hit.url;
        link.className = 'font-semibold';
        link.textContent = hit.title;
        const excerpt = document.createElement('p');
        excerpt.className = 'text-sm';
        for (const part of hit.excerpt) {
          if (part.marked) {
            const mark = document.createElement('mark');
            mark.textContent = part.text;
            excerpt.append(mark);
          } else {
            excerpt.append(part.text);
          }
        }
        item.append(link, excerpt);
        return item;
      }),
    );
  }
}

if (!customElements.get('search-panel')) customElements.define('search-panel', SearchPanel);
