/**
 * `<search-page>`: the search page's wrapper. Search works, so the no-JavaScript page list goes at
 * once; the panel's code loads when the page needs it: at once when the address carries a search or
 * filters, otherwise on the first focus or press inside the panel. A plain visit downloads only this.
 */
import type { SearchDialog } from './search-dialog.ts';

class SearchPageLoader extends HTMLElement {
  connectedCallback(): void {
    for (const fallback of this.querySelectorAll<HTMLElement>('[data-search-fallback]'))
      fallback.hidden = true;
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
