/** Page addresses and the content the search tests expect to find, read from the content files. */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { Fact, GlossaryTerm, Person, Quote, SourceMeta } from '../../src/lib/content-schemas.ts';

export type Lang = 'en' | 'ko';

export function pageUrl(lang: Lang, slug: string): string {
  return `/${[lang === 'ko' ? 'ko' : '', slug].filter(Boolean).join('/')}${lang === 'ko' || slug ? '/' : ''}`;
}

const read = (file: string): unknown =>
  parse(readFileSync(new URL(`../../content/${file}`, import.meta.url), 'utf8'));

export const quotes = read('quotes.yaml') as Quote[];
export const facts = read('facts.yaml') as Fact[];
export const glossary = read('glossary.yaml') as GlossaryTerm[];
export const people = new Map((read('people.yaml') as Person[]).map((person) => [person.id, person]));
export const { interviewees } = read('source/meta.yaml') as SourceMeta;
