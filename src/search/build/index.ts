/**
 * Builds the Pagefind index in `astro build` (never stale), one per language: the pages without their facts
 * and quotes, each of which is a record of its own, all with extra terms; and each language's vocabulary.
 */
import { readFileSync } from 'node:fs';
import { readFile, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { gzipAsync } from '@gfx/zopfli';
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import * as pagefind from 'pagefind';
import { htmlFiles, pagePathOf } from '../../lib/built-html.ts';
import { useTranslations } from '../../i18n/index.ts';
import { DEFAULT_LANG, LANGS, type Lang } from '../../site.config.ts';
import { loadSiteModel } from '../../lib/content-files.ts';
import { vocabularyFile } from '../shared/index-format.ts';
import { searchRecords, type SearchRecord } from './records.ts';
import { vocabularyJson } from './vocabulary.ts';
import { indexablePage, withSearchTerms } from './page.ts';
import { extraSearchTerms, glossaryForms, searchLexicon } from './terms.ts';

/**
 * Word positions per index chunk (Pagefind's 20,000 makes one chunk per language). A query fetches only
 * its words' chunks, but each chunk adds to the metadata every search loads: this size fetches the fewest
 * bytes for a first query (`npm run bench:search`). The built tests hold every chunk under 4 KB and expect
 * more than one per language.
 */
const INDEX_CHUNK_SIZE = 600;

const zopfli = (gzipped: Buffer) => gzipAsync(gunzipSync(gzipped), { numiterations: 3 });

function check(step: string, ...results: { errors: readonly string[] }[]): void {
  const errors = results.flatMap((result) => result.errors);
  if (errors.length > 0) {
    throw new AstroError(
      `Pagefind failed to ${step}:\n${errors.join('\n')}`,
      'See the Pagefind output above.',
    );
  }
}

export default function searchIndex(): AstroIntegration {
  let root = '';
  return {
    name: 'fact-sheet:search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        // Pagefind's indexer is a separate process: start it now, so it boots while the pages are read.
        // It inherits the environment, where the (unstable-named) chunk size is its only size knob.
        process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE ??= String(INDEX_CHUNK_SIZE);
        const creating = pagefind.createIndex({});
        try {
          const model = loadSiteModel(root);
          const records = searchRecords(model);
          // Each page is read and parsed once: every page's terms need the words of all texts first.
          const pages = htmlFiles(outDir).flatMap((file) => {
            const page = indexablePage(readFileSync(file, 'utf8'));
            if (!page) return [];
            const lang = LANGS.find((candidate) => candidate === page.lang) ?? DEFAULT_LANG;
            return [{ ...page, url: pagePathOf(outDir, file), lang }];
          });
          const lexicon = searchLexicon(
            [...pages, ...records.map((record) => ({ lang: record.language, text: record.content }))],
            model.people,
            model.glossary.map(glossaryForms),
          );
          const { index, errors } = await creating;
          check('start', { errors });
          if (!index) throw new AstroError('Pagefind did not create an index.');
          // The page of each element id, per language: a fact's or quote's record links to its anchor.
          const anchors = new Map(
            pages.flatMap((page) => page.ids.map((id) => [`${page.lang}:${id}`, `${page.url}#${id}`])),
          );
          const recordUrl = (record: SearchRecord) => {
            const url = anchors.get(`${record.language}:${record.anchor}`);
            if (url) return url;
            throw new AstroError(
              `No built ${record.language} page holds the anchor "#${record.anchor}", so its search result would lead nowhere.`,
              `Embed it on its theme page (theme "${record.theme}") with <Fact id="…" /> or <Quote id="…" />.`,
            );
          };
          const indexed = [
            ...pages.map((page) => {
              const terms = extraSearchTerms(page.text, lexicon);
              const content = withSearchTerms(page.html, terms, extraSearchTerms(page.subject, lexicon));
              const added = index.addHTMLFile({ url: page.url, content });
              return { lang: page.lang, text: page.text, terms, added };
            }),
            ...records.map((record) => {
              const url = recordUrl(record);
              const { content, language, filters, sort } = record;
              const meta = { ...record.meta, terms: extraSearchTerms(content, lexicon, record.speakers) };
              const added = index.addCustomRecord({ url, content, language, meta, filters, sort });
              return { lang: language, text: content, terms: meta.terms, added };
            }),
          ];
          check(
            'index the pages, facts and quotes',
            ...(await Promise.all(indexed.map((entry) => entry.added))),
          );
          const outputPath = path.join(outDir, 'pagefind');
          await rm(outputPath, { recursive: true, force: true });
          check('write the index', await index.writeFiles({ outputPath }));
          for (const lang of LANGS) {
            const t = useTranslations(lang);
            const messages = {
              corrected: t.searchCorrected,
              didYouMean: t.searchDidYouMean,
              partial: t.searchPartial,
            };
            const ofLang = indexed.filter((entry) => entry.lang === lang);
            await writeFile(path.join(outputPath, vocabularyFile(lang)), vocabularyJson(ofLang, messages));
          }
          // The site has its own search UI; Pagefind's bundled UIs are never loaded, so don't ship them.
          for (const file of await readdir(outputPath)) {
            const where = path.join(outputPath, file);
            if (/^pagefind-(component-|modular-)?ui\./.test(file)) await rm(where);
            // Every first search downloads the wasm: Zopfli's gzip of it is 5% smaller than Pagefind's.
            else if (file.startsWith('wasm.')) await writeFile(where, await zopfli(await readFile(where)));
          }
          const count = (lang: Lang) =>
            `${lang}: ${pages.filter((page) => page.lang === lang).length} pages + ${records.filter((record) => record.language === lang).length} facts and quotes`;
          logger.info(`Indexed for search (${LANGS.map(count).join('; ')}).`);
        } finally {
          // Settled before it is closed, even when the content failed first.
          await Promise.allSettled([creating]);
          await pagefind.close();
        }
      },
    },
  };
}
