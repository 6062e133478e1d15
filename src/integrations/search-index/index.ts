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
import { readFileSync } from 'node:fs';
import { readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import * as pagefind from 'pagefind';
import { htmlFiles, pagePathOf } from '../../lib/built-html.ts';
import { useTranslations } from '../../i18n/index.ts';
import { DEFAULT_LANG, LANGS, type Lang } from '../../site.config.ts';
import { loadContent, loadSiteModel } from '../../lib/content-files.ts';
import { searchRecords, type SearchRecord } from './records.ts';
import { vocabularyFile } from '../../lib/search-vocabulary.ts';
import { Vocabularies } from './vocabulary.ts';
import {
  TERMS_META_KEY,
  extraSearchTerms,
  glossaryForms,
  indexablePage,
  latinWords,
  lexiconNouns,
  addCapitalisedWords,
  pageSubject,
  romanisedNames,
  solidHangulWords,
  withSearchTerms,
  type SearchLexicon,
} from './search-terms.ts';

/**
 * Word positions per index chunk (Pagefind's default is 20,000, which puts this site's whole index in one
 * chunk per language). A query fetches only the chunks its words fall in, so small chunks keep a first
 * search to a few KB of index; every chunk adds a line to the metadata a search loads first, so the size
 * is the one with the fewest bytes for a first query (`npm run bench:search`). The built tests hold each
 * chunk to a byte budget.
 */
export const INDEX_CHUNK_SIZE = 600;

/** Requests to the indexer awaiting an answer at any time. */
const MAX_IN_FLIGHT = 4;

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
        // It inherits the environment, where the (unstable-named) chunk size is its only size knob.
        process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE ??= String(INDEX_CHUNK_SIZE);
        const creating = pagefind.createIndex({});
        // The content the records and terms come from, validated with the collections' own schemas.
        const content = loadContent(process.cwd());
        const files = htmlFiles(outDir);
        // One page at a time, read when its turn comes and dropped after it.
        function* pages() {
          for (const file of files) {
            const page = indexablePage(readFileSync(file, 'utf8'));
            if (!page) continue;
            const lang = LANGS.find((candidate) => candidate === page.lang) ?? DEFAULT_LANG;
            yield { ...page, url: pagePathOf(outDir, file), lang };
          }
        }
        const glossary = content.glossary.map(glossaryForms);
        // Every page's terms need the nouns of all Korean pages (to split compounds), so the pages are read
        // twice: first for those nouns alone (the language is known once a page is read), then to be indexed.
        // The first reading also keeps the solid Hangul words and the English capitalised words, for names
        // the site writes in both scripts.
        const records = searchRecords(loadSiteModel(process.cwd(), content));
        const hangulWords = new Set<string>();
        const capitalised = new Set<string>();
        for (const record of records)
          if (record.language === 'ko')
            for (const word of solidHangulWords(record.content)) hangulWords.add(word);
          else addCapitalisedWords(record.content, capitalised);
        const koreanTexts = function* () {
          for (const page of pages()) {
            if (page.lang !== 'ko') addCapitalisedWords(page.text, capitalised);
            else {
              for (const word of solidHangulWords(page.text)) hangulWords.add(word);
              yield page.text;
            }
          }
        };
        const nouns = lexiconNouns(koreanTexts(), glossary);
        for (const name of romanisedNames(hangulWords, capitalised)) nouns.add(name);
        const allTexts = function* () {
          for (const page of pages()) yield page.text;
          for (const record of records) yield record.content;
        };
        const lexicon: SearchLexicon = {
          people: content.people,
          glossary,
          nouns,
          words: latinWords(allTexts()),
        };
        // The words of each language's index, for suggestions when a query misses.
        const vocabularies = new Vocabularies();
        const created = await creating;
        check('start', created.errors);
        const index = created.index;
        if (!index) throw new AstroError('Pagefind did not create an index.');
        try {
          const errors: string[] = [];
          const inFlight = new Set<Promise<unknown>>();
          // A few requests in flight keep the indexer busy while the next page is prepared, without
          // queueing the whole site in memory.
          const send = async (request: Promise<{ errors: string[] }>) => {
            const done = request.then((result) => errors.push(...result.errors));
            inFlight.add(done);
            void done.finally(() => inFlight.delete(done));
            if (inFlight.size >= MAX_IN_FLIGHT) await Promise.race(inFlight);
          };
          // The page of each element id, per language: a fact's or quote's record links to its anchor.
          const anchors = new Map<string, string>();
          const counts = new Map<Lang, { pages: number; records: number }>(
            LANGS.map((lang) => [lang, { pages: 0, records: 0 }]),
          );
          for (const page of pages()) {
            for (const id of page.ids) anchors.set(`${page.lang}:${id}`, `${page.url}#${id}`);
            const count = counts.get(page.lang);
            if (count) count.pages += 1;
            const terms = extraSearchTerms(page.text, lexicon);
            const subject = pageSubject(page.html);
            const subjectTerms = subject ? extraSearchTerms(subject, lexicon) : '';
            vocabularies.add(page.lang, page.text, terms);
            await send(
              index.addHTMLFile({
                url: page.url,
                content: withSearchTerms(page.html, terms, subjectTerms),
              }),
            );
          }
          const recordUrl = (record: SearchRecord) => {
            const url = anchors.get(`${record.language}:${record.anchor}`);
            if (url) return url;
            throw new AstroError(
              `No built ${record.language} page holds the anchor "#${record.anchor}", so its search result would lead nowhere.`,
              `Embed it on its theme page (theme "${record.theme}") with <Fact id="…" /> or <Quote id="…" />.`,
            );
          };
          for (const record of records) {
            const count = counts.get(record.language);
            if (count) count.records += 1;
            const terms = extraSearchTerms(record.content, lexicon, record.speakers);
            vocabularies.add(record.language, record.content, terms);
            await send(
              index.addCustomRecord({
                url: recordUrl(record),
                content: record.content,
                language: record.language,
                meta: {
                  ...record.meta,
                  [TERMS_META_KEY]: terms,
                },
                filters: record.filters,
                sort: record.sort,
              }),
            );
          }
          await Promise.all(inFlight);
          check('index the pages, facts and quotes', errors);
          const outputPath = path.join(outDir, 'pagefind');
          await rm(outputPath, { recursive: true, force: true });
          check('write the index', (await index.writeFiles({ outputPath })).errors);
          for (const lang of LANGS) {
            const t = useTranslations(lang);
            const messages = {
              corrected: t.searchCorrected,
              didYouMean: t.searchDidYouMean,
              partial: t.searchPartial,
            };
            await writeFile(path.join(outputPath, vocabularyFile(lang)), vocabularies.json(lang, messages));
          }
          // The site has its own search UI; Pagefind's bundled UIs are never loaded, so don't ship them.
          for (const file of await readdir(outputPath)) {
            if (/^pagefind-(component-|modular-)?ui\./.test(file)) await rm(path.join(outputPath, file));
          }
          const count = (lang: Lang) =>
            `${lang}: ${counts.get(lang)?.pages} pages + ${counts.get(lang)?.records} facts and quotes`;
          logger.info(`Indexed for search (${LANGS.map(count).join('; ')}).`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
