/**
 * The site model from Astro's content collections, resolved once per build by `buildSiteModel` with page
 * addresses from Astro's i18n helpers (in development on every request, so an edited file shows at once).
 * Pages and components read it from `Astro.locals` (see `src/middleware.ts`).
 */
import { getCollection, getEntry, render, type CollectionEntry } from 'astro:content';
import { pagePath } from './page-urls.ts';
import { buildSiteModel, type SiteModel, type SitePage } from './site-model.ts';
import { DEFAULT_LANG, LANGS, type Lang } from '../site.config.ts';

export type ThemeEntry = CollectionEntry<'themes'>;

/** Theme id (the file name) and language of a theme entry, whose collection id is `<lang>/<theme>`. */
export function themeOf(entry: ThemeEntry): { id: string; lang: Lang } {
  const [lang, ...rest] = entry.id.split('/');
  return { id: rest.join('/'), lang: LANGS.find((candidate) => candidate === lang) ?? DEFAULT_LANG };
}

async function publishedWording() {
  const entry = await getEntry('published', 'lock');
  if (!entry) throw new Error('The published collection has no "lock" entry.');
  return entry.data;
}

async function loadModel(): Promise<SiteModel> {
  const source = await getEntry('source', 'interview');
  if (!source) throw new Error('The source collection has no "interview" entry.');
  const { paragraphs, ...meta } = source.data;
  return buildSiteModel(
    {
      meta,
      paragraphs,
      people: (await getCollection('people')).map((entry) => entry.data),
      quotes: (await getCollection('quotes')).map((entry) => entry.data),
      facts: (await getCollection('facts')).map((entry) => entry.data),
      corrections: (await getCollection('corrections')).map((entry) => entry.data),
      glossary: (await getCollection('glossary')).map((entry) => entry.data),
      timeline: (await getCollection('timeline')).map((entry) => entry.data),
      published: await publishedWording(),
      themes: (await getCollection('themes')).map((entry) => ({ ...themeOf(entry), data: entry.data })),
    },
    pagePath,
  );
}

let built: Promise<SiteModel> | undefined;

/** The site model (memoised for the build): read it from `Astro.locals.model`, which the middleware sets. */
export function getSiteModel(): Promise<SiteModel> {
  if (import.meta.env.DEV) return loadModel();
  built ??= loadModel();
  return built;
}

/** A theme page's MDX body, to render with the site's components (its frontmatter is in the model). */
export async function themeBody(lang: Lang, slug: string) {
  const entry = await getEntry('themes', `${lang}/${slug}`);
  if (!entry) throw new Error(`No theme page ${lang}/${slug} in content/themes.`);
  return render(entry);
}

/**
 * `getStaticPaths` entries from the model's pages, every language's: each page gives the entries of its
 * routes (none when the route does not build it).
 */
export async function pagePaths<Entry>(entries: (page: SitePage, lang: Lang) => Entry[]): Promise<Entry[]> {
  const model = await getSiteModel();
  return LANGS.flatMap((lang) => model.pages(lang).flatMap((page) => entries(page, lang)));
}
