/**
 * The site model from Astro's content collections, resolved once per build (in development on every
 * request, so an edited file shows at once); pages and components read it from `Astro.locals`.
 */
import { getEntry, render } from 'astro:content';
import { siteContent } from './content-files.ts';
import { pagePath } from './page-urls.ts';
import { buildSiteModel, type SiteModel, type SitePage } from './site-model.ts';
import { LANGS, type Lang } from '../site.config.ts';

const loadModel = async () =>
  buildSiteModel(siteContent((await getEntry('site', 'content'))?.data), pagePath);

let built: Promise<SiteModel> | undefined;

/** The site model, for the middleware: pages read it from `Astro.locals.model`. */
export function getSiteModel(): Promise<SiteModel> {
  return import.meta.env.DEV ? loadModel() : (built ??= loadModel());
}

/** A theme page's MDX body, to render with the site's components (its frontmatter is in the model). */
export async function themeBody(lang: Lang, slug: string) {
  const entry = await getEntry('themes', `${lang}/${slug}`);
  if (!entry) throw new Error(`No theme page ${lang}/${slug} in content/themes.`);
  return render(entry);
}

/** `getStaticPaths` entries from every language's pages: each gives its route's entries (none if not built there). */
export async function pagePaths<Entry>(entries: (page: SitePage, lang: Lang) => Entry[]): Promise<Entry[]> {
  const model = await getSiteModel();
  return LANGS.flatMap((lang) => model.pages(lang).flatMap((page) => entries(page, lang)));
}
