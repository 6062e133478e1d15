/**
 * The search filters' controls: per filter (speaker, theme, kind) its legend and the values it offers
 * with their labels. The search page renders them into its HTML; the header's dialog fetches them as
 * JSON (`search-filters.json`) when it opens, so plain pages do not carry a control per theme and person.
 */
import { useTranslations } from '@/i18n';
import { getPeople, getQuotes, getSource, getThemes, themeSlug } from '@/lib/collections';
import { personName } from '@/lib/person-name';
import { FILTER_NAMES, RECORD_KINDS, type FilterName } from '@/lib/search-vocabulary';
import type { Lang } from '@/site.config';

export interface FilterGroup {
  name: FilterName;
  legend: string;
  options: { value: string; label: string }[];
}

export async function filterGroups(lang: Lang): Promise<FilterGroup[]> {
  const t = useTranslations(lang);
  // Speakers: everyone quoted, and the interviewees (who voice facts).
  const quoted = new Set([
    ...(await getQuotes()).flatMap((quote) => quote.speakers),
    ...(await getSource()).interviewees,
  ]);
  const legends: Record<FilterName, string> = {
    speaker: t.searchFilterSpeaker,
    theme: t.searchFilterTheme,
    kind: t.searchFilterKind,
  };
  const options: Record<FilterName, FilterGroup['options']> = {
    speaker: (await getPeople())
      .filter((person) => quoted.has(person.id))
      .map((person) => ({ value: person.id, label: personName(person, lang) })),
    theme: (await getThemes(lang)).map((theme) => ({ value: themeSlug(theme), label: theme.data.title })),
    kind: RECORD_KINDS.map((kind) => ({ value: kind, label: t[kind] })),
  };
  return FILTER_NAMES.map((name) => ({ name, legend: legends[name], options: options[name] }));
}
