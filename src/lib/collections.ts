/**
 * The site model for pages and components: Astro's content collections resolved once per build by
 * `buildSiteModel`, with page addresses from Astro's i18n helpers. In development the model is rebuilt
 * on every request, so an edited content file shows at once.
 */
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { siteContent } from './content-files.ts';
import { pagePath } from './page-urls.ts';
import { buildSiteModel, type SiteModel } from './site-model.ts';
import { DEFAULT_LANG, LANGS, type Lang } from '../site.config.ts';

export type ThemeEntry = CollectionEntry<'themes'>;

/** Theme id (the file name) and language of a theme entry, whose collection id is `<lang>/<theme>`. */
export function themeOf(entry: ThemeEntry): { id: string; lang: Lang } {
  const [lang, ...rest] = entry.id.split('/');
  return { id: rest.join('/'), lang: LANGS.find((candidate) => candidate === lang) ?? DEFAULT_LANG };
}

async function loadModel(): Promise<SiteModel> {
  return buildSiteModel(siteContent((await getEntry('site', 'content'))?.data), pagePath);
}

let built: Promise<SiteModel> | undefined;

/** The site model (memoised for the build). */
export function getSiteModel(): Promise<SiteModel> {
  if (import.meta.env.DEV) return loadModel();
  built ??= loadModel();
  return built;
}

/** The theme pages of one language in navigation order, for rendering their MDX. */
export async function getThemeEntries(lang: Lang): Promise<ThemeEntry[]> {
  const entries = await getCollection('themes', (entry) => themeOf(entry).lang === lang);
  return entries.sort((a, b) => a.data.order - b.data.order);
}
