/**
 * Every fact and every quote as a search record of its own (Pagefind custom records): a reader asking
 * "who said the timing paid off?" gets the quote, linked to its anchor on its theme page, not a page to
 * scroll through. Records carry the filters (speaker, theme, kind) and what a result shows.
 */
import { personName } from '../../lib/person-name.ts';
import type { FactEntry, SiteModel } from '../../lib/site-model.ts';
import type { FilterName, RecordKind } from '../shared/index-format.ts';
import { LANGS, type Lang } from '../../site.config.ts';

/** What records are made from: the site model's facts and quotes, and its prose rendering. */
export type RecordSource = Pick<SiteModel, 'facts' | 'quotes'>;

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

/**
 * All records, both languages; in the model's source order, so browsing reads like the interview. A
 * quote and the facts that restate it are one record (the quote's, holding their statements), as the
 * page shows them once.
 */
export function searchRecords(model: RecordSource): SearchRecord[] {
  const statements = (facts: readonly FactEntry[], lang: Lang) => facts.map((fact) => fact.statement[lang]);
  const entries = [
    ...model.quotes.map((quote) => ({
      ...quote,
      kind: 'quote' as const,
      inferred: quote.attributionNote !== undefined,
      text: {
        en: [quote.en, quote.ko, ...statements(quote.facts, 'en')].join(' '),
        ko: [quote.ko, ...statements(quote.facts, 'ko')].join(' '),
      },
    })),
    ...model.facts
      .filter((fact) => fact.quote === undefined)
      .map((fact) => ({
        ...fact,
        kind: 'fact' as const,
        inferred: false,
        text: Object.fromEntries(
          LANGS.map((lang) => [
            lang,
            [fact.statement[lang], ...fact.evidence.map((evidence) => evidence.text)].join(' '),
          ]),
        ) as Record<Lang, string>,
      })),
  ].toSorted((a, b) => a.order - b.order);
  return LANGS.flatMap((lang: Lang) =>
    entries.map((entry, order) => {
      const speakers = entry.people.map((person) => person.id);
      return {
        anchor: entry.anchor,
        theme: entry.theme,
        language: lang,
        content: entry.text[lang],
        speakers,
        filters: {
          kind: [entry.kind],
          theme: [entry.theme],
          speaker: speakers,
          paragraph: entry.paragraphs.map(String),
          ...(entry.inferred ? { attribution: ['inferred'] as ['inferred'] } : {}),
        },
        meta:
          entry.people.length > 0
            ? { title: entry.people.map((person) => personName(person, lang)).join(' ') }
            : {},
        sort: { order: String(order) },
      };
    }),
  );
}
