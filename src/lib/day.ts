/** A calendar day written as an ISO day (`2026-11-28`), shown in a page's language: "November 28, 2026", "2026년 11월 28일". */
import type { Lang } from '../site.config.ts';

export function formatDay(day: string, lang: Lang): string {
  // An ISO day parses as midnight UTC; formatting in UTC keeps it the same day everywhere.
  return new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(day));
}
