/**
 * schema.org JSON-LD for the site: the WebSite, the interview as a NewsArticle with only what the source
 * states (no date, headline or URL is invented), its speakers as Person, and each quote as a Quotation.
 */
import type { Person, Quote, SourceMeta } from './content-schemas.ts';
import type { Lang } from '../site.config.ts';

type Node = Record<string, unknown>;

export interface StructuredDataInput {
  /** Absolute URL of the site root (with base path). */
  siteUrl: string;
  siteName: string;
  /** Language of the page the data is embedded in (for notes). */
  lang: Lang;
  /** Absolute URL of the people page (for Person ids). */
  peopleUrl: string;
  /** Absolute URL of the source page (for the article id). */
  sourceUrl: string;
  source: SourceMeta;
  /** People to describe in full (elsewhere they are referenced by id, from the people page). */
  people: readonly Person[];
  /** The interviewees, as people. */
  interviewees: readonly Person[];
  /** Whether the page is about the article itself (the overview, the source page): describe it in full. */
  describeArticle: boolean;
  /** Quotes shown on this page, with the absolute URL of each. */
  quotes: readonly { quote: Quote; url: string }[];
}

export function structuredData(input: StructuredDataInput): Node {
  const articleId = `${input.sourceUrl}#interview`;
  const personId = (id: string) => `${input.peopleUrl}#${id}`;
  const lgAiResearch = {
    '@type': 'ResearchOrganization',
    name: 'LG AI Research',
    alternateName: 'LG AI연구원',
  };
  const article: Node = {
    '@type': 'NewsArticle',
    '@id': articleId,
    description: `Interview by ${input.source.publication.en} with the co-heads of LG AI Research, ${new Intl.ListFormat(
      'en',
    ).format(input.interviewees.map((person) => person.nameEn))}.`,
    inLanguage: 'ko',
    publisher: {
      '@type': 'NewsMediaOrganization',
      name: input.source.publication.en,
      alternateName: input.source.publication.ko,
    },
    about: input.interviewees.map((person) => ({ '@id': personId(person.id) })),
    contentLocation: { '@type': 'Place', name: input.source.place.en, alternateName: input.source.place.ko },
    ...(input.source.publicationDate
      ? { datePublished: input.source.publicationDate.toISOString().slice(0, 10) }
      : {}),
    ...(input.source.url ? { url: input.source.url } : {}),
    ...(input.source.reporter ? { author: { '@type': 'Person', name: input.source.reporter } } : {}),
  };
  const people = input.people.map((person) => ({
    '@type': 'Person',
    '@id': personId(person.id),
    name: person.nameEn,
    alternateName: [person.nameKo, ...person.aliases],
    jobTitle: person.roles.map((role) => role.en),
    ...(person.interviewee ? { worksFor: lgAiResearch } : {}),
  }));
  const quotations = input.quotes.map(({ quote, url }) => ({
    '@type': 'Quotation',
    '@id': url,
    url,
    text: quote.ko,
    inLanguage: 'ko',
    // A quote whose speaker the article does not name gets no creator, only the page's note on whom
    // the site infers: the data never states an attribution more firmly than the page does.
    ...(quote.attributionNote
      ? { description: quote.attributionNote[input.lang] }
      : { creator: quote.speakers.map((id) => ({ '@id': personId(id) })) }),
    isBasedOn: { '@id': articleId },
    // The English translation, where the page shows it.
    ...(input.lang === 'en'
      ? { workTranslation: { '@type': 'Quotation', text: quote.en, inLanguage: 'en' } }
      : {}),
  }));
  return {
    '@context': 'https://schema.org',
    '@graph': [
      {
        '@type': 'WebSite',
        '@id': `${input.siteUrl}#website`,
        url: input.siteUrl,
        name: input.siteName,
        inLanguage: ['en', 'ko'],
      },
      ...(input.describeArticle ? [article] : []),
      ...people,
      ...quotations,
    ],
  };
}

/** JSON for a `<script type="application/ld+json">`: `<` is escaped so the text can never close the tag. */
export function jsonForScript(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
