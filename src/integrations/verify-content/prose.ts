/** The site's own sentences in both languages: the content fields it words itself (not verbatim Korean),
 * theme pages and UI strings. */
import type { BilingualText } from '../../lib/content-schemas.ts';
import { normalizeForComparison } from '../../lib/source-text.ts';
import { LANGS, type Lang } from '../../site.config.ts';
import { proseRuns } from './mdx-tree.ts';
import type { ContentProblem, Located, ValidContent } from '../../lib/content-files.ts';

export interface Prose {
  file: string;
  entry: string;
  field: string;
  /** In a theme page. */
  line?: number;
  lang: Lang;
  text: string;
}

export function placeOf({ file, entry, field, line }: Prose): Omit<ContentProblem, 'message'> {
  return { file, entry, field, ...(line !== undefined && { line }) };
}

/** Several rules read the prose: gathered once per content. */
const proseOf = new WeakMap<ValidContent, readonly Prose[]>();

export function siteProse(content: ValidContent): readonly Prose[] {
  const known = proseOf.get(content);
  if (known) return known;
  const list: Prose[] = [];
  const both = <T>({ file, entry, value }: Located<T>, ...fields: (keyof T & string)[]) => {
    for (const field of fields) {
      const text = value[field] as BilingualText | undefined;
      if (text) {
        for (const lang of LANGS) {
          list.push({ file, entry, field: `${field}.${lang}`, lang, text: text[lang] });
        }
      }
    }
  };
  // Fields where only the English is the site's own wording (the Korean is the source's).
  const english = ({ file, entry }: { file: string; entry: string }, field: string, text: string) =>
    list.push({ file, entry, field, lang: 'en', text });
  const { meta } = content;
  english(meta, 'place.en', meta.value.place.en);
  for (const person of content.people) {
    person.value.roles.forEach((role, i) => english(person, `roles[${i}].en`, role.en));
  }
  for (const quote of content.quotes) {
    english(quote, 'en', quote.value.en);
    both(quote, 'attributionNote', 'occasion');
  }
  for (const fact of content.facts) both(fact, 'statement');
  for (const event of content.timeline) both(event, 'date', 'event', 'orderNote');
  for (const term of content.glossary) {
    english(term, 'term.en', term.value.term.en);
    both(term, 'definition');
  }
  for (const correction of content.corrections) both(correction, 'what', 'why');
  for (const page of content.themes) {
    const at = { file: page.file, entry: page.id, lang: page.lang };
    list.push({ ...at, field: 'title', text: page.data.title });
    list.push({ ...at, field: 'description', text: page.data.description });
    if (page.data.navTitle) list.push({ ...at, field: 'navTitle', text: page.data.navTitle });
    for (const run of proseRuns(page.tree)) {
      list.push({ ...at, field: 'body', ...(run.line !== undefined && { line: run.line }), text: run.text });
    }
  }
  for (const ui of content.ui) {
    for (const [key, text] of Object.entries(ui.strings)) {
      list.push({ file: ui.file, entry: key, field: 'text', lang: ui.lang, text });
    }
  }
  proseOf.set(content, list);
  return list;
}

const QUOTED = /"([^"]+)"|“([^”]+)”|'([^']+)'|‘([^’]+)’|「([^」]+)」/g;

/** The source paragraphs as `isVerbatimIn` compares them, once per source: all prose is checked against them. */
const normalizedParagraphs = new WeakMap<readonly string[], string[]>();

/** `text` without what it quotes verbatim from the source ("'지난 7월' 등"): a mention, not the site's voice. */
export function withoutSourceQuotes(text: string, paragraphs: readonly string[]): string {
  const source = normalizedParagraphs.get(paragraphs) ?? paragraphs.map(normalizeForComparison);
  normalizedParagraphs.set(paragraphs, source);
  return text.replace(QUOTED, (whole, ...groups: (string | undefined)[]) => {
    const inner = normalizeForComparison(groups.slice(0, 5).find((group) => group !== undefined) ?? '');
    return inner.length > 0 && source.some((paragraph) => paragraph.includes(inner))
      ? ' '.repeat(whole.length)
      : whole;
  });
}
