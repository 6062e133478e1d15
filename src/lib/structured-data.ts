/**
 * schema.org JSON-LD for the site: the WebSite, the interview as a NewsArticle with only what the source
 * states (no date, headline or URL is invented), its speakers as Person, and each quote as a Quotation:
 * the Korean said in the interview (or, as its note says, on another occasion), with the fact sheet's
 * English translation as its `workTranslation` where the page shows it.
 */
import type { Person, Quote, SourceMeta } from './content-schemas.ts';
import { useTranslations } from '../i18n/index.ts';
import { personNames } from './person-name.ts';
import { LANGS, SOURCE_LANG, type Lang } from '../site.config.ts';

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
  /**
   * Quotes shown on this page: each with its one identity on every page (`id`, its English quote page)
   * and where this page shows it (`url`).
   */
  quotes: readonly { quote: Quote; id: string; url: string }[];
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
    description: `Interview by ${input.source.publication.en} with the co-heads of LG AI Research, ${personNames(input.interviewees, 'en')}.`,
    inLanguage: 'ko',
    publisher: {
      '@type': 'NewsMediaOrganization',
      name: input.source.publication.en,
      alternateName: input.source.publication.ko,
    },
    about: input.interviewees.map((person) => ({ '@id': personId(person.id) })),
    contentLocation: { '@type': 'Place', name: input.source.place.en, alternateName: input.source.place.ko },
    ...(input.source.publicationDate ? { datePublished: input.source.publicationDate } : {}),
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
  const t = useTranslations(input.lang);
  const site = { '@id': `${input.siteUrl}#website` };
  // schema.org's translator is a person or organisation: the fact sheet, by its name and address.
  const translator = { '@type': 'Organization', name: input.siteName, url: input.siteUrl };
  const quotations = input.quotes.map(({ quote, id, url }) => {
    // What the page says next to the quote: when it was said, and whom the site infers as its speaker.
    const notes = [
      ...(quote.occasion ? [`${t.occasion}: ${quote.occasion[input.lang]}`] : []),
      ...(quote.attributionNote ? [`${t.attribution}: ${quote.attributionNote[input.lang]}`] : []),
    ];
    return {
      '@type': 'Quotation',
      '@id': id,
      url,
      text: quote.ko,
      inLanguage: SOURCE_LANG,
      // A quote whose speaker the article does not name gets no creator, only the page's note on whom
      // the site infers: the data never states an attribution more firmly than the page does.
      ...(quote.attributionNote
        ? {}
        : { creator: quote.speakers.map((speaker) => ({ '@id': personId(speaker) })) }),
      ...(notes.length > 0 ? { description: notes.join(' ') } : {}),
      isBasedOn: { '@id': articleId },
      // The fact sheet's translation, where the page shows it.
      ...(input.lang === SOURCE_LANG
        ? {}
        : {
            workTranslation: {
              '@type': 'Quotation',
              text: quote.en,
              inLanguage: input.lang,
              translator,
              translationOfWork: { '@id': id },
            },
          }),
    };
  });
  return {
    '@context': 'https://schema.org',
    '@graph': [
      {
        '@type': 'WebSite',
        ...site,
        url: input.siteUrl,
        name: input.siteName,
        inLanguage: LANGS,
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
