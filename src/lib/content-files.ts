/**
 * The one content reader, for Astro's collections, the verifier, the search step and the tools, so the build
 * renders exactly what it approved. Files are parsed as Astro parses them (YAML 1.2, so `2025-03-04` stays a
 * string; frontmatter and MDX bodies as the MDX integration reads them), checked against `content-schemas.ts`.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { AstroError } from 'astro/errors';
import { parseFrontmatter } from 'astro/markdown';
import { z } from 'astro/zod';
import { mdxToMdast, type MdastNode } from 'satteri';
import { isNode, LineCounter, parseDocument } from 'yaml';
import * as schemas from './content-schemas.ts';
import { publishedWordingSchema } from './published-wording.ts';
import { buildSiteModel, type ModelContent, type SiteModel } from './site-model.ts';
import { splitParagraphs } from './source-text.ts';
import { useTranslations } from '../i18n/index.ts';
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

/** One thing wrong with the content, located for the author. */
export interface ContentProblem {
  file: string;
  /** Line in the file, when known. */
  line?: number;
  /** Entry id (or index when the id is missing). */
  entry?: string;
  /** Field path inside the entry, e.g. `evidence[0].text`. */
  field?: string;
  message: string;
  /** What to do about it. */
  hint?: string;
}

/** A YAML content file as read from disk, before validation. */
export interface RawFile {
  /** Path relative to the project root, used in messages. */
  file: string;
  data: unknown;
  /** Why the file could not be parsed, if it could not. */
  parseError?: string;
  /** The line of the value at `path`, or of its nearest ancestor that exists. */
  lineOf?: (path: readonly (string | number)[]) => number | undefined;
}

/** A theme page as read from disk: its language folder, its id (the file name) and its whole text. */
export interface RawTheme {
  file: string;
  lang: string;
  id: string;
  text: string;
}

type Files = typeof CONTENT_FILES;
type YamlKey = { [K in keyof Files]: Files[K] extends `${string}.yaml` ? K : never }[keyof Files];
const YAML_KEYS = Object.keys(CONTENT_FILES).filter((key): key is YamlKey =>
  CONTENT_FILES[key as keyof Files].endsWith('.yaml'),
);

/** Everything the reader and the verifier look at; `ui` holds the site's own words outside the content. */
export interface RawContent extends Record<YamlKey, RawFile> {
  source: { file: string; text: string };
  themes: RawTheme[];
  ui: { file: string; lang: Lang; strings: Readonly<Record<string, string>> }[];
}

/** Parses YAML text into a {@link RawFile}, keeping a parse error as data so it can be reported. */
export function parseYamlFile(file: string, text: string): RawFile {
  const lines = new LineCounter();
  const doc = parseDocument(text, { version: '1.2', schema: 'core', prettyErrors: true, lineCounter: lines });
  const [error] = doc.errors;
  if (error) return { file, data: undefined, parseError: error.message };
  const lineOf = (at: readonly (string | number)[]): number | undefined => {
    const node = doc.getIn(at, true);
    if (isNode(node) && node.range) return lines.linePos(node.range[0]).line;
    return at.length > 0 ? lineOf(at.slice(0, -1)) : undefined;
  };
  return { file, data: doc.toJS(), lineOf };
}

