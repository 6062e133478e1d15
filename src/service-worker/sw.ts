/**
 * The service worker: keeps a copy of the whole site, both languages, for reading and searching
 * offline. The build compiles it to `sw.js` and defines `PRECACHE`, its version and file list, ahead of
 * it (`src/integrations/precache/`).
 *
 * - install: copies every file of the build (pages, styles, scripts, the search index, the search
 *   filters) into a cache named after the build's version, in the background after a first visit;
 * - activate: deletes this site's caches of other versions, and takes over open pages;
 * - fetch: network first, the copy when the network fails. Online, a reader always gets what the host
 *   serves now (a correction shows on the next visit); offline, the copy of the last build seen.
 *   A new build changes the version, so the browser installs the new worker, which replaces the copy.
 */

/** The build's version and its files, as addresses relative to the worker's scope (the base path). */
declare const PRECACHE: { version: string; files: string[] };

// The project's type settings are the pages' (DOM): the little of the worker scope used here.
interface ExtendableEvent {
  waitUntil(promise: Promise<unknown>): void;
}
interface FetchEvent extends ExtendableEvent {
  request: Request;
  respondWith(response: Promise<Response>): void;
}
interface WorkerScope {
  registration: { scope: string };
  skipWaiting(): Promise<void>;
  clients: { claim(): Promise<void> };
  addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: FetchEvent) => void): void;
}

const worker = self as unknown as WorkerScope;
const { scope } = worker.registration;
/** This site's caches start with their scope, so sites under other base paths of the host keep theirs. */
const CACHE_PREFIX = `fact-sheet ${scope} `;
const CACHE = `${CACHE_PREFIX}${PRECACHE.version}`;

worker.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      // Revalidated, so the copy is this build's files and never an older one from the HTTP cache.
      await cache.addAll(
        PRECACHE.files.map((file) => new Request(new URL(file, scope), { cache: 'no-cache' })),
      );
      await worker.skipWaiting();
    })(),
  );
});

worker.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys())
        if (name.startsWith(CACHE_PREFIX) && name !== CACHE) await caches.delete(name);
      await worker.clients.claim();
    })(),
  );
});

worker.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET' || !request.url.startsWith(scope)) return;
  event.respondWith(
    fetch(request).catch(async (error: unknown) => {
      // A page opened with a query (`?q=`, `?highlight=`) is the same file; so is Pagefind's entry file
      // whatever its cache tag.
      const copy = await caches.match(request, { cacheName: CACHE, ignoreSearch: true });
      if (copy) return copy;
      throw error;
    }),
  );
});
