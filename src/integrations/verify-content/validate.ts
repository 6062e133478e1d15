/**
 * The schema rule: every entry must match its collection's schema (the same zod schemas Astro applies).
 * Returns the well-formed content the other rules check, and the problems of the rest.
 */
import type { z } from 'astro/zod';
import {
  correctionSchema,
  factSchema,
  glossaryTermSchema,
  personSchema,
  quoteSchema,
  sourceMetaSchema,
  termSchema,
  themeSchema,
  timelineEventSchema,
  type Correction,
  type Fact,
  type GlossaryTerm,
  type Person,
  type Quote,
  type SourceMeta,
  type Term,
  type ThemeFrontmatter,
  type TimelineEvent,
} from '../../lib/content-schemas.ts';
import { CONTENT_FILES } from '../../lib/content-files.ts';
import { publishedWordingSchema, type PublishedWording } from '../../lib/published-wording.ts';
import { LANGS, type Lang } from '../../site.config.ts';
import { splitParagraphs } from '../../lib/source-text.ts';
import type { ContentProblem } from './problems.ts';
import { parseTheme, type ParsedTheme, type RawContent, type RawFile, type RawUiStrings } from './read.ts';

/** A valid entry and where it came from. */
export interface Located<T> {
  file: string;
  entry: string;
  value: T;
}

/** A theme page whose frontmatter and body parsed. */
interface ValidTheme extends Required<Omit<ParsedTheme, 'frontmatter' | 'mdxError'>> {
  lang: Lang;
  data: ThemeFrontmatter;
}

/** Content whose every entry passed its schema: what the cross-checking rules look at. */
export interface ValidContent {
  source: { file: string; paragraphs: string[] };
  meta: Located<SourceMeta>;
  people: Located<Person>[];
  quotes: Located<Quote>[];
  facts: Located<Fact>[];
  timeline: Located<TimelineEvent>[];
  glossary: Located<GlossaryTerm>[];
  termbase: Located<Term>[];
  corrections: Located<Correction>[];
  published: { file: string; value: PublishedWording };
  themes: ValidTheme[];
  ui: RawUiStrings[];
}

function formatPath(segments: readonly PropertyKey[]): string {
  return segments
    .map((segment, i) =>
      typeof segment === 'number' ? `[${segment}]` : `${i === 0 ? '' : '.'}${String(segment)}`,
    )
    .join('');
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>(
    (value, key) =>
      value !== null && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined,
    data,
  );
}

/**
 * A zod issue as a problem for the author: a missing field is named as missing, unknown fields get
 * advice (often a YAML comma slip).
 */
function describeIssue(
  issue: z.core.$ZodIssue,
  data: unknown,
): Pick<ContentProblem, 'field' | 'message' | 'hint'> {
  const field = formatPath(issue.path) || undefined;
  if (issue.code === 'invalid_type' && field && valueAt(data, issue.path) === undefined) {
    return {
      field,
      message: `The field is missing; it takes a ${issue.expected}.`,
      hint: 'Every field is described in src/lib/content-schemas.ts.',
    };
  }
  if (issue.code === 'unrecognized_keys') {
    return {
      ...(field ? { field } : {}),
      message: `Unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}.`,
      hint: 'Check the spelling against the schema. Inside { … } in YAML a comma ends the value: put text that contains a comma in quotes.',
    };
  }
  return { ...(field ? { field } : {}), message: issue.message };
}

function entryName(value: unknown, index: number): string {
  const id = (value as { id?: unknown } | null)?.id;
  return typeof id === 'string' ? id : `#${index + 1}`;
}

function notYaml(raw: RawFile, what = 'file'): ContentProblem {
  return { file: raw.file, message: `The ${what} is not valid YAML: ${raw.parseError}` };
}

