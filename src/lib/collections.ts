/**
 * Typed access to the content collections for pages and components: one place that knows how entries
 * relate (themes per language, people by id, facts and quotes by theme).
 */
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import type { Lang } from '../site.config.ts';

export type ThemeEntry = CollectionEntry<'themes'>;
export type PersonData = CollectionEntry<'people'>['data'];
export type QuoteData = CollectionEntry<'quotes'>['data'];
export type FactData = CollectionEntry<'facts'>['data'];
export type SourceData = CollectionEntry<'source'>['data'];

/** Theme id (the file name) of a theme entry, whose collection id is `<lang>/<theme>`. */
export function themeSlug(entry: ThemeEntry): string {
  return entry.id.split('/').slice(1).join('/');
}

/** The theme pages of one language in navigation order. */
export async function getThemes(lang: Lang): Promise<ThemeEntry[]> {
  const entries = await getCollection('themes', (entry) => entry.id.startsWith(`${lang}/`));
  return entries.sort((a, b) => a.data.order - b.data.order);
}

export async function getSource(): Promise<SourceData> {
  const entry = await getEntry('source', 'interview');
  if (!entry) throw new Error('The source collection has no "interview" entry.');
  return entry.data;
}

export async function getPeople(): Promise<PersonData[]> {
  return (await getCollection('people')).map((entry) => entry.data);
}

export async function getPerson(id: string): Promise<PersonData> {
  const entry = await getEntry('people', id);
  if (!entry) throw new Error(`Unknown person "${id}".`);
  return entry.data;
}

export async function getQuotes(): Promise<QuoteData[]> {
  return (await getCollection('quotes')).map((entry) => entry.data);
}

export async function getQuote(id: string): Promise<QuoteData> {
  const entry = await getEntry('quotes', id);
  if (!entry) throw new Error(`Unknown quote "${id}".`);
  return entry.data;
}

export async function getFacts(): Promise<FactData[]> {
  return (await getCollection('facts')).map((entry) => entry.data);
}

export async function getFact(id: string): Promise<FactData> {
  const entry = await getEntry('facts', id);
  if (!entry) throw new Error(`Unknown fact "${id}".`);
  return entry.data;
}

/** A person's name in a language. */
export function personName(person: PersonData, lang: Lang): string {
  return lang === 'ko' ? person.nameKo : person.nameEn;
}
