/** The offline copy's build step: writes `offline.json` (what each language's copy downloads) and `sw.js`, the
 * worker with each file's revision ahead of it, so a changed file makes a new worker, which fetches only that. */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { AstroIntegration } from 'astro';
import { build, type Rolldown } from 'vite';
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
import { LANGS, LOCALES, type Lang } from '../../site.config.ts';

/** The worker's first line, which defines the list ahead of its code. */
export const MANIFEST_LINE = 'const OFFLINE_MANIFEST = ';

/** A page's address for its file: `ko/people/index.html` → `ko/people/`, `index.html` → ``. */
const addressOf = (file: string) => file.replace(/(^|\/)index\.html$/, '$1');

/** One language's copy: its pages, manifest, search filters and bundle, quote card previews, and the shared
 * styles, scripts, icons and 404 page. Open Graph PNGs, open data, feeds and citations are for programs. */
function copyFiles(outDir: string, files: readonly string[], lang: Lang): string[] {
  const entry = JSON.parse(readFileSync(path.join(outDir, 'pagefind/pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { hash: string; wasm: string | null }>;
  };
  const index = entry.languages[lang];
  if (!index) throw new Error(`The search index has no "${lang}" language.`);
  const search = [
    'pagefind/pagefind.js',
    'pagefind/pagefind-entry.json',
    'pagefind/pagefind-highlight.js',
    `pagefind/pagefind.${index.hash}.pf_meta`,
    `pagefind/wasm.${index.wasm ?? 'unknown'}.pagefind`,
    `pagefind/${vocabularyFile(lang)}`,
  ];
  const ofLang = (file: string) => langAndSlug(addressOf(file))[0] === lang;
  return files.filter(
    (file) =>
      /^(_astro|icons)\/|^(favicon\.svg|404\.html)$/.test(file) ||
      search.includes(file) ||
      new RegExp(`^pagefind/(index|fragment|filter)/${lang}_`).test(file) ||
      (/(^|\/)(index\.html|manifest\.webmanifest|search-filters\.json)$/.test(file) && ofLang(file)) ||
      (file.startsWith(`og/${lang}/`) && file.endsWith('.webp')),
  );
}

export async function writeOfflineCopy(outDir: string): Promise<OfflineSummary> {
  const files = readdirSync(outDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(outDir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .filter((file) => file !== WORKER_FILE && file !== SUMMARY_FILE)
    .sort();
  const describe = (file: string): { file: OfflineFile; download: number } => {
    const bytes = readFileSync(path.join(outDir, file));
    const revision = createHash('sha256').update(bytes).digest('hex').slice(0, 12);
    // What a host that compresses text sends.
    const download = (/\.(html|css|js|json|svg|webmanifest)$/.test(file) ? gzipSync(bytes) : bytes).length;
    return { file: [addressOf(file), revision, bytes.length], download };
  };
  const copies = LANGS.map((lang) => [lang, copyFiles(outDir, files, lang).map(describe)] as const);
  const summary: OfflineSummary = {
    copies: Object.fromEntries(
      copies.map(([lang, entries]) => [
        lang,
        { files: entries.length, download: entries.reduce((sum, entry) => sum + entry.download, 0) },
      ]),
    ),
    messages: Object.fromEntries(
      LANGS.map((lang) => [
        lang,
        Object.fromEntries([
          ['language', LOCALES[lang].name],
          ...OFFLINE_MESSAGES.map((key) => [key, useTranslations(lang)[key]]),
        ]),
      ]),
    ) as OfflineSummary['messages'],
  };
  writeFileSync(path.join(outDir, SUMMARY_FILE), JSON.stringify(summary));

  const pages = files.filter((file) => file.endsWith('.html') && file !== '404.html').map(addressOf);
  // The worker's list adds the summary itself, with its revision.
  const summaryFile = describe(SUMMARY_FILE).file;
  const manifest: OfflineManifest = {
    langs: Object.fromEntries(
      copies.map(([lang, entries]) => [lang, [...entries.map((e) => e.file), summaryFile]]),
    ),
    pages,
    offlinePage: Object.fromEntries(
      LANGS.map((lang) => [
        lang,
        pages.find((page) => langAndSlug(page).join('/') === `${lang}/offline`) ?? '',
      ]),
    ),
  };
  // One input, not written: its chunk is the worker's code.
  const { output } = (await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      minify: true,
      rolldownOptions: {
        input: fileURLToPath(new URL('../../service-worker/sw.ts', import.meta.url)),
        output: { format: 'iife' },
      },
    },
  })) as Rolldown.RolldownOutput;
  const chunk = output.find((item) => item.type === 'chunk');
  if (!chunk) throw new Error('Bundling the service worker produced no code.');
  writeFileSync(
    path.join(outDir, WORKER_FILE),
    `${MANIFEST_LINE}${JSON.stringify(manifest)};\n${chunk.code}`,
  );
  return summary;
}

export default function offlineCopy(): AstroIntegration {
  return {
    name: 'fact-sheet:offline-copy',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const summary = await writeOfflineCopy(fileURLToPath(dir));
        const sizes = Object.entries(summary.copies).map(
          ([lang, { files, download }]) => `${lang} ${files} files, ${Math.round(download / 1000)} KB`,
        );
        logger.info(`Offline copy, per language (saved only on request): ${sizes.join('; ')}.`);
      },
    },
  };
}
