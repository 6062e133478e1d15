/** What the index step writes and the search UI reads. */

/** The kinds of record; also the values of the `kind` filter. */
export const RECORD_KINDS = ['fact', 'quote'] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];

/** The filters of fact and quote records, in the order the search panel shows them. */
export const FILTER_NAMES = ['speaker', 'theme', 'kind'] as const;
export type FilterName = (typeof FILTER_NAMES)[number];

/** What the header dialog fetches on opening (`search-filters.json`), so plain pages carry no controls. */
export type SearchControls = { groups: FilterGroup[]; messages: Record<string, string> };

/** A filter's controls: its legend and the values it offers, with their labels. */
export interface FilterGroup {
  name: FilterName;
  legend: string;
  options: { value: string; label: string }[];
}

/** The file, next to the Pagefind bundle, that a missed query's terms are checked against. */
export const vocabularyFile = (lang: string) => `vocabulary.${lang}.json`;

/** What the vocabulary file holds: the words, the forms, and the UI strings only a missed query shows. */
export interface VocabularyFile {
  /** Statuses when a correction runs and over pages holding most words, and the suggestions' label. */
  messages: { corrected: string; didYouMean: string; partial: string };
  /** Words the pages show: what a suggestion may offer. */
  words: string[];
  /** Other words of the extra search terms (never shown): a query term among them is known, not corrected. */
  forms: string[];
}
