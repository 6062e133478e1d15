/**
 * Where each kind of content lives, and the one way its YAML is parsed. Astro's loaders
 * (`src/content.config.ts`) and the content verifier both use these, so the build approves exactly
 * what it renders (with YAML 1.2, `2025-03-04` is the string it looks like, never a Date).
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { z } from 'astro/zod';
import { parseFrontmatter } from 'astro/markdown';
import { parse } from 'yaml';
import {
  correctionSchema,
  factSchema,
  glossaryTermSchema,
  personSchema,
  quoteSchema,
  sourceMetaSchema,
  themeSchema,
  timelineEventSchema,
} from './content-schemas.ts';
import { publishedWordingSchema } from './published-wording.ts';
import { buildSiteModel, type SiteModel } from './site-model.ts';
import { splitParagraphs } from './source-text.ts';
import { basePath, DEFAULT_LANG, LANGS, type Lang } from '../site.config.ts';

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
  corrections: 'content/corrections.yaml',
  /** The published wording of every quote, fact statement and note (written by npm run record-wording). */
  published: 'content/published.lock.yaml',
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
    timeline: read(CONTENT_FILES.timeline, z.array(timelineEventSchema)),
    corrections: read(CONTENT_FILES.corrections, z.array(correctionSchema)),
    published: read(CONTENT_FILES.published, publishedWordingSchema),
  };
}

/**
 * Site-relative address of a page, by the routing `astro.config.mjs` configures (English at the root,
 * other languages under their code, trailing slash, base path). Pages use Astro's own helpers; this is
 * for code outside Astro, and the pages test checks every address it gives against the build.
 */
function registryPagePath(lang: Lang, slug: string): string {
  return `${basePath()}${lang === DEFAULT_LANG ? '' : `${lang}/`}${slug ? `${slug}/` : ''}`;
}

/**
 * The site model for code that runs outside Astro (the search index step, tools, tests), from content
 * already loaded with {@link loadContent} when the caller has it.
 */
export function loadSiteModel(root = process.cwd(), content = loadContent(root)): SiteModel {
  const themes = LANGS.flatMap((lang) =>
    readdirSync(path.join(root, CONTENT_FILES.themes, lang))
      .filter((file) => file.endsWith('.mdx'))
      .map((file) => {
        const text = readFileSync(path.join(root, CONTENT_FILES.themes, lang, file), 'utf8');
        const data = themeSchema.parse(
          parseFrontmatter(text, { frontmatter: 'empty-with-spaces' }).frontmatter,
        );
        return { id: file.slice(0, -'.mdx'.length), lang, data };
      }),
  );
  return buildSiteModel({ ...content, themes }, registryPagePath);
}
