/**
 * The site model: the content resolved once, as plain data with no Astro imports, so pages, search
 * records, open data, JSON-LD, the OG route, tools and tests all read the same answers. Its prose is
 * rendered: `{date:ID}` is written out ("July (year not given)") here, so no output can show a raw token.
 */
import type { BilingualText, Correction, Evidence, Fact, Person, Quote } from './content-schemas.ts';
import type { modelContent } from './content-files.ts';
import { currentWording, latestDay, parseWordingKey, pendingChanges } from './published-wording.ts';
import { josa } from 'es-hangul';
import { expandRelativeDates, formatRelativeDate } from './relative-dates.ts';
import { inSourceOrder, isVerbatimIn } from './source-text.ts';
import { onlyNamesSpeaker, voiceSpeakers } from './voice.ts';
import { useTranslations } from '../i18n/index.ts';
import { formatMessage } from '../i18n/format-message.ts';
import {
  ANCHORS,
  LANGS,
  quotePageSlug,
  SECTIONS,
  SOURCE_LANG,
  type Lang,
  type Section,
} from '../site.config.ts';
import { personNames } from './person-name.ts';
import { truncateText } from './truncate.ts';

/** Validated content, as Astro's collections or the Node loader give it. */
export type ModelContent = ReturnType<typeof modelContent>;

/** What facts and quotes share: where they are on the site and in the source. */
interface Placed {
  /** Element id on the theme page, from the registry (`fact-…`, `quote-…`). */
  anchor: string;
  /** Site-relative link to it: its theme page in `lang`, at the anchor. */
  href(lang: Lang): string;
  /** Position in the one source order of facts and quotes (paragraph, then where its Korean starts), from 0. */
  order: number;
  /** Paragraph numbers it cites, in citation order, each once. */
  paragraphs: number[];
  /** The people who said it: a quote's speakers; a fact's voice (both interviewees for `co-heads`). */
  people: Person[];
  /** The corrections made to its wording, oldest first (minor ones are in the log only). */
  corrections: CorrectionEntry[];
}

export type FactEntry = Fact &
  Placed & {
    /** The quote of its theme one of its excerpts lies in: shown once, with this fact as its summary. */
    quote: QuoteEntry | undefined;
    /** What its card shows as evidence: no quote of its theme, nor (under its quote) only the speaker's name. */
    ownEvidence: Evidence[];
  };
export type QuoteEntry = Quote &
  Placed & {
    /** The facts that restate it, in source order. */
    facts: FactEntry[];
    /**
     * The other facts citing its paragraph but not its words: its own theme's first, at most
     * {@link SAME_PARAGRAPH_SHOWN}; when `total` is more, its page links to the coverage map.
     */
    sameParagraph: { shown: FactEntry[]; total: number };
    /** Slug of its own page (shared by both languages), where it is shared and cited from. */
    pageSlug: string;
    /** Site-relative link to its own page in `lang`. */
    pageHref(lang: Lang): string;
  };

/** One sentence a correction changed, with its wording before and after (relative dates written out). */
export interface WordingChangeEntry {
  entry: FactEntry | QuoteEntry;
  /** Which of its sentences: a fact's statement, a quote's own words, or one of a quote's notes. */
  field: 'statement' | 'text' | 'attributionNote' | 'occasion';
  lang: Lang;
  before: string;
  after: string;
  /** What the sentence is, for a reader of `lang`: "Fact · Sovereign AI: English translation". */
  label(lang: Lang): string;
}

