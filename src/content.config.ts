/**
 * Content collections. Schemas (with their documentation) live in `src/lib/content-schemas.ts` and
 * paths and the YAML parser in `src/lib/content-files.ts`, so the content verifier checks the very
 * values the loaders produce; this file wires them together.
 */
import { readFile } from 'node:fs/promises';
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import {
  correctionSchema,
  factSchema,
  glossaryTermSchema,
  personSchema,
  quoteSchema,
  sourceMetaSchema,
  themeSchema,
  timelineEventSchema,
} from '@/lib/content-schemas';
import { publishedWordingSchema } from '@/lib/published-wording';
import { splitParagraphs } from '@/lib/source-text';
import { CONTENT_FILES, parseContentYaml } from '@/lib/content-files';

/** The interview: metadata plus the text split into numbered paragraphs (one entry, id `interview`). */
const source = defineCollection({
  loader: {
    name: 'interview-source',
    load: async ({ store, parseData, config }) => {
      const read = (path: string) => readFile(new URL(path, config.root), 'utf8');
      const text = await read(CONTENT_FILES.source);
      const meta = parseContentYaml(await read(CONTENT_FILES.sourceMeta)) as Record<string, unknown>;
      const data = await parseData({ id: 'interview', data: { ...meta, paragraphs: splitParagraphs(text) } });
      store.set({ id: 'interview', data });
    },
  },
  schema: sourceMetaSchema.extend({
    /** The interview text, paragraph by paragraph (¶1 first), exactly as received. */
    paragraphs: z.array(z.string()).min(1),
  }),
});

/** The published wording (one entry, id `lock`), which the corrections page and feed read changes from. */
const published = defineCollection({
  loader: {
    name: 'published-wording',
    load: async ({ store, parseData, config }) => {
      const text = await readFile(new URL(CONTENT_FILES.published, config.root), 'utf8');
      const data = await parseData({ id: 'lock', data: parseContentYaml(text) as Record<string, unknown> });
      store.set({ id: 'lock', data });
    },
  },
  schema: publishedWordingSchema,
});

/** A YAML list file, parsed exactly as the verifier parses it. */
const yamlList = (path: string) =>
  file(path, { parser: (text) => parseContentYaml(text) as Record<string, unknown>[] });

const people = defineCollection({ loader: yamlList(CONTENT_FILES.people), schema: personSchema });
const quotes = defineCollection({ loader: yamlList(CONTENT_FILES.quotes), schema: quoteSchema });
const facts = defineCollection({ loader: yamlList(CONTENT_FILES.facts), schema: factSchema });
const timeline = defineCollection({ loader: yamlList(CONTENT_FILES.timeline), schema: timelineEventSchema });
const glossary = defineCollection({ loader: yamlList(CONTENT_FILES.glossary), schema: glossaryTermSchema });
const corrections = defineCollection({
  loader: yamlList(CONTENT_FILES.corrections),
  schema: correctionSchema,
});
/** Theme pages; entry ids are `<lang>/<theme-id>`. */
const themes = defineCollection({
  loader: glob({ pattern: '*/*.mdx', base: `./${CONTENT_FILES.themes}` }),
  schema: themeSchema,
});

export const collections = {
  source,
  people,
  quotes,
  facts,
  timeline,
  glossary,
  corrections,
  published,
  themes,
};
