/** The content the tests expect to find on the pages: the site model, loaded as the search index step loads it. */
import { loadContent, loadSiteModel } from '../../src/lib/content-files.ts';

const content = loadContent();
export const siteModel = loadSiteModel(process.cwd(), content);

/** Facts and quotes in source order, each with its anchor. */
export const { quotes, facts } = siteModel;
export const { interviewees } = siteModel.meta;
export const people = new Map(siteModel.people.map((person) => [person.id, person]));
export const { glossary } = content;
