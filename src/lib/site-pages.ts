/**
 * The pages of the site in one language, grouped for navigation: the overview, the themes and the
 * sections, from the site model. The navigation, the search page's no-JavaScript list and the footer
 * all list pages from here.
 */
import { getSiteModel } from './collections.ts';
import type { SitePage } from './site-model.ts';
import type { Lang } from '@/site.config';

export type { SitePage };

export interface SitePages {
  overview: SitePage;
  themes: SitePage[];
  /** Sections the main navigation links to. */
  reference: SitePage[];
  /** Every section, in registry order (the footer lists them all). */
  sections: SitePage[];
}

export async function sitePages(lang: Lang): Promise<SitePages> {
  const pages = (await getSiteModel()).pages(lang);
  const [overview] = pages;
  if (!overview) throw new Error('The site model lists no overview page.');
  // A section's own page, not the older pages of the corrections log filed under it.
  const sections = pages.filter((page) => page.kind === 'section' && page.slug === page.section?.slug);
  return {
    overview,
    themes: pages.filter((page) => page.kind === 'theme'),
    reference: sections.filter((page) => page.section?.nav),
    sections,
  };
}
