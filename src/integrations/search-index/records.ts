/**
 * Every fact and every quote as a search record of its own (Pagefind custom records): a reader asking
 * "who said the timing paid off?" gets the quote, linked to its anchor on its theme page, not a page to
 * scroll through. Records carry the filters (speaker, theme, kind) and what a result shows.
 */
import { personName } from '../../lib/person-name.ts';
import type { Fact, Person, Quote, SourceMeta } from '../../lib/content-schemas.ts';
import { expandRelativeDates } from '../../lib/relative-dates.ts';
import { inSourceOrder } from '../../lib/source-text.ts';
import { voiceSpeakers } from '../../lib/voice.ts';
import type { FilterName, RecordKind } from '../../lib/search-vocabulary.ts';
import { ANCHORS, LANGS, type Lang } from '../../site.config.ts';

/** What records are made from, already validated. */
export interface RecordSource {
  facts: readonly Fact[];
  quotes: readonly Quote[];
  people: readonly Person[];
  /**
   * From the source metadata: the interviewees (the speakers of a fact voiced by `co-heads`) and the
   * dates statements refer to as `{date:ID}`, written out as the pages write them.
   */
  meta: Pick<SourceMeta, 'interviewees' | 'relativeDates'>;
  /** The source text, paragraph 1 first: records follow its order. */
  paragraphs: readonly string[];
}

/** A record before its extra search terms are added. */
export interface SearchRecord {
  /** Anchor of the entry, e.g. `quote-good-timing`; its page is found in the build output. */
  anchor: string;
  theme: string;
  language: Lang;
  /** The text a result's excerpt is drawn from. */
  content: string;
  /** Person ids of the speakers, for the search terms. */
  speakers: string[];
  /**
   * What the record is, as Pagefind filters (the result reads them back to show kind, speakers, theme
   * and ¶): ids only, so no label is searchable and none is stored twice.
   */
  filters: {
    kind: [RecordKind];
    theme: [string];
    speaker: string[];
    paragraph: string[];
    /** `inferred` when the article names no speaker and the site infers them: results say so. */
    attribution?: ['inferred'];
  } & Record<FilterName, string[]>;
  /**
   * Pagefind's `title`, the most heavily weighted field: the speakers' names, so "what did Lim say?"
   * (임우형) ranks his quotes first. Results show their own labels, never this.
   */
  meta: { title?: string };
  sort: { order: string };
}

/** All records, both languages; ordered by source paragraph so browsing reads like the interview. */
export function searchRecords(source: RecordSource): SearchRecord[] {
  const entries = [
    ...source.quotes.map((quote) => ({
      kind: 'quote' as const,
      id: quote.id,
      theme: quote.theme,
      speakers: quote.speakers,
      paragraphs: [quote.paragraph],
      inferred: quote.attributionNote !== undefined,
      place: { paragraph: quote.paragraph, text: quote.ko },
      text: { en: `${quote.en} ${quote.ko}`, ko: quote.ko },
    })),
    ...source.facts.map((fact) => ({
      kind: 'fact' as const,
      id: fact.id,
      theme: fact.theme,
      // A context fact speaks through its citation: no speaker.
      speakers: fact.voice === undefined ? [] : voiceSpeakers(fact.voice, source.meta.interviewees),
      paragraphs: [...new Set(fact.evidence.map((evidence) => evidence.paragraph))],
      inferred: false,
      place: fact.evidence[0],
      text: Object.fromEntries(
        LANGS.map((lang) => [
          lang,
          [
            expandRelativeDates(fact.statement[lang], source.meta.relativeDates, lang),
            ...fact.evidence.map((evidence) => evidence.text),
          ].join(' '),
        ]),
      ) as Record<Lang, string>,
    })),
  ];
  const ordered = inSourceOrder(entries, (entry) => entry.place, source.paragraphs);
  const name = (id: string, lang: Lang) => {
    const person = source.people.find((candidate) => candidate.id === id);
    return person && personName(person, lang);
  };
  return LANGS.flatMap((lang: Lang) =>
    ordered.map((entry, order) => ({
      anchor: ANCHORS[entry.kind](entry.id),
      theme: entry.theme,
      language: lang,
      content: entry.text[lang],
      speakers: [...entry.speakers],
      filters: {
        kind: [entry.kind],
        theme: [entry.theme],
        speaker: [...entry.speakers],
        paragraph: entry.paragraphs.map(String),
        ...(entry.inferred ? { attribution: ['inferred'] as ['inferred'] } : {}),
      },
      meta: entry.speakers.length > 0 ? { title: entry.speakers.map((id) => name(id, lang)).join(' ') } : {},
      sort: { order: String(order).padStart(4, '0') },
    })),
  );
}
