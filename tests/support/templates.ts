/**
 * Which template each built page comes from (its kind in the site model), and the pages a browser test
 * walks: every page, except that the quote pages, many and alike but for their text, are represented by
 * the page of the longest quote in each language (where overflow is likeliest).
 */
import { builtPages, langAndSlug, SITE, type Build, type BuiltPage } from './builds.ts';
import { siteModel } from './content.ts';
import type { Lang } from '../../src/site.config.ts';

/** The template a page is rendered from, with its language: pages of one template differ in content only. */
export function template(path: string): string {
  if (path === '404.html') return '404';
  const [lang, slug] = langAndSlug(path);
  const page = siteModel.pages(lang).find((candidate) => candidate.slug === slug);
  if (!page) throw new Error(`/${path} is not a page of the site model.`);
  return `${lang} ${page.kind === 'section' ? page.slug : page.kind}`;
}

/** Whether a built page is a quote's own page. */
export function isQuotePage(path: string): boolean {
  return path !== '404.html' && template(path).endsWith(' quote');
}

function longestQuotePage(lang: Lang): string {
  const text = (quote: (typeof siteModel.quotes)[number]) => (lang === 'ko' ? quote.ko : quote.en);
  const [longest] = siteModel.quotes.toSorted((a, b) => text(b).length - text(a).length);
  if (!longest) throw new Error('The site has no quotes.');
  return longest.pageSlug;
}

/** The built pages a browser test walks (see above). */
export function browserPages(build: Build = SITE): BuiltPage[] {
  return builtPages(build).filter((page) => {
    const [lang, slug] = langAndSlug(page.path);
    return !isQuotePage(page.path) || slug === longestQuotePage(lang);
  });
}
