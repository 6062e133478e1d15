/** `<search-dialog>`: the header's search button and its modal dialog (also Ctrl/Cmd+K or `/`). */
const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]), summary, [tabindex]:not([tabindex="-1"])';

function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
  );
}

export class SearchDialog extends HTMLElement {
  /**
   * Loads the search panel's code for a panel (the dialog's, or the search page's, so every page carries
   * this loader once), its results busy until the panel takes over or, failing, says so.
   */
  static loadPanel(root: ParentNode): void {
    if (customElements.get('search-panel')) return;
    const results = root.querySelector('[data-search-results]');
    results?.setAttribute('aria-busy', 'true');
    import('./search-panel.ts').catch(() => {
      const panel = root.querySelector<HTMLElement>('search-panel');
      const status = panel?.querySelector('[data-search-status]');
      if (status) status.textContent = panel?.dataset.msgError ?? '';
      results?.removeAttribute('aria-busy');
    });
  }

  connectedCallback(): void {
    const button = this.querySelector<HTMLButtonElement>('[data-open-search]');
    const dialog = this.querySelector('dialog');
    if (!button || !dialog) return;
    button.addEventListener('click', () => this.#open(dialog));
    // The shortcuts work anywhere on the page, as in other documentation sites.
    window.addEventListener('keydown', (event) => {
      if (dialog.open || event.isComposing) return;
      const shortcut =
        ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k') ||
        (event.key === '/' && !isTyping(event.target));
      if (!shortcut) return;
      event.preventDefault();
      this.#open(dialog);
    });
    dialog.querySelector('[data-close-search]')?.addEventListener('click', () => dialog.close());
    // The dialog has no padding, so a click outside the frame is on the backdrop (as in Starlight).
    const frame = dialog.querySelector('[data-search-frame]');
    dialog.addEventListener('click', (event) => {
      if (!(event.target instanceof Node && frame?.contains(event.target))) dialog.close();
    });
    dialog.addEventListener('keydown', (event) => {
      // Escape closes the dialog even from a filled search field (which would only clear itself).
      if (event.key === 'Escape' && !event.isComposing) {
        event.preventDefault();
        dialog.close();
      }
      this.#trapTab(dialog, event);
    });
    dialog.addEventListener('close', () => button.focus());
  }

  #open(dialog: HTMLDialogElement): void {
    if (!dialog.open) dialog.showModal();
    const input = dialog.querySelector<HTMLInputElement>('[data-search-input]');
    input?.focus();
    input?.select();
    SearchDialog.loadPanel(dialog);
  }

  #trapTab(dialog: HTMLDialogElement, event: KeyboardEvent): void {
    if (event.key !== 'Tab') return;
    const focusable = [...dialog.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
      (element) => element.offsetParent !== null,
    );
    // Tab from the last control goes to the first, Shift+Tab from the first to the last.
    const [from, to] = event.shiftKey ? [focusable[0], focusable.at(-1)] : [focusable.at(-1), focusable[0]];
    if (!from || document.activeElement !== from) return;
    event.preventDefault();
    to?.focus();
  }
}

if (!customElements.get('search-dialog')) customElements.define('search-dialog', SearchDialog);
