/**
 * Build-time verification of the fact sheet's content against the source interview.
 *
 * Zod checks the shape of each entry; this module checks what a schema cannot: that every quote and
 * evidence excerpt is verbatim in the paragraph it cites, that references resolve, that ids are unique,
 * that both languages have the same themes, that theme pages embed every fact and quote of their theme,
 * and that every source paragraph is cited somewhere.
 */
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { z } from 'astro/zod';
import { LANGS } from '../site.config.ts';
import {
  factSchema,
  glossaryTermSchema,
  personSchema,
  quoteSchema,
  sourceMetaSchema,
  themeSchema,
  timelineEventSchema,
  type Evidence,
  type Fact,
  type GlossaryTerm,
  type Person,
  type Quote,
  type TimelineEvent,
} from './content-schemas.ts';
import { closestPassage, isVerbatimIn, splitParagraphs } from './source-text.ts';

/** Where each kind of content lives, relative to the project root. */
export const CONTENT_FILES = {
  source: 'content/source/interview.ko.txt',
  sourceMeta: 'content/source/meta.yaml',
  people: 'content/people.yaml',
  quotes: 'content/quotes.yaml',
  facts: 'content/facts.yaml',
  timeline: 'content/timeline.yaml',
  glossary: 'content/glossary.yaml',
  themes: 'content/themes',
} as const;

/** A content file as read from disk, before validation. */
export interface RawFile {
  /** Path relative to the project root, used in messages. */
  file: string;
  /** Parsed YAML (or frontmatter) data. */
  data: unknown;
  /** Why the file could not be parsed, if it could not. */
  parseError?: string;
}

/** A theme page as read from disk. */
export interface RawTheme extends RawFile {
  /** Language folder the file is in. */
  lang: string;
  /** Theme id: the file name without `.mdx`. */
  id: string;
  /** MDX body after the frontmatter. */
  body: string;
}

/** Everything the verifier looks at. */
export interface RawContent {
  source: { file: string; text: string };
  sourceMeta: RawFile;
  people: RawFile;
  quotes: RawFile;
  facts: RawFile;
  timeline: RawFile;
  glossary: RawFile;
  themes: RawTheme[];
}

/** One thing wrong with the content, located for the author. */
export interface ContentProblem {
  file: string;
  /** Entry id (or index when the id is missing). */
  entry?: string;
  /** Field path inside the entry, e.g. `evidence[0].text`. */
  field?: string;
  message: string;
  /** What to do about it; for a quote, the closest passage of the cited paragraph. */
  hint?: string;
}

interface Located<T> {
  file: string;
  entry: string;
  index: number;
  value: T;
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;
const EMBED = /<(Fact|Quote)\s+id=["']([^"']+)["']/g;

/** Parses YAML text into a {@link RawFile}, keeping a parse error as data so it can be reported. */
export function parseYamlFile(file: string, text: string): RawFile {
  try {
    return { file, data: parseYaml(text) };
  } catch (error) {
    return { file, data: undefined, parseError: error instanceof Error ? error.message : String(error) };
  }
}

/** Splits an MDX file into its frontmatter (as a {@link RawFile}) and body. */
export function parseMdx(file: string, text: string): { frontmatter: RawFile; body: string } {
  const match = FRONTMATTER.exec(text);
  if (!match) return { frontmatter: { file, data: undefined }, body: text };
  return { frontmatter: parseYamlFile(file, match[1] ?? ''), body: text.slice(match[0].length) };
}

/** Reads all content files below `root` (the project root). */
export async function readContent(root: string): Promise<RawContent> {
  const readText = (file: string) => readFile(path.join(root, file), 'utf8');
  const readYaml = async (file: string): Promise<RawFile> => parseYamlFile(file, await readText(file));
  const themes: RawTheme[] = [];
  const themeRoot = path.join(root, CONTENT_FILES.themes);
  for (const lang of (await readdir(themeRoot, { withFileTypes: true })).filter((d) => d.isDirectory())) {
    for (const name of (await readdir(path.join(themeRoot, lang.name))).sort()) {
      if (!name.endsWith('.mdx')) continue;
      const file = `${CONTENT_FILES.themes}/${lang.name}/${name}`;
      const { frontmatter, body } = parseMdx(file, await readText(file));
      themes.push({ ...frontmatter, lang: lang.name, id: name.replace(/\.mdx$/, ''), body });
    }
  }
  return {
    source: { file: CONTENT_FILES.source, text: await readText(CONTENT_FILES.source) },
    sourceMeta: await readYaml(CONTENT_FILES.sourceMeta),
    people: await readYaml(CONTENT_FILES.people),
    quotes: await readYaml(CONTENT_FILES.quotes),
    facts: await readYaml(CONTENT_FILES.facts),
    timeline: await readYaml(CONTENT_FILES.timeline),
    glossary: await readYaml(CONTENT_FILES.glossary),
    themes,
  };
}

function formatPath(segments: readonly PropertyKey[]): string {
  return segments
    .map((segment, i) =>
      typeof segment === 'number' ? `[${segment}]` : `${i === 0 ? '' : '.'}${String(segment)}`,
    )
    .join('');
}

/** A zod issue as a problem for the author; unknown fields get advice (often a YAML comma slip). */
function describeIssue(issue: z.core.$ZodIssue): Pick<ContentProblem, 'field' | 'message' | 'hint'> {
  const field = formatPath(issue.path) || undefined;
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

/** Validates a YAML list entry by entry; returns the valid entries and reports the rest. */
function validateList<S extends z.ZodType>(
  raw: RawFile,
  schema: S,
  problems: ContentProblem[],
): Located<z.infer<S>>[] {
  if (raw.parseError !== undefined) {
    problems.push({ file: raw.file, message: `The file is not valid YAML: ${raw.parseError}` });
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
        problems.push({ file: raw.file, entry, ...describeIssue(issue) });
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
    valid.push({ file: raw.file, entry, index, value: result.data });
  });
  return valid;
}

/** Runs every check and returns all problems found (empty when the content is sound). */
export function verifyContent(raw: RawContent): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const paragraphs = splitParagraphs(raw.source.text);

