/**
 * The offline copy's build step. After the build (and after the search index is written), it lists the
 * files a reader needs to read and search both languages offline and writes `sw.js`, the service
 * worker compiled from `src/service-worker/`, with that list and a version hashed from the files' contents: a
 * build that changes any of them gets a new worker, which replaces the old copy.
 *
 * Before the build it also gives the browser code the search index's cache tag (Pagefind's
 * `metaCacheTag`), a hash of everything the index is built from, so Pagefind's entry file has one
 * address per build: the HTTP cache revalidates it, and an offline reader finds it in the copy.
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { transformWithOxc } from 'vite';
import { verificationKey } from '../verify-content/cache.ts';

/** The worker's source, which the build compiles with Vite's TypeScript transform. */
const WORKER_SOURCE = fileURLToPath(new URL('../../service-worker/sw.ts', import.meta.url));

/** The worker's file name in the build output, at the root of its scope (the base path). */
export const WORKER_FILE = 'sw.js';

/**
 * Whether a file of the build (its path relative to the output folder, with `/`) is kept offline: the
 * pages (not the 404 page), the hashed styles and scripts, Pagefind's bundle except its worker (search
 * runs on the page), the search filters and the web app manifest with its icons. Open Graph images,
 * open data, feeds and the files for crawlers are for other programs, which do not read offline.
 */
function keptOffline(file: string): boolean {
  if (file.endsWith('.html')) return file !== '404.html';
  if (file.startsWith('pagefind/')) return file !== 'pagefind/pagefind-worker.js';
  return (
    file.startsWith('_astro/') ||
    file.startsWith('icons/') ||
    /(^|\/)(search-filters\.json|manifest\.webmanifest)$/.test(file) ||
    file === 'favicon.svg'
  );
}

/** The files the offline copy holds, as addresses relative to the site root (`ko/people/`, `_astro/…`). */
export function precacheFiles(outDir: string): string[] {
  return readdirSync(outDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(outDir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .filter(keptOffline)
    .sort();
}

/** A page's address for its file: `ko/people/index.html` → `ko/people/`, `index.html` → ``. */
const addressOf = (file: string) => file.replace(/(^|\/)index\.html$/, '$1');

/**
 * Writes `sw.js` into a built site for the files it holds now, and returns its version and files. The
 * version is a hash of every kept file's address and content, so it changes exactly when they do.
 */
export async function writeServiceWorker(outDir: string): Promise<{ version: string; files: string[] }> {
  const kept = precacheFiles(outDir);
  const hash = createHash('sha256');
  for (const file of kept)
    hash
      .update(`${file}\0`)
      .update(readFileSync(path.join(outDir, file)))
      .update('\0');
  const version = hash.digest('hex').slice(0, 16);
  const files = kept.map(addressOf);
  const { code } = await transformWithOxc(readFileSync(WORKER_SOURCE, 'utf8'), WORKER_SOURCE);
  const precache = JSON.stringify({ version, files });
  writeFileSync(path.join(outDir, WORKER_FILE), `const PRECACHE = ${precache};\n${code}`);
  return { version, files };
}

/** What the search index is built from: the content, the code and the settings that render the pages. */
function searchIndexTag(root: string): string {
  const files = verificationKey(root, ['content', 'src', 'public', 'astro.config.mjs', 'package-lock.json']);
  const settings = JSON.stringify([process.env.SITE_URL, process.env.URL, process.env.BASE_PATH]);
  return createHash('sha256').update(files).update(settings).digest('hex').slice(0, 16);
}

export default function precache(): AstroIntegration {
  return {
    name: 'fact-sheet:precache',
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        const tag = searchIndexTag(fileURLToPath(config.root));
        updateConfig({ vite: { define: { 'import.meta.env.SEARCH_INDEX_TAG': JSON.stringify(tag) } } });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const { version, files } = await writeServiceWorker(fileURLToPath(dir));
        logger.info(`Service worker ${version}: ${files.length} files kept for offline reading and search.`);
      },
    },
  };
}
