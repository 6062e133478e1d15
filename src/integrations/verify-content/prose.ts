/**
 * The site's own sentences, in both languages, wherever they are written: content fields the site
 * words itself (not the verbatim Korean of quotes and evidence), theme pages and UI strings.
 */
import { isVerbatimIn } from '../../lib/source-text.ts';
import { proseRuns } from './mdx-tree.ts';
import type { ValidContent } from './validate.ts';

/** One piece of the site's own prose, located for the author. */
export interface Prose {
  file: string;
  entry: string;
  field: string;
  lang: 'en' | 'ko';
  text: string;
}

type Bilingual = { en: string; ko: string };

/** Every piece of prose the site writes. */
export function siteProse(content: ValidContent): Prose[] {
  const list: Prose[] = [];
  const both = (
    { file, entry }: { file: string; entry: string },
    field: string,
    text: Bilingual | undefined,
  ) => {
    if (!text) return;
    list.push({ file, entry, field: `${field}.en`, lang: 'en', text: text.en });
    list.push({ file, entry, field: `${field}.ko`, lang: 'ko', text: text.ko });
  };
  const { meta } = content;
  list.push({ file: meta.file, entry: meta.entry, field: 'place.en', lang: 'en', text: meta.value.place.en });
  for (const person of content.people)
    person.value.roles.forEach((role, i) =>
      list.push({ ...person, field: `roles[${i}].en`, lang: 'en', text: role.en }),
    );
  for (const quote of content.quotes) {
    list.push({ file: quote.file, entry: quote.entry, field: 'en', lang: 'en', text: quote.value.en });
    both(quote, 'attributionNote', quote.value.attributionNote);
    both(quote, 'occasion', quote.value.occasion);
  }
  for (const fact of content.facts) both(fact, 'statement', fact.value.statement);
  for (const event of content.timeline) {
    both(event, 'date', event.value.date);
    both(event, 'event', event.value.event);
    both(event, 'orderNote', event.value.orderNote);
  }
  for (const term of content.glossary) {
    list.push({ file: term.file, entry: term.entry, field: 'term.en', lang: 'en', text: term.value.term.en });
    both(term, 'definition', term.value.definition);
  }
  for (const page of content.themes) {
    const at = { file: page.file, entry: page.id, lang: page.lang };
    list.push({ ...at, field: 'title', text: page.data.title });
    list.push({ ...at, field: 'description', text: page.data.description });
    if (page.data.navTitle) list.push({ ...at, field: 'navTitle', text: page.data.navTitle });
    for (const run of proseRuns(page.tree))
      list.push({ ...at, field: run.line === undefined ? 'body' : `line ${run.line}`, text: run.text });
  }
  for (const ui of content.ui) {
    if (ui.lang !== 'en' && ui.lang !== 'ko') continue;
    for (const [key, text] of Object.entries(ui.strings))
      list.push({ file: ui.file, entry: key, field: 'text', lang: ui.lang, text });
  }
  return list;
}

const QUOTED = /"([^"]+)"|“([^”]+)”|'([^']+)'|‘([^’]+)’|「([^」]+)」/g;

/**
 * `text` without the passages it quotes verbatim from the source: quoting the article's own words
 * ("'지난 7월' 등") is a mention, not the site's voice.
 */
export function withoutSourceQuotes(text: string, paragraphs: readonly string[]): string {
  return text.replace(QUOTED, (whole, ...groups: (string | undefined)[]) => {
    const inner = groups.slice(0, 5).find((group) => group !== undefined) ?? '';
    return paragraphs.some((paragraph) => isVerbatimIn(inner, paragraph)) ? ' '.repeat(whole.length) : whole;
  });
}
