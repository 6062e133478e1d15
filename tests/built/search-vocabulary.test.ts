import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { acronymReading } from '../../src/lib/korean-terms.ts';
import { useTranslations } from '../../src/i18n/index.ts';
import { vocabularyFile, type VocabularyFile } from '../../src/lib/search-vocabulary.ts';
import { LANGS, type Lang } from '../../src/site.config.ts';
import { builtFile, SITE } from '../support/builds.ts';
import { glossary, people } from '../support/content.ts';

const file = (lang: Lang) =>
  JSON.parse(readFileSync(builtFile(SITE, `pagefind/${vocabularyFile(lang)}`), 'utf8')) as VocabularyFile;
const vocabulary = (lang: Lang) => file(lang).words;

it.for(LANGS)('the %s vocabulary carries the UI strings of a correction, which no page carries', (lang) => {
  const t = useTranslations(lang);
  expect(file(lang).messages).toEqual({ corrected: t.searchCorrected, didYouMean: t.searchDidYouMean });
});

it.for(LANGS)('the %s vocabulary lists each word once, in lower case, as the search compares it', (lang) => {
  const words = vocabulary(lang);
  expect(words.length).toBeGreaterThan(500);
  expect(new Set(words).size).toBe(words.length);
  expect(words.filter((word) => word !== word.normalize('NFC').toLocaleLowerCase())).toEqual([]);
});

it.for(LANGS)('the %s vocabulary holds the forms readers type that the pages do not show', (lang) => {
  const words = new Set(vocabulary(lang));
  // A Hangul spelling of every glossary acronym, and every person's names in both scripts.
  const acronyms = glossary.flatMap((entry) => entry.term.en.match(/\b[A-Z]{2,5}\b/gu) ?? []);
  expect(acronyms.length).toBeGreaterThan(0);
  for (const acronym of acronyms) expect(words).toContain(acronymReading(acronym));
  for (const person of people.values()) {
    expect(words).toContain(person.nameKo);
    for (const part of person.nameEn.toLowerCase().split(/[\s-]+/u)) expect(words).toContain(part);
  }
});
