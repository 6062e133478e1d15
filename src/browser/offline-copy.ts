/** The offline copy on every page, kept small: shows the control where a copy is possible, labelled by a
 * look at the Cache API (no request). The rest loads when used. */
import { cacheName, copiesUnasked } from '@/lib/offline-copy';

const panel = () => import('./offline-panel.ts');

export function showSaved(control: HTMLElement, saved: boolean): void {
  for (const label of control.querySelectorAll<HTMLElement>('[data-label-saved], [data-label-unsaved]')) {
    label.hidden = saved === label.hasAttribute('data-label-unsaved');
  }
}

class OfflineCopy extends HTMLElement {
  connectedCallback(): void {
    // Without a service worker or the Cache API there is no copy to offer: the control stays hidden.
    if (!('serviceWorker' in navigator) || !('caches' in window)) return;
    const details = this.querySelector('details');
    details?.addEventListener('toggle', () => {
      if (details.open) void panel().then((code) => code.open(this));
    });
    // assetPath('') read directly: importing it would add a request to every first visit.
    const scope = new URL(import.meta.env.BASE_URL, location.href).href;
    caches.has(cacheName(scope, document.documentElement.lang)).then(
      (saved) => {
        // Shown once labelled: its summary is never without a name.
        showSaved(this, saved);
        this.hidden = false;
        const connection = (navigator as Navigator & { connection?: { saveData?: boolean } }).connection;
        const standalone = matchMedia('(display-mode: standalone)').matches;
        if (!saved && copiesUnasked({ standalone, saveData: connection?.saveData === true })) {
          void panel().then((code) => code.save(this));
        }
      },
      // Storage this browser refuses (a private window, say) holds no copy: nothing to offer.
      () => undefined,
    );
  }
}
customElements.define('offline-copy', OfflineCopy);

/** On a page served from the copy, says so, and from when. */
class SavedCopyNote extends HTMLElement {
  connectedCallback(): void {
    const { savedCopy } = document.documentElement.dataset;
    if (savedCopy !== undefined) {
      panel()
        .then((code) => code.showSavedCopyNote(this, savedCopy))
        // Without its words the note cannot say anything; the page itself is still the saved copy.
        .catch(() => undefined);
    }
  }
}
customElements.define('saved-copy-note', SavedCopyNote);
