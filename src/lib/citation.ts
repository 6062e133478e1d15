/**
 * Citations of a quote: one model built from the site model, and every format written from it. The model
 * holds only what the quote's page shows: the article gives no date, reporter or web address, so no format
 * has them; a speaker the article does not name is no author, only the page's note. A quote cited in English
 * is the fact sheet's translation of the Korean: every form says so, in its translation fields and note.
 */
import type { Data as CslData } from 'csl-json';
import { bibtexMisc } from './bibtex.ts';
import { personName, personNames } from './person-name.ts';
import { quoteCredit, quoteNotes, type QuoteEntry, type SiteModel, type SitePage } from './site-model.ts';
import { formatMessage } from '../i18n/format-message.ts';
import { useTranslations } from '../i18n/index.ts';
import { LOCALES, SOURCE_LANG, type Lang } from '../site.config.ts';

/** The citation of a quote in a language, `url` being the absolute address of its page there. */
export function quoteCitation(
  quote: QuoteEntry,
  model: Pick<SiteModel, 'publication' | 'interviewees'>,
  lang: Lang,
  url: string,
) {
  const t = useTranslations(lang);
  const translated = lang !== SOURCE_LANG;
  const title = translated ? quote.en : quote.ko;
  const values = {
    // The speakers as titles and cards credit them ("(inferred)", "said on another occasion").
    speaker: quoteCredit(quote, lang),
    publication: model.publication(lang),
    n: quote.paragraph,
    text: title,
    original: quote.ko,
    interviewees: personNames(model.interviewees, lang),
    site: t.siteName,
    url,
  };
  const notes = [formatMessage(t.citeNote, values), ...quoteNotes(quote, lang)];
  return {
    /** The same in every format. */
    key: `lgai-quote-${quote.id}-${lang}`,
    lang,
    title,
    /** The speakers' display names; none when the article names no speaker next to the quote. */
    authors: quote.attributionNote ? [] : quote.people.map((person) => personName(person, lang)),
    /** The fact sheet that presents (and, in English, translates) the quote. */
    site: t.siteName,
    // When `title` is the fact sheet's translation: the Korean it translates, its language, the translator.
    ...(translated
      ? { translation: { original: quote.ko, originalLang: SOURCE_LANG, translator: t.siteName } }
      : {}),
    url,
    /** What else the page says: the Korean original, the source paragraph, an occasion or attribution note. */
    note: notes.join(' '),
    short: formatMessage(t.citeShort, values),
    full: formatMessage(t.citeFull, values),
  };
}

/**
 * "Cite this page": the plain form and a BibTeX entry of a page in a language, `url` being its absolute
 * address. The article's date is unknown, and the note says so.
 */
export function pageCitation(
  page: SitePage,
  model: Pick<SiteModel, 'publication' | 'interviewees'>,
  lang: Lang,
  url: string,
): { plain: string; bibtex: string } {
  const t = useTranslations(lang);
  // The overview's title is the site name: cite it once.
  const title = page.kind === 'overview' ? t.siteName : page.title;
  const closed = /[.?!]$/.test(title) ? title : `${title}.`;
  const cited = page.kind === 'overview' ? '' : lang === 'ko' ? ` 「${title}」.` : ` “${closed}”`;
  const basis = formatMessage(t.citeBasis, {
    publication: model.publication(lang),
    interviewees: personNames(model.interviewees, lang),
  });
  return {
    plain: `${t.siteName}.${cited} ${url}. ${basis}`,
    bibtex: bibtexMisc(`lgai-interview-${lang}-${page.slug || 'overview'}`, {
      title,
      authors: [t.siteName],
      url,
      language: LOCALES[lang].bibtexLanguage,
      note: basis,
    }),
  };
}

type QuoteCitation = ReturnType<typeof quoteCitation>;

export function citationBibtex(citation: QuoteCitation): string {
  const { translation } = citation;
  return `${bibtexMisc(citation.key, {
    title: citation.title,
    authors: citation.authors,
    url: citation.url,
    language: LOCALES[citation.lang].bibtexLanguage,
    ...(translation
      ? {
          translators: [translation.translator],
          origtitle: translation.original,
          origlanguage: LOCALES[translation.originalLang].bibtexLanguage,
        }
      : {}),
    // @misc has no publisher: the note names the fact sheet, which a translation's note does already.
    note: translation ? citation.note : `${citation.site}. ${citation.note}`,
  })}\n`;
}

/**
 * The citation as RIS (an `ELEC` record, CRLF line ends as the format asks). RIS has no escapes: a value
 * is the rest of its line, so line breaks inside a value are folded into spaces. A translation is RIS's
 * translated title (`TT`) of the original title (`TI`, the Korean).
 */
export function citationRis(citation: QuoteCitation): string {
  const line = (tag: string, value: string) => `${tag}  - ${value.replace(/\s+/g, ' ').trim()}`;
  return `${[
    line('TY', 'ELEC'),
    ...citation.authors.map((author) => line('AU', author)),
    ...(citation.translation
      ? [line('TI', citation.translation.original), line('TT', citation.title)]
      : [line('TI', citation.title)]),
    line('PB', citation.site),
    line('UR', citation.url),
    line('LA', citation.lang),
    line('N1', citation.note),
    line('ID', citation.key),
    'ER  - ',
  ].join('\r\n')}\r\n`;
}

/** The citation as a CSL-JSON item (a `webpage`); names are literal, never split into family and given. */
export function citationCsl(citation: QuoteCitation): CslData {
  return {
    id: citation.key,
    type: 'webpage',
    title: citation.title,
    ...(citation.authors.length > 0 ? { author: citation.authors.map((literal) => ({ literal })) } : {}),
    ...(citation.translation
      ? {
          'original-title': citation.translation.original,
          translator: [{ literal: citation.translation.translator }],
        }
      : {}),
    'container-title': citation.site,
    URL: citation.url,
    language: citation.lang,
    note: citation.note,
  };
}

/** The downloadable citation files of a quote page, by extension. */
export const CITATION_FILES = {
  bib: { name: 'BibTeX', type: 'application/x-bibtex; charset=utf-8', write: citationBibtex },
  ris: { name: 'RIS', type: 'application/x-research-info-systems; charset=utf-8', write: citationRis },
  json: {
    name: 'CSL-JSON',
    type: 'application/vnd.citationstyles.csl+json; charset=utf-8',
    write: (citation: QuoteCitation) => `${JSON.stringify([citationCsl(citation)], null, 2)}\n`,
  },
} as const;

export type CitationFile = keyof typeof CITATION_FILES;
