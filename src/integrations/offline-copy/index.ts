/**
 * The offline copy's build step. After the build (and after the search index is written), it lists, per
 * language, the files a reader needs to read and search that language offline, each with a hash of its
 * bytes, and writes:
 *
 * - `sw.js`, the service worker compiled from `src/service-worker/` with that list defined ahead of it,
 *   so a build that changes any listed file has a new worker, which fetches only the changed files;
 * - `offline.json`, what each language's copy downloads and holds, which the page's control reads when
 *   the reader opens it, before anything is saved.
 *
 * Nothing here runs on a visit: the worker is registered only when the reader asks for a copy.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { AstroIntegration } from 'astro';
import { build } from 'vite';
import { langAndSlug } from '../../lib/built-html.ts';
import { useTranslations } from '../../i18n/index.ts';
import {
  OFFLINE_MESSAGES,
  SUMMARY_FILE,
  WORKER_FILE,
  type OfflineFile,
  type OfflineManifest,
  type OfflineSummary,
} from '../../lib/offline-copy.ts';
import { vocabularyFile } from '../../search/shared/index-format.ts';
import { LANGS, LOCALES, sectionSlug, type Lang } from '../../site.config.ts';

/** The worker's source, which the build bundles with its one import. */
const WORKER_SOURCE = fileURLToPath(new URL('../../service-worker/sw.ts', import.meta.url));

/** Files every language's copy holds: styles and scripts, icons, the 404 page (and the summary, below). */
const isShared = (file: string) =>
  /^(_astro|icons)\//.test(file) || ['favicon.svg', '404.html'].includes(file);
/** Files hosts send compressed, for the download size the control states. */
const COMPRESSED = /\.(html|css|js|json|svg|webmanifest)$/;

/** The worker's first line, which defines the list ahead of its code (and which the tests read). */
export const MANIFEST_LINE = 'const OFFLINE_MANIFEST = ';

/** A page's address for its file: `ko/people/index.html` → `ko/people/`, `index.html` → ``. */
const addressOf = (file: string) => file.replace(/(^|\/)index\.html$/, '$1');

/** The search bundle files one language needs, from Pagefind's own entry file. */
function searchFiles(outDir: string, files: readonly string[], lang: Lang): Set<string> {
  const entry = JSON.parse(readFileSync(path.join(outDir, 'pagefind/pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { hash: string; wasm: string | null }>;
  };
  const index = entry.languages[lang];
  if (!index) throw new Error(`The search index has no "${lang}" language.`);
  const own = new RegExp(`^pagefind/(index|fragment|filter)/${lang}_`);
  return new Set([
    'pagefind/pagefind.js',
    'pagefind/pagefind-entry.json',
    'pagefind/pagefind-highlight.js',
    `pagefind/pagefind.${index.hash}.pf_meta`,
    `pagefind/wasm.${index.wasm ?? 'unknown'}.pagefind`,
    `pagefind/${vocabularyFile(lang)}`,
    ...files.filter((file) => own.test(file)),
  ]);
}

/**
 * The files of one language's copy, relative to the output folder: its pages, its search bundle, its
 * manifest and search filters, the card previews its quote pages show, and the shared files. Open Graph
 * PNGs, open data, feeds and citation files are for other programs, which do not read offline.
 */
function copyFiles(outDir: string, files: readonly string[], lang: Lang): string[] {
  const search = searchFiles(outDir, files, lang);
  const ofLang = (file: string) => langAndSlug(addressOf(file))[0] === lang;
  return files.filter(
    (file) =>
      isShared(file) ||
      search.has(file) ||
      (file.endsWith('.html') && ofLang(file)) ||
      (/(^|\/)(manifest\.webmanifest|search-filters\.json)$/.test(file) && ofLang(file)) ||
      (file.startsWith(`og/${lang}/`) && file.endsWith('.webp')),
  );
}

/** Every file of a build, relative to its folder, with `/`, sorted. */
function allFiles(outDir: string): string[] {
  return readdirSync(outDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(outDir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}

/**
 * Writes the summary and the worker into a built site, and returns what they list. The summary states
 * what the rest of each copy holds; the worker's list adds the summary itself, with its revision.
 */
export async function writeOfflineCopy(
  outDir: string,
): Promise<{ manifest: OfflineManifest; summary: OfflineSummary }> {
  const files = allFiles(outDir).filter((file) => file !== WORKER_FILE && file !== SUMMARY_FILE);
  const described = new Map<string, { file: OfflineFile; download: number }>();
  const describe = (file: string) => {
    const known = described.get(file);
    if (known) return known;
    const bytes = readFileSync(path.join(outDir, file));
    const revision = createHash('sha256').update(bytes).digest('hex').slice(0, 12);
    const download = COMPRESSED.test(file) ? gzipSync(bytes).length : bytes.length;
    const entry = { file: [addressOf(file), revision, bytes.length] as const, download };
    described.set(file, entry);
    return entry;
  };
  const copies = new Map(LANGS.map((lang) => [lang, copyFiles(outDir, files, lang).map(describe)]));
  const summary: OfflineSummary = { copies: {}, messages: {} };
  for (const [lang, entries] of copies) {
    const t = useTranslations(lang);
    summary.copies[lang] = {
      files: entries.length,
      download: entries.reduce((sum, entry) => sum + entry.download, 0),
      bytes: entries.reduce((sum, entry) => sum + entry.file[2], 0),
    };
    summary.messages[lang] = {
      language: LOCALES[lang].name,
      ...Object.fromEntries(OFFLINE_MESSAGES.map((key) => [key, t[key]])),
    } as OfflineSummary['messages'][string];
  }
  writeFileSync(path.join(outDir, SUMMARY_FILE), JSON.stringify(summary));

  const pages = files.filter((file) => file.endsWith('.html') && file !== '404.html').map(addressOf);
  const manifest: OfflineManifest = {
    langs: Object.fromEntries(
      [...copies].map(([lang, entries]) => [
        lang,
        [...entries, describe(SUMMARY_FILE)].map((entry) => entry.file),
      ]),
    ),
    pages,
    notFound: '404.html',
    offlinePage: Object.fromEntries(
      LANGS.map((lang) => [
        lang,
        pages.find((page) => langAndSlug(page).join('/') === `${lang}/${sectionSlug('offline')}`) ?? '',
      ]),
    ),
  };
  const output = await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      minify: true,
      rolldownOptions: { input: WORKER_SOURCE, output: { format: 'iife' } },
    },
  });
  const chunk = (Array.isArray(output) ? output : [output])
    .flatMap((result) => ('output' in result ? result.output : []))
    .find((item) => item.type === 'chunk');
  if (!chunk) throw new Error('Bundling the service worker produced no code.');
  writeFileSync(
    path.join(outDir, WORKER_FILE),
    `${MANIFEST_LINE}${JSON.stringify(manifest)};\n${chunk.code}`,
  );
  return { manifest, summary };
}

export default function offlineCopy(): AstroIntegration {
  return {
    name: 'fact-sheet:offline-copy',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const { summary } = await writeOfflineCopy(fileURLToPath(dir));
        const sizes = Object.entries(summary.copies).map(
          ([lang, { files, download }]) => `${lang} ${files} files, ${Math.round(download / 1000)} KB`,
        );
        logger.info(`Offline copy, per language (saved only on request): ${sizes.join('; ')}.`);
      },
    },
  };
}
