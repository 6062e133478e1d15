/**
 * Route data: what a page needs from the site model, resolved once per request by the middleware (as
 * Starlight resolves `Astro.locals.starlightRoute`) and read from `Astro.locals`.
 */
import { useTranslations } from '../i18n/index.ts';
import { DEFAULT_LANG, LANGS, LOCALES, SOURCE_LANG, type Lang } from '../site.config.ts';
import { assetUrl, ogImageFile, pageUrl } from './page-urls.ts';
import type { SiteModel, SitePage } from './site-model.ts';

/** The route data of the page at a site-relative address in a language. */
export function routeData(model: SiteModel, lang: Lang, href: string, site: URL | undefined) {
  const found = model.pageAt(href);
  const page = (): SitePage => {
    if (!found) throw new Error(`The site model has no page at ${href}.`);
    return found;
  };
  const t = useTranslations(lang);
  const nav = model.nav(lang);
  const themeIndex = found?.kind === 'theme' ? nav.themes.indexOf(found) : -1;
  const slug = found?.slug ?? '';
  const url = (l: Lang) => pageUrl(l, slug);
  const other = LANGS.find((l) => l !== lang) ?? DEFAULT_LANG;
  return {
    lang,
    t,
    model,
    /** The page being rendered (files such as feeds and images have none: reading it there throws). */
    get page() {
      return page();
    },
    /** The pages of the language, grouped for navigation. */
    nav,
    /** The theme before and after a theme page, in navigation order. */
    previous: themeIndex > 0 ? nav.themes[themeIndex - 1] : undefined,
    next: themeIndex >= 0 ? nav.themes[themeIndex + 1] : undefined,
    /** What the page's `<head>` says about it. */
    get head() {
      const { title } = page();
      return {
        /** The page's title and the site's name (the overview: the site's name alone). */
        title: slug === '' ? t.siteName : `${title} · ${t.siteName}`,
        canonical: url(lang),
        /** The page in each language, the default language's also as `x-default`. */
        alternates: [
          ...LANGS.map((l) => ({ hreflang: l, href: url(l) })),
          { hreflang: 'x-default', href: url(DEFAULT_LANG) },
        ],
        ogImage: assetUrl(ogImageFile(lang, slug), site),
      };
    },
    /** Whether the page translates the Korean source, so Korean originals are shown beside the site's wording. */
    translated: lang !== SOURCE_LANG,
    /** The page in the language the language switch offers. */
    other: { lang: other, name: LOCALES[other].name, href: model.page(other, slug)?.href ?? href },
  };
}

export type RouteData = ReturnType<typeof routeData>;
