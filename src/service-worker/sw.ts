/**
 * The offline copy's service worker, registered only when a reader asks for a copy (or in an installed app).
 * A new build refetches only the files whose revision changed, and does not skip waiting, so a tab of the
 * previous build keeps its files. Network first; the copy answers when it fails, answers 5xx or is slow.
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
/** The build's list, defined ahead of this code. */
declare const OFFLINE_MANIFEST: OfflineManifest;
const { langs: LISTS, pages, offlinePage } = OFFLINE_MANIFEST;

const NETWORK_TIMEOUT_MS = 3000;
/** Files fetched at once while saving: enough to keep the connection busy, few enough to stay polite. */
const PARALLEL_FETCHES = 4;

const { scope } = self.registration;
const LANGS = Object.keys(LISTS);
const cacheOf = (lang: string) => caches.open(cacheName(scope, lang));

/** A request's address as the list names it: `ko/index.html?q=1` → `ko/`, `pagefind/x.pf_index` as it is. */
const addressOf = (url: string) =>
  url.startsWith(scope)
    ? url.slice(scope.length).replace(/(?:(^|\/)index\.html)?(?:[?#].*)?$/, '$1')
    : undefined;

/** Every file of this build's copies by address, with the first language whose copy lists it. */
const FILES = new Map<string, { file: OfflineFile; lang: string }>();
for (const lang of LANGS) {
  for (const file of LISTS[lang] ?? []) if (!FILES.has(file[0])) FILES.set(file[0], { file, lang });
}

const savedLangs = async () =>
  (await Promise.all(LANGS.map(async (lang) => (await caches.has(cacheName(scope, lang))) && lang))).filter(
    (lang) => lang !== false,
  );

/** Saves what a language's copy lacks at this build's revision; a retry fetches only what failed. */
async function save(lang: string, report?: (done: number, total: number) => void): Promise<OfflineStatus> {
  const files = LISTS[lang] ?? [];
  const cache = await cacheOf(lang);
  const queue = [...files];
  const failed: string[] = [];
  let bytes = 0;
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
        bytes += file[2];
      } catch {
        failed.push(file[0]);
      }
      report?.(++done, files.length);
    }
  };
  await Promise.all(Array.from({ length: PARALLEL_FETCHES }, worker));
  const status = { savedAt: new Date().toISOString(), bytes, failed };
  await cache.put(statusUrl(scope), Response.json(status));
  return status;
}

self.addEventListener('message', (event) => {
  const { type, lang } = event.data as OfflineMessage;
  if (type !== 'save' || !LISTS[lang]) return;
  const post = (reply: OfflineMessage) => event.source?.postMessage(reply);
  event.waitUntil(
    save(lang, (done, total) => post({ type: 'progress', lang, done, total })).then((status) =>
      post({ type: 'saved', lang, status }),
    ),
  );
});

self.addEventListener('install', (event) =>
  event.waitUntil(savedLangs().then((langs) => Promise.all(langs.map((lang) => save(lang))))),
);

self.addEventListener('activate', (event) =>
  event.waitUntil(
    (async () => {
      await self.registration.navigationPreload?.enable();
      for (const lang of await savedLangs()) {
        const cache = await cacheOf(lang);
        const current = new Set([
          statusUrl(scope),
          ...(LISTS[lang] ?? []).map((file) => copyKey(scope, file)),
        ]);
        for (const request of await cache.keys()) {
          if (current.has(request.url)) continue;
          // An older revision goes once this build's is saved; a file this build dropped goes at once.
          const listed = FILES.get(addressOf(request.url) ?? '');
          if (!listed || (await cache.match(copyKey(scope, listed.file)))) await cache.delete(request);
        }
      }
      await self.clients.claim();
    })(),
  ),
);

async function fromCopy(address = ''): Promise<Response | undefined> {
  const listed = FILES.get(address);
  return listed && caches.match(copyKey(scope, listed.file));
}

/** The network's answer, or `undefined` when it fails or times out. */
const network = (request: Promise<Response>) =>
  Promise.race([
    request.catch(() => undefined),
    new Promise<undefined>((resolve) => setTimeout(resolve, NETWORK_TIMEOUT_MS)),
  ]);

/** A saved page, marked so the page shows that it is the copy, saved when. */
async function markedPage(copy: Response, lang: string, fallback: boolean): Promise<Response> {
  const status = (await (await cacheOf(lang)).match(statusUrl(scope)))?.json() as Promise<OfflineStatus>;
  const marks = `data-saved-copy="${(await status)?.savedAt ?? ''}"${fallback ? ' data-not-in-copy' : ''}`;
  return new Response((await copy.text()).replace('<html', `<html ${marks}`), {
    status: fallback ? 503 : 200,
    headers: { 'Content-Type': 'text/html; charset=utf-8' },
  });
}

async function navigate(event: FetchEvent, address: string): Promise<Response> {
  const request = Promise.resolve(event.preloadResponse).then(
    (preloaded: Response | undefined) => preloaded ?? fetch(event.request),
  );
  const online = await network(request);
  if (online && online.status < 500) return online;
  const copy = await fromCopy(address);
  if (copy) return markedPage(copy, FILES.get(address)?.lang ?? '', false);
  // Nothing saved for this page: a slow network is still the only way to it.
  const late = online ?? (await request.catch(() => undefined));
  if (late) return late;
  const [lang] = await savedLangs();
  // A page of the site not in the copy gets the offline page; an unknown address, the 404 page.
  const known = pages.includes(address);
  const fallback = lang && (await fromCopy(known ? offlinePage[lang] : '404.html'));
  if (!lang || !fallback) return Response.error();
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
  const address = addressOf(request.url);
  if (request.method !== 'GET' || address === undefined) return;
  if (request.mode === 'navigate') event.respondWith(navigate(event, address));
  // Only files a copy may hold go through the worker; the rest never wait on it.
  else if (FILES.has(address)) event.respondWith(subresource(request, address));
});
