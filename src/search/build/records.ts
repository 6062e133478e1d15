/**
 * Every fact and every quote as a search record of its own (Pagefind custom records): a reader asking
 * "who said the timing paid off?" gets the quote, linked to its anchor on its theme page, not a page to
 * scroll through. Records carry their filters (speaker, theme, kind, paragraph) and what a result shows.
 */
import { personName } from '../../lib/person-name.ts';
import type { SiteModel } from '../../lib/site-model.ts';
import type { FilterName } from '../shared/index-format.ts';
import { LANGS, type Lang } from '../../site.config.ts';

/** What records are made from: the site model's facts and quotes, and its prose rendering. */
export type RecordSource = Pick<SiteModel, 'facts' | 'quotes'>;

export type SearchRecord = ReturnType<typeof searchRecords>[number];

/**
 * All records, both languages; in the model's source order, so browsing reads like the interview. A
 * quote and the facts that restate it are one record (the quote's, holding their statements), as the
 * page shows them once.
 */
export function searchRecords(model: RecordSource) {
  const entries = [
    ...model.quotes.map((quote) => ({
      ...quote,
      kind: 'quote' as const,
      inferred: quote.attributionNote !== undefined,
      // The English record holds the Korean words too, as the English page shows them.
      text: (lang: Lang) => [
        quote[lang],
        ...(lang === 'en' ? [quote.ko] : []),
        ...quote.facts.map((fact) => fact.statement[lang]),
      ],
    })),
    ...model.facts
      .filter((fact) => fact.quote === undefined)
      .map((fact) => ({
        ...fact,
        kind: 'fact' as const,
        inferred: false,
        text: (lang: Lang) => [fact.statement[lang], ...fact.evidence.map((evidence) => evidence.text)],
      })),
  ].toSorted((a, b) => a.order - b.order);
  return LANGS.flatMap((lang) =>
    entries.map((entry, order) => {
      /** Person ids of the speakers, whose names are among the record's search terms. */
      const speakers = entry.people.map((person) => person.id);
      return {
        /** Anchor of the entry (`quote-good-timing`); its page is found in the build output. */
        anchor: entry.anchor,
        theme: entry.theme,
        language: lang,
        /** The text a result's excerpt is drawn from. */
        content: entry.text(lang).join(' '),
        speakers,
        /**
         * What the record is, as Pagefind filters, ids only (results read them back to show kind,
         * speakers, theme and ¶; `attribution` when the site infers the speakers).
         */
        filters: {
          kind: [entry.kind],
          theme: [entry.theme],
          speaker: speakers,
          paragraph: entry.paragraphs.map(String),
          ...(entry.inferred ? { attribution: ['inferred'] } : {}),
        } satisfies Record<FilterName, string[]> & Record<string, string[]>,
        /**
         * Pagefind's most heavily weighted field: the speakers' names, so "what did Lim say?" (임우형)
         * ranks his quotes first. Results show their own labels, never this.
         */
        meta:
          entry.people.length > 0
            ? { title: entry.people.map((person) => personName(person, lang)).join(' ') }
            : {},
        sort: { order: String(order) },
      };
    }),
  );
}
