/** schema.org JSON-LD: the interview with only what the source states, its speakers, quotes and translations. */
import { useTranslations } from '../i18n/index.ts';
import { personNames } from './person-name.ts';
import { quoteNotes, type SiteModel, type SitePage } from './site-model.ts';
import { DEFAULT_LANG, LANGS, SOURCE_LANG, type Lang } from '../site.config.ts';

type Node = Record<string, unknown>;

/** A page's JSON-LD. Every node has one identity on every page; a quote's is its English page. */
export function structuredData(
  model: Pick<SiteModel, 'meta' | 'people' | 'interviewees' | 'quotes'>,
  page: Pick<SitePage, 'slug' | 'quote'>,
  lang: Lang,
  url: (lang: Lang, slug: string, fragment?: string) => string,
): Node {
  const t = useTranslations(lang);
  const siteUrl = url(DEFAULT_LANG, '');
  const source = model.meta;
  const articleId = url(DEFAULT_LANG, 'source', 'interview');
  const personId = (id: string) => url(DEFAULT_LANG, 'people', id);
  const lgAiResearch = {
    '@type': 'ResearchOrganization',
    name: 'LG AI Research',
    alternateName: 'LG AI연구원',
  };
  const article: Node = {
    '@type': 'NewsArticle',
    '@id': articleId,
    description: `Interview by ${source.publication.en} with the co-heads of LG AI Research, ${personNames(model.interviewees, 'en')}.`,
    inLanguage: 'ko',
    publisher: {
      '@type': 'NewsMediaOrganization',
      name: source.publication.en,
      alternateName: source.publication.ko,
    },
    about: model.interviewees.map((person) => ({ '@id': personId(person.id) })),
    contentLocation: { '@type': 'Place', name: source.place.en, alternateName: source.place.ko },
    ...(source.publicationDate ? { datePublished: source.publicationDate } : {}),
    ...(source.url ? { url: source.url } : {}),
    ...(source.reporter ? { author: { '@type': 'Person', name: source.reporter } } : {}),
  };
  // People are described where the page is about them; elsewhere their ids are enough.
  const people = (page.slug === '' || page.slug === 'people' ? model.people : []).map((person) => ({
    '@type': 'Person',
    '@id': personId(person.id),
    name: person.nameEn,
    alternateName: [person.nameKo, ...person.aliases],
    jobTitle: person.roles.map((role) => role.en),
    ...(person.interviewee ? { worksFor: lgAiResearch } : {}),
  }));
  // schema.org's translator is a person or organisation: the fact sheet, by its name and address.
  const translator = { '@type': 'Organization', name: t.siteName, url: siteUrl };
  const quotes = page.quote ? [page.quote] : model.quotes.filter((quote) => quote.theme === page.slug);
  const quotations = quotes.map((quote) => {
    const id = url(DEFAULT_LANG, quote.pageSlug);
    const notes = quoteNotes(quote, lang);
    return {
      '@type': 'Quotation',
      '@id': id,
      url: url(lang, page.slug, quote.anchor),
      text: quote.ko,
      inLanguage: SOURCE_LANG,
      // A quote whose speaker the article does not name gets no creator, only the page's note on whom
      // the site infers: the data never states an attribution more firmly than the page does.
      ...(quote.attributionNote
        ? {}
        : { creator: quote.speakers.map((speaker) => ({ '@id': personId(speaker) })) }),
      ...(notes.length > 0 ? { description: notes.join(' ') } : {}),
      isBasedOn: { '@id': articleId },
      ...(lang === SOURCE_LANG
        ? {}
        : {
            workTranslation: {
              '@type': 'Quotation',
              text: quote.en,
              inLanguage: lang,
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
        '@id': `${siteUrl}#website`,
        url: siteUrl,
        name: t.siteName,
        inLanguage: LANGS,
      },
      // The article is described on the overview and the source page; quotes elsewhere refer to it by id.
      ...(page.slug === '' || page.slug === 'source' ? [article] : []),
      ...people,
      ...quotations,
    ],
  };
}

/** JSON for a `<script type="application/ld+json">`: `<` is escaped so the text can never close the tag. */
export function jsonForScript(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
