/** Every fact and quote as a record of its own: "who said the timing paid off?" gets the quote. */
import { personName } from '../../lib/person-name.ts';
import type { SiteModel } from '../../lib/site-model.ts';
import type { FilterName } from '../shared/index-format.ts';
import { LANGS, type Lang } from '../../site.config.ts';

export type SearchRecord = ReturnType<typeof searchRecords>[number];

/**
 * All records, both languages, in source order so browsing reads like the interview. A quote and the
 * facts that restate it are one record (the quote's), as the page shows them once.
 */
export function searchRecords(model: Pick<SiteModel, 'facts' | 'quotes'>) {
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
      const speakers = entry.people.map((person) => person.id);
      return {
        /** Its page is the built page holding this anchor. */
        anchor: entry.anchor,
        theme: entry.theme,
        language: lang,
        /** The text a result's excerpt is drawn from. */
        content: entry.text(lang).join(' '),
        speakers,
        /** Ids only: results read them back to show kind, speakers, theme and ¶. */
        filters: {
          kind: [entry.kind],
          theme: [entry.theme],
          speaker: speakers,
          paragraph: entry.paragraphs.map(String),
          ...(entry.inferred ? { attribution: ['inferred'] } : {}),
        } satisfies Record<FilterName, string[]> & Record<string, string[]>,
        /** The speakers' names, weighted most ("what did Lim say?" ranks his quotes); never shown. */
        meta:
          entry.people.length > 0
            ? { title: entry.people.map((person) => personName(person, lang)).join(' ') }
            : {},
        sort: { order: String(order) },
      };
    }),
  );
}