  const checkExcerpt = (
    { file, entry }: { file: string; entry: string },
    field: string,
    paragraph: number,
    text: string,
    kind: 'quote' | 'excerpt',
  ) => {
    const source = paragraphs[paragraph - 1];
    if (source === undefined) {
      problems.push({
        file,
        entry,
        field,
        message: `Paragraph ¶${paragraph} does not exist; the source has ${paragraphs.length} paragraphs.`,
        hint: `Cite a paragraph from 1 to ${paragraphs.length} (paragraphs are separated by blank lines in ${raw.source.file}).`,
      });
      return;
    }
    if (!isVerbatimIn(text, source)) {
      problems.push({
        file,
        entry,
        field,
        message: `The ${kind} is not verbatim in ¶${paragraph}: "${text}"`,
        hint: `Closest passage in ¶${paragraph}: "${closestPassage(text, source)}". Copy the Korean text exactly; only Unicode normalisation and whitespace may differ.`,
      });
    }
  };
  const checkEvidence = (item: Located<unknown>, field: string, evidence: Evidence) =>
    checkExcerpt(item, field, evidence.paragraph, evidence.text, 'excerpt');

  // Source metadata (a single object, not a list).
  const meta = sourceMetaSchema.safeParse(raw.sourceMeta.data);
  if (raw.sourceMeta.parseError !== undefined) {
    problems.push({
      file: raw.sourceMeta.file,
      message: `The file is not valid YAML: ${raw.sourceMeta.parseError}`,
    });
  } else if (!meta.success) {
    for (const issue of meta.error.issues)
      problems.push({ file: raw.sourceMeta.file, ...describeIssue(issue) });
  }

  const people = validateList(raw.people, personSchema, problems) as Located<Person>[];
  const quotes = validateList(raw.quotes, quoteSchema, problems) as Located<Quote>[];
  const facts = validateList(raw.facts, factSchema, problems) as Located<Fact>[];
  const timeline = validateList(raw.timeline, timelineEventSchema, problems) as Located<TimelineEvent>[];
  const glossary = validateList(raw.glossary, glossaryTermSchema, problems) as Located<GlossaryTerm>[];

  // Cross-checks need well-formed entries; report shape problems alone rather than their cascade.
  if (problems.length > 0) return problems;

  const personIds = new Set(people.map((person) => person.entry));
  const themeIds = new Set(raw.themes.map((t) => t.id));
  const danglingPerson = ({ file, entry }: { file: string; entry: string }, field: string, id: string) => {
    if (!personIds.has(id)) {
      problems.push({
        file,
        entry,
        field,
        message: `Unknown person "${id}".`,
        hint: `Use one of the ids in ${raw.people.file}: ${[...personIds].join(', ')}.`,
      });
    }
  };
  const danglingTheme = ({ file, entry }: { file: string; entry: string }, id: string) => {
    if (!themeIds.has(id)) {
      problems.push({
        file,
        entry,
        field: 'theme',
        message: `Unknown theme "${id}".`,
        hint: `Use a theme that has pages in ${CONTENT_FILES.themes}/<lang>/: ${[...themeIds].join(', ')}.`,
      });
    }
  };

  if (meta.success) {
    meta.data.interviewees.forEach((id, i) =>
      danglingPerson({ file: raw.sourceMeta.file, entry: 'source' }, `interviewees[${i}]`, id),
    );
    meta.data.evidence.forEach((ev, i) =>
      checkEvidence(
        { file: raw.sourceMeta.file, entry: 'source', index: 0, value: null },
        `evidence[${i}].text`,
        ev,
      ),
    );
  }
  for (const person of people) {
    person.value.roles.forEach((role, i) =>
      checkEvidence(person, `roles[${i}].evidence.text`, role.evidence),
    );
  }
  for (const quote of quotes) {
    quote.value.speakers.forEach((id, i) => danglingPerson(quote, `speakers[${i}]`, id));
    danglingTheme(quote, quote.value.theme);
    checkExcerpt(quote, 'ko', quote.value.paragraph, quote.value.ko, 'quote');
  }
  for (const fact of facts) {
    danglingTheme(fact, fact.value.theme);
    fact.value.evidence.forEach((ev, i) => checkEvidence(fact, `evidence[${i}].text`, ev));
  }
  for (const event of timeline) checkEvidence(event, 'evidence.text', event.value.evidence);
  for (const term of glossary) {
    term.value.occurrences.forEach((ev, i) => checkEvidence(term, `occurrences[${i}].text`, ev));
  }

