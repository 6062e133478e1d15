/** What the e2e tests expect of the built site, read from the content itself. */
import { readdirSync } from 'node:fs';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { Person, Quote, Fact, SourceMeta } from '../../src/lib/content-schemas.ts';
import { splitParagraphs, isVerbatimIn } from '../../src/lib/source-text.ts';

const read = (file: string) => readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8');

export const LANGS = ['en', 'ko'] as const;
export type Lang = (typeof LANGS)[number];

export const themeSlugs = readdirSync(new URL('../../content/themes/en/', import.meta.url))
  .filter((name) => name.endsWith('.mdx'))
  .map((name) => name.replace(/\.mdx$/, ''));

/** Every page slug that exists in both languages ('' is the overview). */
export const pageSlugs = ['', ...themeSlugs, 'people', 'timeline', 'glossary', 'source', 'search'];

export function pageUrl(lang: Lang, slug: string): string {
  return `/${[lang === 'ko' ? 'ko' : '', slug].filter(Boolean).join('/')}${lang === 'ko' || slug ? '/' : ''}`;
}

/** Every built page: each slug in both languages, and the shared 404 page. */
export const ALL_PAGES = [
  ...LANGS.flatMap((lang) => pageSlugs.map((slug) => pageUrl(lang, slug))),
  '/404.html',
];

export const paragraphs = splitParagraphs(read('content/source/interview.ko.txt'));
export const quotes = parse(read('content/quotes.yaml')) as Quote[];
export const facts = parse(read('content/facts.yaml')) as Fact[];
export const { relativeDates } = parse(read('content/source/meta.yaml')) as SourceMeta;
export const people = new Map((parse(read('content/people.yaml')) as Person[]).map((p) => [p.id, p]));
export { isVerbatimIn };
