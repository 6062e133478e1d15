/** Page and file URLs, built with Astro's i18n helpers from `astro.config.mjs`, so no page builds a path by hand. */
import { getAbsoluteLocaleUrl, getRelativeLocaleUrl } from 'astro:i18n';
import { assetPath } from './asset-path.ts';
import { ANCHORS, DEFAULT_LANG, LANGS, type Lang } from '@/site.config';

/** Site-relative URL of a page, optionally with a `#fragment`: `pagePath('ko', 'people')` → `/ko/people/`. */
export function pagePath(lang: Lang, slug = '', fragment?: string): string {
  return `${getRelativeLocaleUrl(lang, slug)}${fragment ? `#${fragment}` : ''}`;
}

/** Absolute URL of a page, for canonical links, Open Graph, sitemaps, citations and open data. */
export function pageUrl(lang: Lang, slug = '', fragment?: string): string {
  return `${getAbsoluteLocaleUrl(lang, slug)}${fragment ? `#${fragment}` : ''}`;
}

/** Site-relative URL of a source paragraph's row on the coverage map, where every ¶ badge points. */
export function paragraphPath(lang: Lang, paragraph: number): string {
  return pagePath(lang, 'coverage', ANCHORS.paragraph(paragraph));
}

/** Absolute URL of a file in the build output. */
export function assetUrl(file: string, site: URL | undefined): string {
  if (!site) throw new Error('`site` is not set in astro.config.mjs.');
  return new URL(assetPath(file), site).href;
}

/** The `[...page]` parameter of a page's Open Graph image routes: `ko/people`, `en/index`. */
export function ogImageRoute(lang: Lang, slug: string): string {
  return `${lang}/${slug || 'index'}`;
}

/** Path in the build output of a page's Open Graph image, or (`webp`) of a quote card's preview. */
export function ogImageFile(lang: Lang, slug: string, format: 'png' | 'webp' = 'png'): string {
  return `og/${ogImageRoute(lang, slug)}.${format}`;
}

/** The `[...lang]` route parameter of a language: none for the default language, which has no prefix. */
export function langParam(lang: Lang): string | undefined {
  return lang === DEFAULT_LANG ? undefined : lang;
}

/** `getStaticPaths` entries for a page that exists in every language. */
export function langPaths() {
  return LANGS.map((lang) => ({ params: { lang: langParam(lang) } }));
}
