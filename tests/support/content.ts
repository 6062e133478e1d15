/** The content the tests expect to find on the pages: the site model, loaded as the search index step loads it. */
import { loadContent, loadSiteModel } from '../../src/lib/content-files.ts';
import { basePath, LANGS } from '../../src/site.config.ts';

const content = loadContent(process.cwd());
export const siteModel = loadSiteModel(process.cwd(), content);

/** Facts and quotes in source order, each with its anchor. */
export const { quotes, facts } = siteModel;
export const { interviewees } = siteModel.meta;
export const people = new Map(siteModel.people.map((person) => [person.id, person]));
export const { glossary } = content;

/**
 * The site's pages by the template they are rendered from (a section's slug, or the kind of page: pages of
 * one template differ in content only, so checks of layout or colour take one of each), as addresses
 * relative to the site root (`''`, `'ko/people/'`, `'404.html'`): the same in every build, whatever its
 * base path.
 */
export const templates = new Map<string, string[]>([['404', ['404.html']]]);
for (const lang of LANGS) {
  for (const page of siteModel.pages(lang)) {
    const name = `${lang} ${page.section?.slug ?? page.kind}`;
    templates.set(name, [...(templates.get(name) ?? []), page.href.slice(basePath().length)]);
  }
}
