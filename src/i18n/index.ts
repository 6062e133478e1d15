import { DEFAULT_LANG, LANGS, type Lang } from '@/site.config';
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

/**
 * Fills `{name}` placeholders of a UI string. Values are inserted as given: a value containing `$&` or
 * another placeholder (`{count}`) is not interpreted, unlike a string passed to `String.replace`.
 */
export function formatMessage(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (placeholder, name: string) =>
    name in values ? String(values[name]) : placeholder,
  );
}
