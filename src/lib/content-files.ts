/**
 * Where each kind of content lives, and the one way its YAML is parsed. Astro's loaders
 * (`src/content.config.ts`) and the content verifier both use these, so the build approves exactly
 * what it renders (with YAML 1.2, `2025-03-04` is the string it looks like, never a Date).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'astro/zod';
import { parse } from 'yaml';
import {
  factSchema,
  glossaryTermSchema,
  personSchema,
  quoteSchema,
  sourceMetaSchema,
} from './content-schemas.ts';
import { splitParagraphs } from './source-text.ts';

/** Content paths relative to the project root. */
export const CONTENT_FILES = {
  /** The folder all content lives in; the dev server re-verifies on any change below it. */
  root: 'content',
  source: 'content/source/interview.ko.txt',
  sourceMeta: 'content/source/meta.yaml',
  people: 'content/people.yaml',
  quotes: 'content/quotes.yaml',
  facts: 'content/facts.yaml',
  timeline: 'content/timeline.yaml',
  glossary: 'content/glossary.yaml',
  termbase: 'content/termbase.yaml',
  themes: 'content/themes',
} as const;

/** Parses a content YAML file (YAML 1.2 core schema); throws the parser's error on invalid YAML. */
export function parseContentYaml(text: string): unknown {
  return parse(text, { version: '1.2', schema: 'core', prettyErrors: true });
}

/**
 * The content as the site renders it, parsed and validated, for code that runs outside Astro's
 * collections (the search index at the end of the build, tests). Throws on invalid content; the
 * content verifier reports the same problems one by one with hints.
 */
export function loadContent(root = process.cwd()) {
  const read = <S extends z.ZodType>(file: string, schema: S): z.infer<S> =>
    schema.parse(parseContentYaml(readFileSync(path.join(root, file), 'utf8')));
  const meta = read(CONTENT_FILES.sourceMeta, sourceMetaSchema);
  return {
    meta,
    /** The interview text, paragraph 1 first. */
    paragraphs: splitParagraphs(readFileSync(path.join(root, CONTENT_FILES.source), 'utf8')),
    people: read(CONTENT_FILES.people, z.array(personSchema)),
    quotes: read(CONTENT_FILES.quotes, z.array(quoteSchema)),
    facts: read(CONTENT_FILES.facts, z.array(factSchema)),
    glossary: read(CONTENT_FILES.glossary, z.array(glossaryTermSchema)),
  };
}
