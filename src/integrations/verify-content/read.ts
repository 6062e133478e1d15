/**
 * Reading content from disk, parsed exactly as Astro parses it: YAML data files with the parser the
 * collections' loaders use, theme frontmatter with the function the MDX integration uses, theme bodies
 * with the MDX parser the site renders them with.
 */
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { parseFrontmatter } from 'astro/markdown';
import { mdxToMdast, type MdastNode } from 'satteri';
import { CONTENT_FILES, parseContentYaml } from '../../lib/content-files.ts';
import { useTranslations } from '../../i18n/index.ts';
import { LANGS, type Lang } from '../../site.config.ts';

/** A content file as read from disk, before validation. */
export interface RawFile {
  /** Path relative to the project root, used in messages. */
  file: string;
  /** Parsed YAML data. */
  data: unknown;
  /** Why the file could not be parsed, if it could not. */
  parseError?: string;
}

/** A theme page as read from disk. */
export interface RawTheme {
  file: string;
  /** Language folder the file is in. */
  lang: string;
  /** Theme id: the file name without `.mdx`. */
  id: string;
  /** The whole MDX file. */
  text: string;
}

/** A parsed theme page. */
export interface ParsedTheme extends RawTheme {
  frontmatter: RawFile;
  /** The MDX syntax tree of the body (frontmatter blanked, so positions are lines of the file). */
  tree?: MdastNode;
  /** Why the body is not valid MDX, if it is not. */
  mdxError?: string;
}

/** UI strings of one language (the site's own words outside the content files). */
export interface RawUiStrings {
  file: string;
  lang: Lang;
  strings: Readonly<Record<string, string>>;
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
  /** The approved English rendering of each recurring Korean expression. */
  termbase: RawFile;
  /** The corrections log. */
  corrections: RawFile;
  /** The published wording, as last recorded. */
  published: RawFile;
  themes: RawTheme[];
  ui: RawUiStrings[];
}

/** Parses YAML text into a {@link RawFile}, keeping a parse error as data so it can be reported. */
export function parseYamlFile(file: string, text: string): RawFile {
  try {
    return { file, data: parseContentYaml(text) };
  } catch (error) {
    return { file, data: undefined, parseError: error instanceof Error ? error.message : String(error) };
  }
}

/** Splits a theme page into frontmatter and MDX syntax tree; a syntax error is kept as data. */
export function parseTheme(theme: RawTheme): ParsedTheme {
  let content = theme.text;
  let frontmatter: RawFile;
  try {
    const parsed = parseFrontmatter(theme.text, { frontmatter: 'empty-with-spaces' });
    frontmatter = { file: theme.file, data: parsed.frontmatter };
    content = parsed.content;
  } catch (error) {
    frontmatter = {
      file: theme.file,
      data: undefined,
      parseError: error instanceof Error ? error.message : String(error),
    };
  }
  try {
    return { ...theme, frontmatter, tree: mdxToMdast(content) };
  } catch (error) {
    return { ...theme, frontmatter, mdxError: error instanceof Error ? error.message : String(error) };
  }
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
      themes.push({ file, lang: lang.name, id: name.replace(/\.mdx$/, ''), text: await readText(file) });
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
    termbase: await readYaml(CONTENT_FILES.termbase),
    corrections: await readYaml(CONTENT_FILES.corrections),
    published: await readYaml(CONTENT_FILES.published),
    themes,
    ui: LANGS.map((lang) => ({ file: `src/i18n/${lang}.ts`, lang, strings: useTranslations(lang) })),
  };
}
