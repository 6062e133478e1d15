/**
 * The service worker of the offline copy. It is registered only when the reader asks for a copy (or the
 * site runs as an installed app), and it fetches nothing on its own:
 *
 * - save (a message from the page): copies one language's files, skipping those whose revision the copy
 *   already has; a file that fails is reported and the rest are kept;
 * - install of a new build's worker: brings each saved language up to date, fetching only the files whose
 *   bytes changed. Without `skipWaiting`, a tab opened on the previous build keeps the previous worker,
 *   and so the previous build's files, until it closes;
 * - activate: enables navigation preload, drops revisions the new build no longer lists (once the new
 *   revision of that file is saved), and takes over open pages;
 * - fetch: the network first, the copy when the network fails, answers 5xx, or takes longer than
 *   {@link NETWORK_TIMEOUT_MS} for a file the copy has. A page served from the copy is marked, so the page
 *   says it is the saved copy and from when.
 */
import {
  cacheName,
  copyKey,
  statusUrl,
  type OfflineFile,
  type OfflineManifest,
  type OfflineMessage,
  type OfflineStatus,
} from '../lib/offline-copy.ts';

declare const self: ServiceWorkerGlobalScope;
/** The build's list of files per language, defined ahead of this code (`src/integrations/offline-copy/`). */
declare const OFFLINE_MANIFEST: OfflineManifest;
const MANIFEST = OFFLINE_MANIFEST;

/** How long a request waits for the network before a saved copy answers instead. */
const NETWORK_TIMEOUT_MS = 3000;
/** Files fetched at once while saving: enough to keep the connection busy, few enough to stay polite. */
const PARALLEL_FETCHES = 4;

const { scope } = self.registration;
const LANGS = Object.keys(MANIFEST.langs);

/** A request's address as the list names it: no query, no fragment, a page by its folder. */
function addressOf(url: string): string | undefined {
  if (!url.startsWith(scope)) return undefined;
  return url
    .slice(scope.length)
    .replace(/[?#].*$/, '')
    .replace(/(^|\/)index\.html$/, '$1');
}

/** Every file of this build's copies by address, with the languages whose copy lists it. */
const FILES = new Map<string, { file: OfflineFile; langs: string[] }>();
for (const lang of LANGS)
  for (const file of MANIFEST.langs[lang] ?? []) {
    const known = FILES.get(file[0]);
    if (known) known.langs.push(lang);
    else FILES.set(file[0], { file, langs: [lang] });
  }

const savedLangs = async () =>
  (
    await Promise.all(LANGS.map(async (lang) => ((await caches.has(cacheName(scope, lang))) ? lang : '')))
  ).filter(Boolean);

async function statusOf(lang: string): Promise<OfflineStatus | undefined> {
  const cache = await caches.open(cacheName(scope, lang));
  return (await cache.match(statusUrl(scope)))?.json() as Promise<OfflineStatus | undefined>;
}

/**
 * Saves a language's files that its copy lacks at this build's revision, then its status record. A file
 * that fails is listed in the record and the rest are kept, so saving again fetches only what is missing.
 */
async function save(lang: string, report?: (done: number, total: number) => void): Promise<OfflineStatus> {
  const files = MANIFEST.langs[lang] ?? [];
  const cache = await caches.open(cacheName(scope, lang));
  const queue = [...files];
  const failed: string[] = [];
  let done = 0;
  const worker = async () => {
    for (let file = queue.shift(); file; file = queue.shift()) {
      const key = copyKey(scope, file);
      try {
        if (!(await cache.match(key))) {
          // Revalidated, so the copy is this build's file and never an older one from the HTTP cache.
          const response = await fetch(new URL(file[0], scope), { cache: 'no-cache' });
          if (!response.ok) throw new Error(String(response.status));
          await cache.put(key, response);
        }
      } catch {
        failed.push(file[0]);
      }
      report?.(++done, files.length);
    }
  };
  await Promise.all(Array.from({ length: PARALLEL_FETCHES }, worker));
  const status: OfflineStatus = {
    savedAt: new Date().toISOString(),
    files: files.length - failed.length,
    bytes: files
      .filter(([address]) => !failed.includes(address))
      .reduce((sum, [, , bytes]) => sum + bytes, 0),
    failed,
  };
  await cache.put(statusUrl(scope), Response.json(status));
  return status;
}

self.addEventListener('message', (event) => {
  const message = event.data as OfflineMessage;
  if (message.type !== 'save' || !MANIFEST.langs[message.lang]) return;
  const { lang } = message;
  const client = event.source;
  const post = (reply: OfflineMessage) => client?.postMessage(reply);
  event.waitUntil(
    save(lang, (done, total) => post({ type: 'progress', lang, done, total })).then((status) =>
      post({ type: 'saved', lang, status }),
    ),
  );
});

self.addEventListener('install', (event) => {
  // A new build: each saved language fetches the files whose revision changed, nothing else.
  event.waitUntil(savedLangs().then((langs) => Promise.all(langs.map((lang) => save(lang)))));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      await self.registration.navigationPreload?.enable();
      for (const lang of await savedLangs()) {
        const cache = await caches.open(cacheName(scope, lang));
        const current = new Set((MANIFEST.langs[lang] ?? []).map((file) => copyKey(scope, file)));
        current.add(statusUrl(scope));
        for (const request of await cache.keys()) {
          if (current.has(request.url)) continue;
          // An older revision goes once this build's is saved; a file this build dropped goes at once.
          const listed = FILES.get(addressOf(request.url) ?? '');
          if (!listed || (await cache.match(copyKey(scope, listed.file)))) await cache.delete(request);
        }
      }
      await self.clients.claim();
    })(),
  );
});