/** An entry of the corrections log, with the facts and quotes it corrected. */
export type CorrectionEntry = Omit<Correction, 'facts' | 'quotes'> & {
  facts: FactEntry[];
  quotes: QuoteEntry[];
  /** Each sentence it changed: the recorded changes, then those it logs that are not recorded yet. */
  changes: WordingChangeEntry[];
  /** The changes the log in `lang` shows (else the other language's), with a note when one language alone changed. */
  changesShown(lang: Lang): { changes: WordingChangeEntry[]; note: string | undefined };
  /** Element id on the corrections page, from the registry (`correction-…`). */
  anchor: string;
  /** The page of the log it is on, from 1 (the oldest); it stays there as the log grows. */
  logPage: number;
  /** Site-relative link to it on the corrections page in `lang`. */
  href(lang: Lang): string;
  /** What it corrected, in a few words: `Fact · Industry strategy, Quote · Sovereign AI`. */
  subject(lang: Lang): string;
};

/** What a page's Open Graph card draws: a page's kicker and title, or a quote with its source. */
export type PageCard =
  | { kind: 'page'; kicker: string; title: string }
  | {
      kind: 'quote';
      /** The quote in the page's language (English pages: the translation). */
      text: string;
      /** The Korean original, drawn beneath a translation; absent on Korean cards. */
      original?: string;
      /** Who said it, as {@link quoteCredit} gives it. */
      speaker: string;
      /** Publication, paragraph and translator: "Asia Economy (아시아경제) ¶5 · translated by this fact sheet". */
      source: string;
    };

/** Corrections per page of the log: each shows its sentences before and after, within the first-visit budget. */
const CORRECTIONS_PER_PAGE = 6;

/** The slug of a page of the corrections log (`corrections/1`, the oldest…), or of its front page. */
export function logSlug(number?: number): string {
  return number === undefined ? 'corrections' : `corrections/${number}`;
}

/** A page of the site in one language. */
export interface SitePage {
  kind: 'overview' | 'theme' | 'section' | 'quote';
  /** Slug shared by both languages ('' for the overview). */
  slug: string;
  href: string;
  title: string;
  /** Short label for navigation. */
  label: string;
  /** What the page is about, in one or two sentences (its meta description). */
  description: string;
  section?: Section;
  /** The quote a quote page is about. */
  quote?: QuoteEntry;
  /** A page of the corrections log: its number (from 1, the oldest), the log's page count, its entries. */
  log?: { number: number; count: number; corrections: CorrectionEntry[] };
  card: PageCard;
}

/** Characters of a quote that a quote page's title keeps (the page shows it in full). */
const QUOTE_TITLE_LENGTH = 60;
/** Other facts of its paragraph a quote page lists: more than a paragraph usually has, few enough to stay small. */
export const SAME_PARAGRAPH_SHOWN = 8;

function byId<T extends { id: string }>(list: readonly T[], what: string): (id: string) => T {
  const map = new Map(list.map((item) => [item.id, item]));
  return (id) => {
    const item = map.get(id);
    if (!item) throw new Error(`Unknown ${what} "${id}".`);
    return item;
  };
}

/**
 * Content with the site's own prose rendered per language: the fields the verifier checks as the site's
 * sentences. The article's Korean (a quote, a role, the place, a term) stays exactly as the source has it.
 */
function renderedProse(content: ModelContent, render: (text: string, lang: Lang) => string): ModelContent {
  const both = <T extends BilingualText | undefined>(text: T): T =>
    text && ({ ...text, en: render(text.en, 'en'), ko: render(text.ko, 'ko') } as T);
  const english = <T extends { en: string }>(text: T): T => ({ ...text, en: render(text.en, 'en') });
  return {
    ...content,
    meta: { ...content.meta, place: english(content.meta.place) },
    people: content.people.map((person) => ({ ...person, roles: person.roles.map(english) })),
    quotes: content.quotes.map((quote) => ({
      ...english(quote),
      attributionNote: both(quote.attributionNote),
      occasion: both(quote.occasion),
    })),
    facts: content.facts.map((fact) => ({ ...fact, statement: both(fact.statement) })),
    corrections: content.corrections.map((c) => ({ ...c, what: both(c.what), why: both(c.why) })),
    themes: content.themes.map((theme) => {
      const { title, description, navTitle } = theme.data;
      const own = (text: string) => render(text, theme.lang);
      const data = { ...theme.data, title: own(title), description: own(description) };
      return { ...theme, data: navTitle ? { ...data, navTitle: own(navTitle) } : data };
    }),
    glossary: content.glossary.map((term) => ({
      ...term,
      term: english(term.term),
      definition: both(term.definition),
    })),
    timeline: content.timeline.map((event) => ({
      ...event,
      date: both(event.date),
      event: both(event.event),
      orderNote: both(event.orderNote),
    })),
  };
}

