/** The content the tests expect to find on the pages, loaded and validated as the build loads it. */
import { loadContent } from '../../src/lib/content-files.ts';

const content = loadContent();

export const { quotes, facts, glossary } = content;
export const { interviewees } = content.meta;
export const people = new Map(content.people.map((person) => [person.id, person]));
