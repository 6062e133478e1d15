/**
 * Builds the Pagefind search index as part of `astro build` (no separate step, never stale), through
 * Pagefind's Node API, one index per language:
 * - every built page with `data-pagefind-body`, minus the facts and quotes it shows (on the copy handed
 *   to Pagefind), so page results answer page-level matches (people, glossary, timeline, theme prose);
 * - every fact and quote as a custom record whose URL is its anchor on its theme page, with the
 *   filters speaker, theme and kind;
 * each with Korean-aware terms, people's names and glossary forms in both languages as invisible
 * metadata.
 */
import { readFile, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import * as pagefind from 'pagefind';
import { htmlFiles, pagePathOf } from '../../lib/built-html.ts';
import { DEFAULT_LANG, LANGS, type Lang } from '../../site.config.ts';
import { loadContent, loadSiteModel } from '../../lib/content-files.ts';
import { searchRecords } from './records.ts';
import {
  TERMS_META_KEY,
  extraSearchTerms,
  glossaryForms,
  indexablePage,
  lexiconNouns,
  withSearchTerms,
  type SearchLexicon,
} from './search-terms.ts';

function check(step: string, errors: readonly string[]): void {
  if (errors.length > 0) {
    throw new AstroError(
      `Pagefind failed to ${step}:\n${errors.join('\n')}`,
      'See the Pagefind output above.',
    );
  }
}

export default function searchIndex(): AstroIntegration {
  return {
    name: 'fact-sheet:search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        // Pagefind's indexer is a separate process: start it now, so it boots while the pages are read.
        const creating = pagefind.createIndex({});
        // The content the records and terms come from, validated with the collections' own schemas.
        const content = loadContent();
        const pages: { url: string; lang: Lang; html: string; text: string }[] = [];
        // The page of each element id, per language: a fact's or quote's record links to its anchor.
        const anchors = new Map<string, string>();
        for (const file of htmlFiles(outDir)) {
          const page = indexablePage(await readFile(file, 'utf8'));
          if (!page) continue;
          const url = pagePathOf(outDir, file);
          const lang = LANGS.find((candidate) => candidate === page.lang) ?? DEFAULT_LANG;
          for (const id of page.ids) anchors.set(`${lang}:${id}`, `${url}#${id}`);
          pages.push({ url, lang, html: page.html, text: page.text });
        }
        const glossary = content.glossary.map(glossaryForms);
        const lexicon: SearchLexicon = {
          people: content.people,
          glossary,
          nouns: lexiconNouns(
            pages.filter((page) => page.lang === 'ko').map((page) => page.text),
            glossary,
          ),
        };
        const created = await creating;
        check('start', created.errors);
        const index = created.index;
        if (!index) throw new AstroError('Pagefind did not create an index.');
        try {
          const records = searchRecords(loadSiteModel());
          const recordUrl = (record: (typeof records)[number]) => {
            const url = anchors.get(`${record.language}:${record.anchor}`);
            if (url) return url;
            throw new AstroError(
              `No built ${record.language} page holds the anchor "#${record.anchor}", so its search result would lead nowhere.`,
              `Embed it on its theme page (theme "${record.theme}") with <Fact id="…" /> or <Quote id="…" />.`,
            );
          };
          // Sent together: the indexer works through them while the next ones are prepared.
          const added = await Promise.all([
            ...pages.map((page) =>
              index.addHTMLFile({
                url: page.url,
                content: withSearchTerms(page.html, extraSearchTerms(page.text, lexicon)),
              }),
            ),
            ...records.map((record) =>
              index.addCustomRecord({
                url: recordUrl(record),
                content: record.content,
                language: record.language,
                meta: {
                  ...record.meta,
                  [TERMS_META_KEY]: extraSearchTerms(record.content, lexicon, record.speakers),
                },
                filters: record.filters,
                sort: record.sort,
              }),
            ),
          ]);
          check(
            'index the pages, facts and quotes',
            added.flatMap((result) => result.errors),
          );
          const outputPath = path.join(outDir, 'pagefind');
          await rm(outputPath, { recursive: true, force: true });
          check('write the index', (await index.writeFiles({ outputPath })).errors);
          // The site has its own search UI; Pagefind's bundled UIs are never loaded, so don't ship them.
          for (const file of await readdir(outputPath)) {
            if (/^pagefind-(component-|modular-)?ui\./.test(file)) await rm(path.join(outputPath, file));
          }
          const count = (lang: Lang) =>
            `${lang}: ${pages.filter((page) => page.lang === lang).length} pages + ${records.filter((record) => record.language === lang).length} facts and quotes`;
          logger.info(`Indexed for search (${LANGS.map(count).join('; ')}).`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
