/** The UI strings, one JSON file per language: `en.json` has every key; the types make the others provide each. */
import type { Lang } from '../site.config.ts';
import en from './en.json' with { type: 'json' };
import ko from './ko.json' with { type: 'json' };

/** Every UI string key, with plain string values so each language fills in its own words. */
export type UiStrings = { readonly [K in keyof typeof en]: string };

const strings: Record<Lang, UiStrings> = { en, ko };

export function useTranslations(lang: Lang): UiStrings {
  return strings[lang];
}