/** The copy of a file of this build, from any saved language. */
async function fromCopy(address: string | undefined): Promise<Response | undefined> {
  const listed = FILES.get(address ?? '');
  return listed && caches.match(copyKey(scope, listed.file));
}

/** The network's answer, or `undefined` when it fails or is still out after the timeout. */
function network(request: Promise<Response>): Promise<Response | undefined> {
  return Promise.race([
    request.catch(() => undefined),
    new Promise<undefined>((resolve) => setTimeout(resolve, NETWORK_TIMEOUT_MS)),
  ]);
}

/** A saved page, marked so the page shows that it is the copy, saved when. */
async function markedPage(copy: Response, lang: string, fallback: boolean): Promise<Response> {
  const savedAt = (await statusOf(lang))?.savedAt ?? '';
  const marks = `data-saved-copy="${savedAt}"${fallback ? ' data-not-in-copy' : ''}`;
  const html = (await copy.text()).replace('<html', `<html ${marks}`);
  return new Response(html, {
    status: fallback ? 503 : 200,
    headers: { 'Content-Type': 'text/html; charset=utf-8' },
  });
}

async function navigate(event: FetchEvent, address: string | undefined): Promise<Response> {
  const request: Promise<Response> = Promise.resolve(event.preloadResponse).then(
    (preloaded: Response | undefined) => preloaded ?? fetch(event.request),
  );
  const online = await network(request);
  if (online && online.status < 500) return online;
  const listed = FILES.get(address ?? '');
  const copy = await fromCopy(address);
  if (copy && listed) return markedPage(copy, listed.langs[0] ?? '', false);
  // Nothing saved for this page: a slow network is still the only way to it.
  const late = online ?? (await request.catch(() => undefined));
  if (late) return late;
  const langs = await savedLangs();
  const lang = langs[0];
  if (!lang) return Response.error();
  const known = MANIFEST.pages.includes(address ?? '');
  const fallback = await fromCopy(known ? MANIFEST.offlinePage[lang] : MANIFEST.notFound);
  if (!fallback) return Response.error();
  if (known) return markedPage(fallback, lang, true);
  return new Response(fallback.body, { status: 404, headers: fallback.headers });
}

async function subresource(request: Request, address: string): Promise<Response> {
  const response = fetch(request);
  const online = await network(response);
  // An old tab's script that the new build dropped answers 404 online: the copy still has it.
  if (online?.ok) return online;
  return (await fromCopy(address)) ?? online ?? response;
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const address = addressOf(request.url);
  if (address === undefined) return;
  if (request.mode === 'navigate') event.respondWith(navigate(event, address));
  // Only files a copy may hold go through the worker; the rest never wait on it.
  else if (FILES.has(address)) event.respondWith(subresource(request, address));
});
