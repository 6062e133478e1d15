import { BASE_PATH } from '@/lib/base-path';
import { LANGS, type Lang } from '@/lib/content-schemas';
import { en, type UiStrings } from './en.ts';
import { ko } from './ko.ts';

export { LANGS, type Lang };

const strings: Record<Lang, UiStrings> = { en, ko };

/** UI strings for a language. */
export function useTranslations(lang: Lang): UiStrings {
  return strings[lang];
}

/** The language of the current page, from Astro's `currentLocale` (English when absent). */
export function toLang(locale: string | undefined): Lang {
  return locale === 'ko' ? 'ko' : 'en';
}

/** The other site language, for the language switch. */
export function otherLang(lang: Lang): Lang {
  return lang === 'en' ? 'ko' : 'en';
}

/** Name of each language in itself. */
export const LANGUAGE_NAMES: Record<Lang, string> = { en: 'English', ko: '한국어' };

/**
 * Site-relative URL of a page in a language: English at the root, Korean under `/ko/`, always with a
 * trailing slash and the configured base path. `slug` is '' for the overview.
 */
export function pagePath(lang: Lang, slug = ''): string {
  const parts = [lang === 'ko' ? 'ko' : '', slug].filter(Boolean);
  return `${BASE_PATH}${parts.map((part) => `${part}/`).join('')}`;
}

/** `getStaticPaths` entries for a page that exists in both languages (English has no prefix). */
export function langPaths() {
  return LANGS.map((lang) => ({ params: { lang: lang === 'en' ? undefined : lang }, props: { lang } }));
}
