import { DEFAULT_LANG, LANGS, type Lang } from '../site.config.ts';
import { en, type UiStrings } from './en.ts';
import { ko } from './ko.ts';

const strings: Record<Lang, UiStrings> = { en, ko };

/** UI strings for a language. */
export function useTranslations(lang: Lang): UiStrings {
  return strings[lang];
}

/** The language of the current page, from Astro's `currentLocale`. */
export function toLang(locale: string | undefined): Lang {
  return LANGS.find((lang) => lang === locale) ?? DEFAULT_LANG;
}
