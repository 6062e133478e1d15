/**
 * The pages of the site in one language, in navigation order: the overview, the themes (from the
 * content collection) and the sections (from the registry). The navigation, the search page's
 * no-JavaScript list and the footer all list pages from here.
 */
import { getThemes, themeSlug } from './collections.ts';
import { pagePath } from './page-urls.ts';
import { useTranslations } from '@/i18n';
import { SECTIONS, type Lang } from '@/site.config';

export interface SitePage {
  /** Slug shared by both languages ('' for the overview). */
  slug: string;
  href: string;
  /** Full title. */
  title: string;
  /** Short label for navigation. */
  label: string;
}

export interface SitePages {
  overview: SitePage;
  themes: SitePage[];
  /** Sections the main navigation links to. */
  reference: SitePage[];
  /** Every section, in registry order (the footer lists them all). */
  sections: SitePage[];
}

export async function sitePages(lang: Lang): Promise<SitePages> {
  const t = useTranslations(lang);
  const page = (slug: string, title: string, label = title): SitePage => ({
    slug,
    href: pagePath(lang, slug),
    title,
    label,
  });
  const sections = SECTIONS.map((section) => ({ ...page(section.slug, t[section.key]), nav: section.nav }));
  return {
    overview: page('', t.overview),
    themes: (await getThemes(lang)).map((theme) =>
      page(themeSlug(theme), theme.data.title, theme.data.navTitle ?? theme.data.title),
    ),
    reference: sections.filter((section) => section.nav),
    sections,
  };
}
