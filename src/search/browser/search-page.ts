/**
 * `<search-page>`: hides the no-JavaScript page list and loads the panel's code when the address carries
 * a search, else on the first focus or press inside: a plain visit downloads only this.
 */
import type { SearchDialog } from './search-dialog.ts';

class SearchPageLoader extends HTMLElement {
  connectedCallback(): void {
    for (const fallback of this.querySelectorAll<HTMLElement>('[data-search-fallback]')) {
      fallback.hidden = true;
    }
    // An IME composition under way while the panel loads is not a query yet: the panel reads this flag.
    const composing = (event: Event) =>
      this.toggleAttribute('data-composing', event.type === 'compositionstart');
    this.addEventListener('compositionstart', composing, { capture: true });
    this.addEventListener('compositionend', composing, { capture: true });
    // The header's dialog, on every page, holds the one loader.
    const load = () =>
      void customElements
        .whenDefined('search-dialog')
        .then((dialog) => (dialog as typeof SearchDialog).loadPanel(this));
    if (location.search) {
      load();
      return;
    }
    for (const type of ['focusin', 'pointerdown'] as const) this.addEventListener(type, load, { once: true });
  }
}

customElements.define('search-page', SearchPageLoader);
