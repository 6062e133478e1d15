import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { acronymReading } from '../../src/search/build/korean.ts';
import { words } from '../../src/search/shared/words.ts';
import { useTranslations } from '../../src/i18n/index.ts';
import { vocabularyFile, type VocabularyFile } from '../../src/search/shared/index-format.ts';
import { LANGS, type Lang } from '../../src/site.config.ts';
import { decodeHTML } from 'entities';
import { DOCUMENT_NODE, ELEMENT_NODE, TEXT_NODE, type Node } from 'ultrahtml';
import { builtFile, builtPages, langAndSlug, readPage, SITE } from '../support/builds.ts';
import { glossary, people } from '../support/content.ts';

const file = (lang: Lang) =>
  JSON.parse(readFileSync(builtFile(SITE, `pagefind/${vocabularyFile(lang)}`), 'utf8')) as VocabularyFile;
const vocabulary = (lang: Lang) => file(lang).words;

it.for(LANGS)('the %s vocabulary carries the UI strings of a correction, which no page carries', (lang) => {
  const t = useTranslations(lang);
  expect(file(lang).messages).toEqual({
    corrected: t.searchCorrected,
    didYouMean: t.searchDidYouMean,
    partial: t.searchPartial,
  });
});

it.for(LANGS)(
  'the %s vocabulary lists each word and form once, in lower case, as the search compares it',
  (lang) => {
    const words = [...vocabulary(lang), ...file(lang).forms];
    expect(vocabulary(lang).length).toBeGreaterThan(500);
    expect(new Set(words).size).toBe(words.length);
    expect(words.filter((word) => word !== word.normalize('NFC').toLocaleLowerCase())).toEqual([]);
  },
);

it.for(LANGS)('the %s vocabulary holds the forms readers type that the pages do not show', (lang) => {
  const words = new Set([...vocabulary(lang), ...file(lang).forms]);
  // A Hangul spelling of every glossary acronym, and every person's names in both scripts.
  const acronyms = glossary.flatMap((entry) => entry.term.en.match(/\b[A-Z]{2,5}\b/gu) ?? []);
  expect(acronyms.length).toBeGreaterThan(0);
  for (const acronym of acronyms) expect(words).toContain(acronymReading(acronym));
  for (const person of people.values()) {
    expect(words).toContain(person.nameKo);
    for (const part of person.nameEn.toLowerCase().split(/[\s-]+/u)) expect(words).toContain(part);
  }
});

/** Elements a word may run through (`<a>엑사원</a>을`); any other element's text reads apart. */
const PHRASING = new Set(
  'a abbr b bdi bdo cite code data del dfn em i ins kbd mark q s samp small span strong sub sup time u var'.split(
    ' ',
  ),
);
/** Elements whose text no reader sees. */
const UNSEEN = new Set(['head', 'script', 'style', 'template', 'noscript', 'svg']);

/** The text a reader sees on a page, element boundaries kept: no screen-reader-only or hidden text. */
function visibleText(node: Node): string {
  if (node.type === TEXT_NODE) return decodeHTML(node.value);
  if (node.type !== ELEMENT_NODE && node.type !== DOCUMENT_NODE) return '';
  const { name = '', attributes = {} } = node;
  if (UNSEEN.has(name) || 'hidden' in attributes || /\bsr-only\b/u.test(attributes.class ?? '')) return '';
  const inner = (node.children ?? []).map(visibleText).join('');
  return node.type === DOCUMENT_NODE || PHRASING.has(name) ? inner : ` ${inner} `;
}

const visibleWords = (lang: Lang) =>
  new Set(
    builtPages()
      .filter((page) => langAndSlug(page.path)[0] === lang)
      .flatMap((page) => words(visibleText(readPage(page)).toLocaleLowerCase())),
  );

it.for(LANGS)('every word the %s search may suggest is a word its pages show', (lang) => {
  const shown = visibleWords(lang);
  expect(vocabulary(lang).filter((word) => !shown.has(word))).toEqual([]);
});
