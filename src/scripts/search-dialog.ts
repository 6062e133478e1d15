/** The modal search dialog: opens with focus in the query field, keeps Tab inside, closes on Escape. */
import './search-panel.ts';

const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]), [tabindex]:not([tabindex="-1"])';

const installed = new WeakSet<HTMLDialogElement>();

function install(dialog: HTMLDialogElement): void {
  installed.add(dialog);
  dialog.querySelector('[data-close-search]')?.addEventListener('click', () => dialog.close());
  // Close when the backdrop (the dialog element itself, outside its content) is clicked.
  dialog.addEventListener('click', (event) => {
    if (event.target === dialog) dialog.close();
  });
  dialog.addEventListener('keydown', (event) => {
    if (event.key !== 'Tab') return;
    const focusable = [...dialog.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
      (element) => element.offsetParent !== null,
    );
    const first = focusable[0];
    const last = focusable.at(-1);
    if (!first || !last) return;
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first.focus();
    }
  });
  dialog.addEventListener('close', () => document.querySelector<HTMLElement>('[data-open-search]')?.focus());
}

export function openSearchDialog(dialog: HTMLDialogElement): void {
  if (!installed.has(dialog)) install(dialog);
  if (!dialog.open) dialog.showModal();
  const input = dialog.querySelector<HTMLInputElement>('[data-search-input]');
  input?.focus();
  input?.select();
}
