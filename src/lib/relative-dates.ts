/**
 * Dates relative to the article's unknown publication day, which prose writes `{date:ID}`: rendered here,
 * saying what is unknown instead of guessing a year or month.
 */
import type { RelativeDate } from './content-schemas.ts';
import type { Lang } from '../site.config.ts';

export const DATE_TOKEN = /\{date:([a-z0-9]+(?:-[a-z0-9]+)*)\}/g;

const MONTH_NAMES = new Intl.DateTimeFormat('en', { month: 'long', timeZone: 'UTC' });
const ORDINALS = new Intl.PluralRules('en', { type: 'ordinal' });
const ORDINAL_SUFFIX: Partial<Record<Intl.LDMLPluralRule, string>> = { one: 'st', two: 'nd', few: 'rd' };

const monthName = (month: number) => MONTH_NAMES.format(new Date(Date.UTC(2000, month - 1, 1)));

/**
 * How the site writes a relative date, e.g. "July (year not given)" / "7월(연도 미상)": inside a sentence
 * ("held on the 4th (month and year not given)"), or as a label or at the start of a sentence, which
 * English capitalises ("The 4th (month and year not given)").
 */
export function formatRelativeDate(
  date: RelativeDate,
  lang: Lang,
  form: 'inline' | 'label' = 'inline',
): string {
  const text = inlineForm(date, lang === 'en');
  return form === 'label' ? text.charAt(0).toLocaleUpperCase(lang) + text.slice(1) : text;
}

function inlineForm(date: RelativeDate, en: boolean): string {
  if (date.month === 'previous') {
    return en
      ? 'the month before publication (publication date not given)'
      : '지난달(기사 게재 기준, 게재일 미상)';
  }
  if (date.day !== undefined && date.month === undefined) {
    return en
      ? `the ${date.day}${ORDINAL_SUFFIX[ORDINALS.select(date.day)] ?? 'th'} (month and year not given)`
      : `${date.day}일(연월 미상)`;
  }
  if (date.month !== undefined && date.day === undefined) {
    return en ? `${monthName(date.month)} (year not given)` : `${date.month}월(연도 미상)`;
  }
  return en
    ? `${monthName(date.month ?? 1)} ${date.day} (year not given)`
    : `${date.month}월 ${date.day}일(연도 미상)`;
}

/** The ids of the relative dates `text` refers to, in order. */
export function relativeDateIds(text: string): string[] {
  return [...text.matchAll(DATE_TOKEN)].map((match) => match[1] ?? '');
}

/**
 * `text` with every `{date:ID}` written out; an unknown id is an error (the verifier reports it first).
 * A date that opens the text opens a sentence or stands as a label, so it takes the label form.
 */
export function expandRelativeDates(text: string, dates: readonly RelativeDate[], lang: Lang): string {
  return text.replace(DATE_TOKEN, (_, id: string, offset: number) => {
    const date = dates.find((candidate) => candidate.id === id);
    if (!date) throw new Error(`Unknown relative date "${id}" in: ${text}`);
    return formatRelativeDate(date, lang, offset === 0 ? 'label' : 'inline');
  });
}
