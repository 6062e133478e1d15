/** The content the search tests expect to find, read and validated as the build reads it. */
import { readFileSync } from 'node:fs';
import { z } from 'astro/zod';
import { CONTENT_FILES, parseContentYaml } from '../../src/lib/content-files.ts';
import {
  factSchema,
  glossaryTermSchema,
  personSchema,
  quoteSchema,
  sourceMetaSchema,
} from '../../src/lib/content-schemas.ts';

function read<S extends z.ZodType>(file: string, schema: S): z.infer<S> {
  return schema.parse(parseContentYaml(readFileSync(file, 'utf8')));
}

export const quotes = read(CONTENT_FILES.quotes, z.array(quoteSchema));
export const facts = read(CONTENT_FILES.facts, z.array(factSchema));
export const glossary = read(CONTENT_FILES.glossary, z.array(glossaryTermSchema));
export const people = new Map(read(CONTENT_FILES.people, z.array(personSchema)).map((p) => [p.id, p]));
export const { interviewees } = read(CONTENT_FILES.sourceMeta, sourceMetaSchema);
