/**
 * Registers the service worker that keeps the site for reading and searching offline (`sw.js`, written
 * by the build; see `src/service-worker/`). After `load`, so a first visit fetches only the page: the
 * worker then copies the site in the background. Not in development, which has no `sw.js`.
 */
import { assetPath } from '@/lib/asset-path';

if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  addEventListener('load', () => {
    // Without the worker the site works as before, online: nothing to tell the reader.
    navigator.serviceWorker.register(assetPath('sw.js'), { scope: assetPath('') }).catch(() => undefined);
  });
}