  // Themes: frontmatter, parity between languages, embedded facts and quotes.
  const byLang = new Map<string, Map<string, RawTheme>>();
  for (const theme of raw.themes) {
    if (!(LANGS as readonly string[]).includes(theme.lang)) {
      problems.push({
        file: theme.file,
        message: `Unknown language folder "${theme.lang}".`,
        hint: `Theme pages live in ${LANGS.map((l) => `${CONTENT_FILES.themes}/${l}/`).join(' or ')}.`,
      });
      continue;
    }
    const parsed = themeSchema.safeParse(theme.data);
    if (theme.parseError !== undefined) {
      problems.push({
        file: theme.file,
        entry: theme.id,
        message: `The frontmatter is not valid YAML: ${theme.parseError}`,
      });
    } else if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        problems.push({ file: theme.file, entry: theme.id, ...describeIssue(issue) });
      }
    }
    const pages = byLang.get(theme.lang) ?? new Map<string, RawTheme>();
    pages.set(theme.id, theme);
    byLang.set(theme.lang, pages);
  }
  for (const id of themeIds) {
    for (const lang of LANGS) {
      if (!byLang.get(lang)?.has(id)) {
        const other = raw.themes.find((t) => t.id === id);
        problems.push({
          file: `${CONTENT_FILES.themes}/${lang}/${id}.mdx`,
          entry: id,
          message: `Theme "${id}" exists in ${other?.lang ?? 'another language'} but not in ${lang}.`,
          hint: `Every theme needs a page in each language (${LANGS.join(', ')}) with the same file name.`,
        });
      }
    }
  }
  const embeddable = new Map<string, string>();
  for (const f of facts) embeddable.set(`Fact:${f.entry}`, f.value.theme);
  for (const q of quotes) embeddable.set(`Quote:${q.entry}`, q.value.theme);
  for (const theme of raw.themes) {
    const counts = new Map<string, number>();
    for (const match of theme.body.matchAll(EMBED)) {
      const key = `${match[1]}:${match[2]}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
      const owner = embeddable.get(key);
      if (owner === undefined) {
        problems.push({
          file: theme.file,
          entry: theme.id,
          field: `<${match[1]} id="${match[2]}">`,
          message: `Unknown ${match[1]?.toLowerCase()} "${match[2]}".`,
          hint: `Use an id from ${match[1] === 'Fact' ? raw.facts.file : raw.quotes.file}.`,
        });
      } else if (owner !== theme.id) {
        problems.push({
          file: theme.file,
          entry: theme.id,
          field: `<${match[1]} id="${match[2]}">`,
          message: `${match[1]} "${match[2]}" belongs to theme "${owner}", not "${theme.id}".`,
          hint: `Embed it in ${CONTENT_FILES.themes}/${theme.lang}/${owner}.mdx, or change its theme.`,
        });
      }
    }
    for (const [key, owner] of embeddable) {
      if (owner !== theme.id) continue;
      const [component, id] = key.split(':');
      const count = counts.get(key) ?? 0;
      if (count !== 1) {
        problems.push({
          file: theme.file,
          entry: theme.id,
          field: `<${component} id="${id}">`,
          message:
            count === 0
              ? `${component} "${id}" of this theme is not embedded on the page.`
              : `${component} "${id}" is embedded ${count} times; anchors must be unique.`,
          hint: `Embed it exactly once: <${component} id="${id}" />.`,
        });
      }
    }
  }

  // Coverage: every paragraph must be cited by a fact or a quote.
  const citedByFactOrQuote = new Set<number>([
    ...quotes.map((q) => q.value.paragraph),
    ...facts.flatMap((f) => f.value.evidence.map((e) => e.paragraph)),
  ]);
  paragraphs.forEach((_, i) => {
    if (!citedByFactOrQuote.has(i + 1)) {
      problems.push({
        file: raw.source.file,
        entry: `¶${i + 1}`,
        message: `Paragraph ¶${i + 1} is cited by no fact or quote; coverage must be 100%.`,
        hint: `Add a fact with evidence from ¶${i + 1} (starts "${paragraphs[i]?.slice(0, 30)}…").`,
      });
    }
  });
  return problems;
}

/** One readable line per problem: `file › entry › field: message (hint)`. */
export function formatProblem(problem: ContentProblem): string {
  const where = [problem.file, problem.entry, problem.field].filter(Boolean).join(' › ');
  return `${where}: ${problem.message}${problem.hint ? `\n    hint: ${problem.hint}` : ''}`;
}

/** Summary used as the build error's message. */
export function formatProblems(problems: readonly ContentProblem[]): string {
  const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
  return `Content verification found ${count}:\n${problems.map((p) => `  - ${formatProblem(p)}`).join('\n')}`;
}
