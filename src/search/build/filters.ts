/**
 * The search filters' controls, from the site model: in the search page's HTML, and fetched by the header's
 * dialog (`search-filters.json`) when it opens, so plain pages do not carry a control per theme and person.
 */
import { useTranslations, type UiStrings } from '@/i18n';
import { personName } from '../../lib/person-name.ts';
import type { SiteModel } from '../../lib/site-model.ts';
import { FILTER_NAMES, RECORD_KINDS, type FilterGroup, type FilterName } from '../shared/index-format.ts';
import type { Lang } from '@/site.config';

export function filterGroups(model: SiteModel, lang: Lang): FilterGroup[] {
  const t = useTranslations(lang);
  // Speakers: everyone quoted, and the interviewees (who voice facts).
  const quoted = new Set([...model.quotes.flatMap((quote) => quote.speakers), ...model.meta.interviewees]);
  const legends: Record<FilterName, string> = {
    speaker: t.searchFilterSpeaker,
    theme: t.searchFilterTheme,
    kind: t.searchFilterKind,
  };
  const options: Record<FilterName, FilterGroup['options']> = {
    speaker: model.people
      .filter((person) => quoted.has(person.id))
      .map((person) => ({ value: person.id, label: personName(person, lang) })),
    theme: model
      .pages(lang)
      .filter((page) => page.kind === 'theme')
      .map((page) => ({ value: page.slug, label: page.title })),
    kind: RECORD_KINDS.map((kind) => ({ value: kind, label: t[kind] })),
  };
  return FILTER_NAMES.map((name) => ({ name, legend: legends[name], options: options[name] }));
}

/**
 * The words a search panel shows about its results, by dataset key (`msgNone`: `data-msg-none`), carried
 * as the controls are. "Searching…" and the error are in every panel's HTML, before this arrives.
 */
export function panelMessages(t: UiStrings): Record<string, string> {
  return {
    msgNone: t.searchNoResults,
    msgCountOne: t.searchCountOne,
    msgCountOther: t.searchCountOther,
    msgPadded: t.searchPadded,
    msgBrowseNone: t.searchBrowseNone,
    msgBrowseOne: t.searchBrowseOne,
    msgBrowseOther: t.searchBrowseOther,
    labelParagraph: t.paragraphNumber,
    labelInferred: t.attributedSpeakers,
  };
}