/** Validates a YAML list entry by entry; returns the valid entries and reports the rest. */
function validateList<S extends z.ZodType>(
  raw: RawFile,
  schema: S,
  problems: ContentProblem[],
): Located<z.infer<S>>[] {
  if (raw.parseError !== undefined) {
    problems.push(notYaml(raw));
    return [];
  }
  if (!Array.isArray(raw.data)) {
    problems.push({ file: raw.file, message: 'The file must contain a YAML list of entries.' });
    return [];
  }
  const valid: Located<z.infer<S>>[] = [];
  const seen = new Map<string, number>();
  raw.data.forEach((value: unknown, index) => {
    const entry = entryName(value, index);
    const result = schema.safeParse(value);
    if (!result.success) {
      for (const issue of result.error.issues)
        problems.push({ file: raw.file, entry, ...describeIssue(issue, value) });
      return;
    }
    const first = seen.get(entry);
    if (first !== undefined) {
      problems.push({
        file: raw.file,
        entry,
        field: 'id',
        message: `Duplicate id "${entry}": entries #${first + 1} and #${index + 1} share it.`,
        hint: 'Ids are used in URLs and anchors; give each entry its own.',
      });
      return;
    }
    seen.set(entry, index);
    valid.push({ file: raw.file, entry, value: result.data });
  });
  return valid;
}

/** Validates a YAML file holding one object; returns it, or undefined after reporting its problems. */
function validateObject<S extends z.ZodType>(
  raw: RawFile,
  schema: S,
  problems: ContentProblem[],
): z.infer<S> | undefined {
  if (raw.parseError !== undefined) {
    problems.push(notYaml(raw));
    return undefined;
  }
  const result = schema.safeParse(raw.data);
  if (result.success) return result.data;
  for (const issue of result.error.issues)
    problems.push({ file: raw.file, ...describeIssue(issue, raw.data) });
  return undefined;
}

function validateThemes(raw: RawContent, problems: ContentProblem[]): ValidTheme[] {
  const valid: ValidTheme[] = [];
  for (const theme of raw.themes.map(parseTheme)) {
    const lang = LANGS.find((candidate) => candidate === theme.lang);
    if (lang === undefined) {
      problems.push({
        file: theme.file,
        message: `Unknown language folder "${theme.lang}".`,
        hint: `Theme pages live in ${LANGS.map((l) => `${CONTENT_FILES.themes}/${l}/`).join(' or ')}.`,
      });
      continue;
    }
    if (theme.frontmatter.parseError !== undefined) {
      problems.push({ ...notYaml(theme.frontmatter, 'frontmatter'), entry: theme.id });
      continue;
    }
    if (theme.tree === undefined) {
      problems.push({
        file: theme.file,
        entry: theme.id,
        message: `The page is not valid MDX: ${theme.mdxError}`,
        hint: 'Line and column count from the top of the file. Components are written <Fact id="…" />.',
      });
      continue;
    }
    const parsed = themeSchema.safeParse(theme.frontmatter.data);
    if (!parsed.success) {
      for (const issue of parsed.error.issues)
        problems.push({ file: theme.file, entry: theme.id, ...describeIssue(issue, theme.frontmatter.data) });
      continue;
    }
    valid.push({
      file: theme.file,
      id: theme.id,
      text: theme.text,
      lang,
      tree: theme.tree,
      data: parsed.data,
    });
  }
  return valid;
}

/** Validates every file against its schema; `content` is undefined when anything is malformed. */
export function validateContent(raw: RawContent): { content?: ValidContent; problems: ContentProblem[] } {
  const problems: ContentProblem[] = [];
  const meta = validateObject(raw.sourceMeta, sourceMetaSchema, problems);
  const people = validateList(raw.people, personSchema, problems);
  const quotes = validateList(raw.quotes, quoteSchema, problems);
  const facts = validateList(raw.facts, factSchema, problems);
  const timeline = validateList(raw.timeline, timelineEventSchema, problems);
  const glossary = validateList(raw.glossary, glossaryTermSchema, problems);
  const termbase = validateList(raw.termbase, termSchema, problems);
  const corrections = validateList(raw.corrections, correctionSchema, problems);
  const published = validateObject(raw.published, publishedWordingSchema, problems);
  const themes = validateThemes(raw, problems);
  // Cross-checks need well-formed entries; report shape problems alone rather than their cascade.
  if (problems.length > 0 || meta === undefined || published === undefined) return { problems };
  return {
    problems,
    content: {
      source: { file: raw.source.file, paragraphs: splitParagraphs(raw.source.text) },
      meta: { file: raw.sourceMeta.file, entry: 'source', value: meta },
      people,
      quotes,
      facts,
      timeline,
      glossary,
      termbase,
      corrections,
      published: { file: raw.published.file, value: published },
      themes,
      ui: raw.ui,
    },
  };
}