/** `pagePath` gives a page's site-relative address: `(lang, slug) → '/ko/people/'` (with the base path). */
export function buildSiteModel(source: ModelContent, pagePath: (lang: Lang, slug: string) => string) {
  const render = (text: string, lang: Lang) => expandRelativeDates(text, source.meta.relativeDates, lang);
  const content = renderedProse(source, render);
  const { meta } = content;
  const firstMention = (person: Person) => Math.min(...person.roles.map((role) => role.evidence.paragraph));
  const people = content.people.toSorted(
    (a, b) => Number(b.interviewee) - Number(a.interviewee) || firstMention(a) - firstMention(b),
  );
  const person = byId(people, 'person');
  const date = byId(meta.relativeDates, 'relative date');
  const interviewDay = date(meta.day);

  // One source order for facts and quotes together: a fact by its first excerpt, a quote by its text.
  const sourceOrder = inSourceOrder<Fact | Quote>(
    [...content.facts, ...content.quotes],
    (entry) => ('evidence' in entry ? entry.evidence[0] : { paragraph: entry.paragraph, text: entry.ko }),
    content.paragraphs,
  );
  const orderOf = new Map(sourceOrder.map((entry, order) => [entry, order]));
  const placed = (entry: Fact | Quote, theme: string, anchor: string) => ({
    anchor,
    order: orderOf.get(entry) ?? sourceOrder.length,
    href: (lang: Lang) => `${pagePath(lang, theme)}#${anchor}`,
    corrections: [],
  });
  const inOrder = <T extends { order: number }>(list: T[]) => list.toSorted((a, b) => a.order - b.order);
  const facts = inOrder(
    content.facts.map((fact): FactEntry => ({
      ...fact,
      ...placed(fact, fact.theme, ANCHORS.fact(fact.id)),
      paragraphs: [...new Set(fact.evidence.map((evidence) => evidence.paragraph))],
      people: fact.voice === undefined ? [] : voiceSpeakers(fact.voice, meta.interviewees).map(person),
      quote: undefined,
      ownEvidence: fact.evidence,
    })),
  );
  const quotes = inOrder(
    content.quotes.map((quote): QuoteEntry => ({
      ...quote,
      ...placed(quote, quote.theme, ANCHORS.quote(quote.id)),
      paragraphs: [quote.paragraph],
      people: quote.speakers.map(person),
      facts: [],
      sameParagraph: { shown: [], total: 0 },
      pageSlug: quotePageSlug(quote.id),
      pageHref: (lang: Lang) => pagePath(lang, quotePageSlug(quote.id)),
    })),
  );
  // A fact rests on the first quote of its theme that one of its excerpts lies in.
  const inQuote = (evidence: Evidence, quote: Quote) =>
    evidence.paragraph === quote.paragraph && isVerbatimIn(evidence.text, quote.ko);
  const quotesByTheme = Map.groupBy(quotes, (quote) => quote.theme);
  for (const fact of facts) {
    const themeQuotes = quotesByTheme.get(fact.theme) ?? [];
    for (const evidence of fact.evidence) {
      fact.quote ??= themeQuotes.find((quote) => inQuote(evidence, quote));
    }
    fact.ownEvidence = fact.evidence.filter(
      (evidence) =>
        !themeQuotes.some((quote) => inQuote(evidence, quote)) &&
        // Under its quote, the fact's voice label names the speaker: an excerpt naming only them adds nothing.
        !(fact.quote && onlyNamesSpeaker(evidence.text, fact.people)),
    );
    fact.quote?.facts.push(fact);
  }
  const citing = Map.groupBy(
    facts.flatMap((fact) => fact.paragraphs.map((paragraph) => ({ paragraph, fact }))),
    (citation) => citation.paragraph,
  );
  for (const quote of quotes) {
    // A fact that cites the quote's own words (restating it, or another quote with it) would say them again.
    const others = (citing.get(quote.paragraph) ?? [])
      .map((citation) => citation.fact)
      .filter((fact) => !fact.evidence.some((evidence) => inQuote(evidence, quote)));
    quote.sameParagraph = {
      shown: [
        ...others.filter((fact) => fact.theme === quote.theme),
        ...others.filter((fact) => fact.theme !== quote.theme),
      ].slice(0, SAME_PARAGRAPH_SHOWN),
      total: others.length,
    };
  }

  const fact = byId(facts, 'fact');
  const quote = byId(quotes, 'quote');
  const changes = [
    ...content.published.changes,
    ...pendingChanges(
      content.published,
      // The lock keeps the wording as written (with its `{date:ID}` tokens), so it is compared with the source.
      currentWording(source.facts, source.quotes),
      content.corrections,
      // The day the verifier accepts a correction's date on: the latest anywhere on Earth.
      latestDay(),
    ).flatMap((change) => (change.correction ? [{ ...change, correction: change.correction.id }] : [])),
  ];
  // What a fact or quote is: "Fact · Sovereign AI". It reads the pages, built after the corrections, so it
  // is only called once the model is built (labels, subjects).
  const entryLabel = (entry: FactEntry | QuoteEntry, lang: Lang) => {
    const t = useTranslations(lang);
    return `${'speakers' in entry ? t.quote : t.fact} · ${ofLang(lang).bySlug.get(entry.theme)?.title}`;
  };
  const changesOf = (id: string) =>
    changes
      .filter((change) => change.correction === id)
      .map((change): WordingChangeEntry => {
        const key = parseWordingKey(change.key);
        const entry = key.kind === 'fact' ? fact(key.id) : quote(key.id);
        const field = key.field as WordingChangeEntry['field'];
        return {
          entry,
          field,
          lang: key.lang,
          before: render(change.before, key.lang),
          after: render(change.after, key.lang),
          label: (lang) => {
            const t = useTranslations(lang);
            const what = {
              statement: t.wordingStatement,
              text: key.lang === 'ko' ? t.wordingText : t.wordingTranslation,
              attributionNote: t.wordingAttributionNote,
              occasion: t.wordingOccasion,
            }[field];
            // A quote's own words name their language already (Quotation, English translation).
            const named =
              key.lang === lang || field === 'text'
                ? what
                : formatMessage(t.wordingInOtherLanguage, { what });
            return `${entryLabel(entry, lang)}: ${named}`;
          },
        };
      });
  // Astro's collections and the Node loader list entries in different orders: ids break a tie.
  const newestFirst = content.corrections.toSorted(
    (a, b) => b.date.localeCompare(a.date) || b.id.localeCompare(a.id),
  );
  const corrections = newestFirst.map((correction, i): CorrectionEntry => {
    const anchor = ANCHORS.correction(correction.id);
    const changed = changesOf(correction.id);
    // Pages count from the oldest, so a correction keeps its page (and its link) as the log grows.
    const logPage = Math.floor((newestFirst.length - 1 - i) / CORRECTIONS_PER_PAGE) + 1;
    const [facts, quotes] = [correction.facts.map(fact), correction.quotes.map(quote)];
    return {
      ...correction,
      facts,
      quotes,
      changes: changed,
      changesShown: (lang) => {
        const t = useTranslations(lang);
        const own = changed.filter((change) => change.lang === lang);
        const other = changed.filter((change) => change.lang !== lang);
        if (own.length > 0) {
          return { changes: own, note: other.length === 0 ? t.correctionThisLanguageOnly : undefined };
        }
        return { changes: other, note: other.length > 0 ? t.correctionOtherLanguageOnly : undefined };
      },
      anchor,
      logPage,
      href: (lang) => `${pagePath(lang, logSlug(logPage))}#${anchor}`,
      subject: (lang) => [...facts, ...quotes].map((entry) => entryLabel(entry, lang)).join(', '),
    };
  });
  const logPages = Math.ceil(corrections.length / CORRECTIONS_PER_PAGE);
  const logOf = (number: number) => ({
    number,
    count: logPages,
    corrections: corrections.filter((correction) => correction.logPage === number),
  });
  // A minor correction is in the log only: it changed nothing a reader could cite.
  for (const correction of corrections.toReversed().filter((correction) => !correction.minor)) {
    for (const entry of [...correction.facts, ...correction.quotes]) entry.corrections.push(correction);
  }

  /** The publication as pages in `lang` name it: "Asia Economy (아시아경제)", "아시아경제". */
  const publication = (lang: Lang) =>
    lang === SOURCE_LANG
      ? meta.publication[lang]
      : `${meta.publication[lang]} (${meta.publication[SOURCE_LANG]})`;
  const languages = LANGS.map((lang) => {
    const t = useTranslations(lang);
    const page = (
      kind: SitePage['kind'],
      slug: string,
      title: string,
      description: string,
      kicker = t.siteShortName,
    ): SitePage => ({
      kind,
      slug,
      href: pagePath(lang, slug),
      title,
      label: title,
      description,
      card: { kind: 'page', kicker, title },
    });
    const overview: SitePage = {
      ...page(
        'overview',
        '',
        t.overview,
        formatMessage(t.overviewIntro, {
          // The Korean sentence opens with the publication as its subject.
          publication: lang === 'ko' ? josa(publication(lang), '이/가') : publication(lang),
          day: formatRelativeDate(interviewDay, lang),
          place: meta.place[lang],
        }),
      ),
      card: { kind: 'page', kicker: `${t.interviewAt} · ${meta.publication[lang]}`, title: t.siteName },
    };
    const themes = content.themes
      .filter((theme) => theme.lang === lang)
      .toSorted((a, b) => a.data.order - b.data.order)
      .map((theme): SitePage => ({
        ...page('theme', theme.id, theme.data.title, theme.data.description, t.themes),
        label: theme.data.navTitle ?? theme.data.title,
      }));
    const sections = SECTIONS.map((section): SitePage => ({
      ...page('section', section.slug, t[section.slug], t[`${section.slug}Intro`]),
      section,
      ...(section.slug === 'corrections' ? { log: logOf(Math.max(logPages, 1)) } : {}),
    }));
    const correctionsSection = SECTIONS.find((section) => section.slug === 'corrections');
    const logArchive = Array.from({ length: logPages }, (_, i): SitePage => ({
      ...page('section', logSlug(i + 1), formatMessage(t.correctionsPage, { n: i + 1 }), t.correctionsIntro),
      ...(correctionsSection ? { section: correctionsSection } : {}),
      log: logOf(i + 1),
    }));
    const quotePages = quotes.map((quote): SitePage => {
      const speaker = quoteCredit(quote, lang);
      const text = quote[lang];
      const source = `${publication(lang)} ${t.paragraphShort}${quote.paragraph}`;
      return {
        ...page(
          'quote',
          quote.pageSlug,
          formatMessage(t.quoteTitle, { speaker, text: truncateText(text, QUOTE_TITLE_LENGTH, lang) }),
          text,
        ),
        label: quoteByline(quote, lang),
        quote,
        card: {
          kind: 'quote',
          text,
          ...(lang === SOURCE_LANG ? {} : { original: quote.ko }),
          speaker,
          source: lang === SOURCE_LANG ? source : `${source} · ${t.cardTranslation}`,
        },
      };
    });
    const pages = [overview, ...themes, ...sections, ...quotePages, ...logArchive];
    /** The pages grouped as the navigation, the footer and the search page's list show them. */
    const nav = {
      overview,
      themes,
      /** Sections the main navigation links to. */
      reference: sections.filter((section) => section.section?.nav),
      /** Every section's own page, in registry order (the footer lists them all). */
      sections,
    };
    return { id: lang, pages, bySlug: new Map(pages.map((page) => [page.slug, page])), nav };
  });
  const ofLang = byId(languages, 'language');
  const pagesByHref = new Map(languages.flatMap(({ pages }) => pages.map((page) => [page.href, page])));

  return {
    meta,
    /** The interview text as numbered paragraphs. */
    paragraphs: content.paragraphs.map((text, i) => ({ number: i + 1, text })),
    /** Everyone the article names: interviewees first, then in the order the article names them. */
    people,
    interviewees: meta.interviewees.map(person),
    /** The day of the interview, which the article gives relative to its unknown publication day. */
    interviewDay,
    /** Facts and quotes in source order. */
    facts,
    quotes,
    /** The corrections log, newest first (by date, then by id, the last first). */
    corrections,
    person,
    /** The quotes a person said, alone or jointly, in source order. */
    quotesOf: (personId: string) => quotes.filter((quote) => quote.speakers.includes(personId)),
    publication,
    fact,
    quote,
    /** A date the article gives relative to its publication day, by id. */
    date,
    /** The glossary, in the order of the file. */
    glossary: content.glossary,
    timeline: content.timeline.toSorted((a, b) => a.order - b.order),
    /**
     * The pages of a language: the overview, themes and sections in navigation order, one page per quote
     * in source order, then every numbered page of the corrections log, oldest first (the newest is also
     * the log's front page, `corrections/`).
     */
    pages: (lang: Lang) => ofLang(lang).pages,
    /** The page of a language at a slug (`''` for the overview), if there is one. */
    page: (lang: Lang, slug: string) => ofLang(lang).bySlug.get(slug),
    /** The page at a site-relative address (`/ko/people/`), if there is one. */
    pageAt: (href: string) => pagesByHref.get(href),
    nav: (lang: Lang) => ofLang(lang).nav,
  };
}

