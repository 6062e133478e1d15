/**
 * The site's registry: its locales, its sections and where it is published. Everything that lists pages
 * or languages reads it; it imports nothing from Astro, so command-line tools and tests can read it too.
 */

/** Everything the site needs to know about a language it is published in. */
export interface LocaleInfo {
  /** The language's name in itself, for the language switch. */
  readonly name: string;
  /** Open Graph `og:locale`. */
  readonly ogLocale: string;
  /** BibTeX `language` field of the "Cite this page" block. */
  readonly bibtexLanguage: string;
  readonly dir: 'ltr' | 'rtl';
}

/** The languages the site is published in; the first is the default (served without a URL prefix). */
export const LOCALES = {
  en: { name: 'English', ogLocale: 'en_US', bibtexLanguage: 'english', dir: 'ltr' },
  ko: { name: '한국어', ogLocale: 'ko_KR', bibtexLanguage: 'korean', dir: 'ltr' },
} as const satisfies Record<string, LocaleInfo>;

export type Lang = keyof typeof LOCALES;
export const LANGS = Object.keys(LOCALES) as Lang[];
export const DEFAULT_LANG: Lang = 'en';
/** The language of the interview: a quote in any other language is the site's translation. */
export const SOURCE_LANG: Lang = 'ko';

/** A site section other than the overview and the theme pages (themes come from `content/themes/`). */
export interface Section {
  /** URL segment in every language and the key of its title in `src/i18n/`; its page is `[...lang]/<slug>.astro`. */
  readonly slug: string;
  /** Whether its main content goes into the search index and the sitemap, and carries a citation. */
  readonly indexed: boolean;
  /** Whether the main navigation links to it (search has its own button in the header instead). */
  readonly nav: boolean;
}

/** The reference sections, in navigation order. */
export const SECTIONS = [
  { slug: 'people', indexed: true, nav: true },
  { slug: 'timeline', indexed: true, nav: true },
  { slug: 'glossary', indexed: true, nav: true },
  { slug: 'source', indexed: true, nav: true },
  { slug: 'coverage', indexed: false, nav: false },
  { slug: 'corrections', indexed: false, nav: false },
  // The quotes index; each quote's own page is below it (see `quotePageSlug`).
  { slug: 'quotes', indexed: true, nav: false },
  { slug: 'search', indexed: false, nav: false },
  // What the offline copy is; also the page a saved copy shows offline for a page it does not hold.
  { slug: 'offline', indexed: false, nav: false },
] as const satisfies readonly Section[];

/** Top-level folders besides language prefixes: routes outside `src/pages/[...lang]` (a test checks) and `pagefind`. */
export const ROOT_ROUTES = ['data', 'icons', 'og', 'pagefind'] as const;

/** Slug of a quote's own page, below the quotes index: `quotes/good-timing`. */
export function quotePageSlug(id: string): string {
  return `quotes/${id}`;
}

/** Element ids that links point at, so every page builds them the same way. */
export const ANCHORS = {
  fact: (id: string) => `fact-${id}`,
  quote: (id: string) => `quote-${id}`,
  /** A paragraph of the source text on the source page. */
  paragraph: (n: number) => `p-${n}`,
  /** A person on the people page. */
  person: (id: string) => id,
  /** An entry of the corrections log on the corrections page. */
  correction: (id: string) => `correction-${id}`,
};

/** Slugs of pages that are left out of the search index and the sitemap. */
export const UNINDEXED_SLUGS: readonly string[] = SECTIONS.filter((s) => !s.indexed).map((s) => s.slug);

export function isIndexed(slug: string): boolean {
  // A section's later pages (corrections/2) are indexed as the section is.
  return !UNINDEXED_SLUGS.includes(slug.split('/')[0] ?? slug);
}

/** The origin a local build is served at (`npm start`, the tests' static server, the dev server). */
export const LOCAL_ORIGIN = 'http://localhost:4321';

/**
 * Where the site is published: `SITE_URL`, or on Netlify its production address `URL` (Cloudflare Pages
 * gives only each deployment's preview host, never a canonical address, so there `SITE_URL` is required).
 * Undefined when nothing says: a build then stops, the dev server uses {@link LOCAL_ORIGIN}.
 */
export function siteOrigin(env: Record<string, string | undefined> = process.env): string | undefined {
  return env.SITE_URL || env.URL || undefined;
}

/** Sub-path the site is served under (`BASE_PATH`), always with slashes at both ends: '/' or '/factsheet/'. */
export function basePath(env: Record<string, string | undefined> = process.env): string {
  return `/${(env.BASE_PATH ?? '/').replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
}
