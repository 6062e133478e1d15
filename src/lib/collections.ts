/**
 * Typed access to the content collections for pages and components: one place that knows how entries
 * relate (themes per language, people by id, facts and quotes by theme).
 */
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import type { Lang } from '../site.config.ts';
import type { SharedVoice } from './content-schemas.ts';
import { personName } from './person-name.ts';
import { expandRelativeDates } from './relative-dates.ts';
import { inSourceOrder } from './source-text.ts';
import { isSharedVoice } from './voice.ts';
import { useTranslations } from '@/i18n';

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

/** Everyone named in the interview: the interviewees first, then in the order the article names them. */
export async function getPeople(): Promise<PersonData[]> {
  const people = (await getCollection('people')).map((entry) => entry.data);
  const firstMention = (person: PersonData) =>
    Math.min(...person.roles.map((role) => role.evidence.paragraph));
  return people.sort(
    (a, b) => Number(b.interviewee) - Number(a.interviewee) || firstMention(a) - firstMention(b),
  );
}

export async function getPerson(id: string): Promise<PersonData> {
  const entry = await getEntry('people', id);
  if (!entry) throw new Error(`Unknown person "${id}".`);
  return entry.data;
}

/** Every quote in the order of the source text. */
export async function getQuotes(): Promise<QuoteData[]> {
  const { paragraphs } = await getSource();
  const quotes = (await getCollection('quotes')).map((entry) => entry.data);
  return inSourceOrder(
    quotes,
    (quote) => ({ paragraph: quote.paragraph, text: quote.ko }),
    paragraphs.map((paragraph) => paragraph.text),
  );
}

export async function getQuote(id: string): Promise<QuoteData> {
  const entry = await getEntry('quotes', id);
  if (!entry) throw new Error(`Unknown quote "${id}".`);
  return entry.data;
}

/** Every fact in the order of the source text (by its first evidence excerpt). */
export async function getFacts(): Promise<FactData[]> {
  const { paragraphs } = await getSource();
  const facts = (await getCollection('facts')).map((entry) => entry.data);
  return inSourceOrder(
    facts,
    (fact) => fact.evidence[0],
    paragraphs.map((paragraph) => paragraph.text),
  );
}

export async function getFact(id: string): Promise<FactData> {
  const entry = await getEntry('facts', id);
  if (!entry) throw new Error(`Unknown fact "${id}".`);
  return entry.data;
}

/** Site prose ready to show: relative dates (`{date:ID}`) written out with what is unknown. */
export async function siteText(text: string, lang: Lang): Promise<string> {
  return expandRelativeDates(text, (await getSource()).relativeDates, lang);
}

/** A fact's voice as a short label: "Said by: Lim Woohyung", "The article's own account"… */
export async function voiceLabel(voice: string, lang: Lang): Promise<string> {
  const t = useTranslations(lang);
  const shared: Record<SharedVoice, string> = {
    'co-heads': `${t.saidBy}: ${t.voiceCoHeads}`,
    article: t.voiceArticle,
    hearsay: t.voiceHearsay,
  };
  if (isSharedVoice(voice)) return shared[voice];
  return `${t.saidBy}: ${personName(await getPerson(voice), lang)}`;
}
