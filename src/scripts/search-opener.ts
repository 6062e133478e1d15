/**
 * Opens the search dialog from the header button, Ctrl/Cmd+K or `/`, loading the search UI on first use;
 * and, on a page reached from a search result, loads the highlighter for the matched words.
 */
function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
  );
}

async function openDialog(dialog: HTMLDialogElement): Promise<void> {
  const { openSearchDialog } = await import('./search-dialog.ts');
  openSearchDialog(dialog);
}

export function installSearchOpener(): void {
  const dialog = document.querySelector<HTMLDialogElement>('dialog[data-search-dialog]');
  const button = document.querySelector<HTMLButtonElement>('[data-open-search]');
  if (!dialog || !button) return;
  button.addEventListener('click', () => void openDialog(dialog));
  document.addEventListener('keydown', (event) => {
    if (dialog.open || event.isComposing) return;
    const shortcut =
      ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k') ||
      (event.key === '/' && !isTyping(event.target));
    if (!shortcut) return;
    event.preventDefault();
    void openDialog(dialog);
  });
  if (new URLSearchParams(location.search).has('highlight')) void import('./highlight.ts');
}
