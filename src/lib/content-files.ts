/**
 * Where each kind of content lives, and the one way its YAML is parsed. Astro's loaders
 * (`src/content.config.ts`) and the content verifier both use these, so the build approves exactly
 * what it renders (with YAML 1.2, `2025-03-04` is the string it looks like, never a Date).
 */
import { parse } from 'yaml';

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
  themes: 'content/themes',
} as const;

/** Parses a content YAML file (YAML 1.2 core schema); throws the parser's error on invalid YAML. */
export function parseContentYaml(text: string): unknown {
  return parse(text, { version: '1.2', schema: 'core', prettyErrors: true });
}
