/**
 * Loads the search panel's code into a panel already on the page, marking its results busy until the
 * panel takes over. When the code cannot be loaded, the panel says so, as it does when the index fails,
 * rather than staying busy with no word.
 */
export async function loadPanel(root: ParentNode): Promise<void> {
  if (customElements.get('search-panel')) return;
  const results = root.querySelector('[data-search-results]');
  results?.setAttribute('aria-busy', 'true');
  try {
    await import('./search-panel.ts');
  } catch {
    const panel = root.querySelector<HTMLElement>('search-panel');
    const status = panel?.querySelector('[data-search-status]');
    if (status) status.textContent = panel?.dataset.msgError ?? '';
    results?.removeAttribute('aria-busy');
  }
}