/** Reads all content files below `root` (the project root). */
export function readContent(root: string): RawContent {
  const readText = (file: string) => readFileSync(path.join(root, file), 'utf8');
  // Each page in its language's folder: `en/ai-bubble.mdx`.
  const themes = readdirSync(path.join(root, CONTENT_FILES.themes), { recursive: true, encoding: 'utf8' })
    .toSorted()
    .map((name) => name.split(path.sep))
    .filter((parts): parts is [string, string] => parts.length === 2 && parts[1]?.endsWith('.mdx') === true)
    .map(([lang, name]) => {
      const file = `${CONTENT_FILES.themes}/${lang}/${name}`;
      return { file, lang, id: name.slice(0, -'.mdx'.length), text: readText(file) };
    });
  const yaml = Object.fromEntries(
    YAML_KEYS.map((key) => [key, parseYamlFile(CONTENT_FILES[key], readText(CONTENT_FILES[key]))]),
  ) as Record<YamlKey, RawFile>;
  return {
    source: { file: CONTENT_FILES.source, text: readText(CONTENT_FILES.source) },
    ...yaml,
    themes,
    ui: LANGS.map((lang) => ({ file: `src/i18n/${lang}.json`, lang, strings: useTranslations(lang) })),
  };
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** A valid entry and where it came from. */
export interface Located<T> {
  file: string;
  entry: string;
  value: T;
}

/** A zod issue as a problem for the author: a missing field named so, advice on unknown ones (a YAML comma slip). */
function describeIssue(issue: z.core.$ZodIssue): Omit<ContentProblem, 'file'> {
  const field = z.core.toDotPath(issue.path) || undefined;
  const at = field ? { field } : {};
  if (issue.code === 'invalid_type' && field && issue.input === undefined) {
    return {
      ...at,
      message: `The field is missing; it takes a ${issue.expected}.`,
      hint: 'Every field is described in src/lib/content-schemas.ts.',
    };
  }
  if (issue.code === 'unrecognized_keys') {
    return {
      ...at,
      message: `Unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}.`,
      hint: 'Check the spelling against the schema. Inside { … } in YAML a comma ends the value: put text that contains a comma in quotes.',
    };
  }
  return { ...at, message: issue.message };
}

/** Validates one value against its schema; returns it, or undefined after reporting its problems. */
function validateObject<S extends z.ZodType>(
  at: Pick<ContentProblem, 'file' | 'entry'>,
  data: unknown,
  schema: S,
  problems: ContentProblem[],
): z.infer<S> | undefined {
  // With each issue's input, so that a missing field (no input) is told from a wrong one.
  const result = schema.safeParse(data, { reportInput: true });
  if (result.success) return result.data;
  for (const issue of result.error.issues) problems.push({ ...at, ...describeIssue(issue) });
  return undefined;
}

/** Validates a YAML list entry by entry; returns the valid entries and reports the rest. */
function validateList<S extends z.ZodType>(
  { file, data, parseError }: RawFile,
  schema: S,
  problems: ContentProblem[],
): Located<z.infer<S>>[] {
  if (!Array.isArray(data)) {
    if (parseError === undefined) {
      problems.push({ file, message: 'The file must contain a YAML list of entries.' });
    }
    return [];
  }
  const seen = new Map<string, number>();
  return data.flatMap((value: unknown, index) => {
    const id = (value as { id?: unknown } | null)?.id;
    const entry = typeof id === 'string' ? id : `#${index + 1}`;
    const valid = validateObject({ file, entry }, value, schema, problems);
    const first = seen.get(entry);
    if (valid === undefined) return [];
    if (first === undefined) {
      seen.set(entry, index);
      return [{ file, entry, value: valid }];
    }
    problems.push({
      file,
      entry,
      field: 'id',
      message: `Duplicate id "${entry}": entries #${first + 1} and #${index + 1} share it.`,
      hint: 'Ids are used in URLs and anchors; give each entry its own.',
    });
    return [];
  });
}

/** Validates each theme page: language folder, frontmatter, MDX body (whose tree keeps the file's lines). */
function validateThemes(raw: RawContent, problems: ContentProblem[]) {
  return raw.themes.flatMap((theme) => {
    const at = { file: theme.file, entry: theme.id };
    const lang = LANGS.find((candidate) => candidate === theme.lang);
    if (lang === undefined) {
      problems.push({
        file: theme.file,
        message: `Unknown language folder "${theme.lang}".`,
        hint: `Theme pages live in ${LANGS.map((l) => `${CONTENT_FILES.themes}/${l}/`).join(' or ')}.`,
      });
      return [];
    }
    let page: ReturnType<typeof parseFrontmatter>;
    let tree: MdastNode;
    try {
      page = parseFrontmatter(theme.text, { frontmatter: 'empty-with-spaces' });
    } catch (error) {
      problems.push({ ...at, message: `The frontmatter is not valid YAML: ${message(error)}` });
      return [];
    }
    try {
      tree = mdxToMdast(page.content);
    } catch (error) {
      problems.push({
        ...at,
        message: `The page is not valid MDX: ${message(error)}`,
        hint: 'Line and column count from the top of the file. Components are written <Fact id="…" />.',
      });
      return [];
    }
    const data = validateObject(at, page.frontmatter, schemas.themeSchema, problems);
    return data ? [{ ...theme, lang, tree, data }] : [];
  });
}

/** Validates every file against its schema; `content` is undefined when anything is malformed. */
export function validateContent(raw: RawContent) {
  const problems: ContentProblem[] = YAML_KEYS.flatMap((key) => {
    const { file, parseError } = raw[key];
    return parseError === undefined ? [] : [{ file, message: `The file is not valid YAML: ${parseError}` }];
  });
  const object = <S extends z.ZodType>(file: RawFile, schema: S) =>
    file.parseError === undefined
      ? validateObject({ file: file.file }, file.data, schema, problems)
      : undefined;
  const meta = object(raw.sourceMeta, schemas.sourceMetaSchema);
  const published = object(raw.published, publishedWordingSchema);
  const content = {
    source: { file: raw.source.file, paragraphs: splitParagraphs(raw.source.text) },
    people: validateList(raw.people, schemas.personSchema, problems),
    quotes: validateList(raw.quotes, schemas.quoteSchema, problems),
    facts: validateList(raw.facts, schemas.factSchema, problems),
    timeline: validateList(raw.timeline, schemas.timelineEventSchema, problems),
    glossary: validateList(raw.glossary, schemas.glossaryTermSchema, problems),
    termbase: validateList(raw.termbase, schemas.termSchema, problems),
    corrections: validateList(raw.corrections, schemas.correctionSchema, problems),
    themes: validateThemes(raw, problems),
    ui: raw.ui,
  };
  // Cross-checks need well-formed entries; report shape problems alone rather than their cascade.
  const valid = problems.length === 0 && meta !== undefined && published !== undefined;
  return {
    problems,
    content: valid
      ? {
          ...content,
          meta: { file: raw.sourceMeta.file, entry: 'source', value: meta },
          published: { file: raw.published.file, value: published },
        }
      : undefined,
  };
}

/** Content whose every entry passed its schema: what the verifier's rules look at. */
export type ValidContent = NonNullable<ReturnType<typeof validateContent>['content']>;

/** The problem with its line, from its entry and field, when it is about a YAML file or frontmatter. */
export function withLine(raw: RawContent, problem: ContentProblem): ContentProblem {
  if (problem.line !== undefined) return problem;
  // `evidence[0].text` → `['evidence', 0, 'text']`
  const keys = [...(problem.field ?? '').matchAll(/[^.[\]]+/g)].map(([key]) =>
    /^\d+$/.test(key) ? Number(key) : key,
  );
  const theme = raw.themes.find((page) => page.file === problem.file);
  if (theme) {
    const line = theme.text
      .split('\n')
      .findIndex((text) => keys.length === 1 && text.startsWith(`${keys[0]}:`));
    return line < 0 ? problem : { ...problem, line: line + 1 };
  }
  const yaml = YAML_KEYS.map((key) => raw[key]).find((file) => file.file === problem.file);
  if (!yaml?.lineOf) return problem;
  const entries = Array.isArray(yaml.data) ? (yaml.data as unknown[]) : undefined;
  const index = entries?.findIndex(
    (entry, i) => (entry as { id?: unknown } | null)?.id === problem.entry || `#${i + 1}` === problem.entry,
  );
  const line = yaml.lineOf(entries && problem.entry !== undefined ? [index ?? -1, ...keys] : keys);
  return line === undefined ? problem : { ...problem, line };
}

/** The build error's message: one line per problem, `file:line › entry › field: message (hint)`. */
export function formatProblems(problems: readonly ContentProblem[]): string {
  const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
  const lines = problems.map((problem) => {
    const file = problem.line === undefined ? problem.file : `${problem.file}:${problem.line}`;
    const where = [file, problem.entry, problem.field].filter(Boolean).join(' › ');
    return `  - ${where}: ${problem.message}${problem.hint ? `\n    hint: ${problem.hint}` : ''}`;
  });
  return `Content verification found ${count}:\n${lines.join('\n')}`;
}

export const VERIFICATION_HINT =
  'Every quote and evidence excerpt must be verbatim in the paragraph it cites, every reference must resolve, every paragraph must be cited, and the site’s own sentences must keep speakers, hedges, display names and relative dates as CONTRIBUTING.md describes. Run `npm run verify` to check again.';

/** A content error as plain data, as the dev server's `site` collection keeps it. */
interface ErrorData {
  message: string;
  hint?: string | undefined;
  loc?: { file: string; line: number; column: number } | undefined;
}

export type ContentError = AstroError & Pick<ErrorData, 'loc'>;

/** Its stack would only point at the reader, so a content error has none. */
function astroError({ message, hint, loc }: ErrorData): ContentError {
  const error: ContentError = new AstroError(message, hint);
  if (loc) error.loc = loc;
  error.stack = '';
  return error;
}

/** The error Astro shows, located at the first problem so the dev overlay's "Open in editor" opens its line. */
export function contentError(problems: readonly ContentProblem[], root: string): ContentError {
  const [first] = problems;
  return astroError({
    message: formatProblems(problems),
    hint: VERIFICATION_HINT,
    loc: first && { file: path.join(root, first.file), line: first.line ?? 1, column: 1 },
  });
}

/** What the `site` collection holds: the content or, in the dev server, why it does not verify. */
export type SiteEntry = ModelContent | { problems: ErrorData };

/** The content of the `site` collection; throws the problems it holds instead, for the error overlay. */
export function siteContent(entry: SiteEntry | undefined): ModelContent {
  if (entry && !('problems' in entry)) return entry;
  throw astroError(entry?.problems ?? { message: 'The site collection has no content entry.' });
}

/** Validated content as the site model takes it: the source as paragraphs, each entry's value (in any order). */
export function modelContent(content: ValidContent) {
  const values = <T>(list: readonly Located<T>[]) => list.map((entry) => entry.value);
  return {
    meta: content.meta.value,
    paragraphs: content.source.paragraphs,
    people: values(content.people),
    quotes: values(content.quotes),
    facts: values(content.facts),
    corrections: values(content.corrections),
    published: content.published.value,
    themes: content.themes.map(({ id, lang, data }) => ({ id, lang, data })),
    glossary: values(content.glossary),
    timeline: values(content.timeline),
  };
}

/** The content under the project root, read and validated outside Astro; throws {@link contentError} if malformed. */
export function loadContent(root: string): ModelContent {
  const raw = readContent(root);
  const { content, problems } = validateContent(raw);
  if (!content) {
    throw contentError(
      problems.map((problem) => withLine(raw, problem)),
      root,
    );
  }
  return modelContent(content);
}

/**
 * The site model for code that runs outside Astro (the search step, tools, tests), its addresses by the
 * routing `astro.config.mjs` configures (English at the root, other languages under their code, trailing
 * slash, base path); the pages test checks every address against the build.
 */
export function loadSiteModel(root: string, content = loadContent(root)): SiteModel {
  return buildSiteModel(
    content,
    (lang, slug) => `${basePath()}${lang === DEFAULT_LANG ? '' : `${lang}/`}${slug ? `${slug}/` : ''}`,
  );
}