/** The site model, its prose rendered (see the module comment). */
export type SiteModel = ReturnType<typeof buildSiteModel>;

type Speakers = Pick<QuoteEntry, 'people' | 'attributionNote'>;

/** Who said a quote, as its byline gives it: the display names, marked as inferred when the article names no one. */
export function quoteByline(quote: Speakers, lang: Lang): string {
  const names = personNames(quote.people, lang);
  return quote.attributionNote ? formatMessage(useTranslations(lang).attributedSpeakers, { names }) : names;
}

/** Who said a quote, noted where its byline is not shown: inferred, or jointly; none for one named speaker. */
export function speakerNote(quote: Speakers, lang: Lang): string | undefined {
  const t = useTranslations(lang);
  const names = personNames(quote.people, lang);
  if (quote.attributionNote) return formatMessage(t.speakerNotNamed, { names });
  return quote.people.length > 1 ? formatMessage(t.jointStatement, { names }) : undefined;
}

/** What a page says next to a quote besides its byline: when it was said, and whom the site infers. */
export function quoteNotes(quote: Pick<QuoteEntry, 'occasion' | 'attributionNote'>, lang: Lang): string[] {
  const t = useTranslations(lang);
  return [
    ...(quote.occasion ? [`${t.occasion}: ${quote.occasion[lang]}`] : []),
    ...(quote.attributionNote ? [`${t.attribution}: ${quote.attributionNote[lang]}`] : []),
  ];
}

/** Who said a quote, as titles, cards and citations credit it: the byline, and "said on another occasion" if so. */
export function quoteCredit(quote: Speakers & Pick<QuoteEntry, 'occasion'>, lang: Lang): string {
  const speaker = quoteByline(quote, lang);
  return quote.occasion ? formatMessage(useTranslations(lang).saidOnAnotherOccasion, { speaker }) : speaker;
}
