/** Rule: every theme has a page in each language, with one navigation order no other theme uses, and an id
 * that is not a section, a language or a top-level route (whose page Astro would build instead). */
import { LANGS, ROOT_ROUTES, SECTIONS } from '../../../site.config.ts';
import { CONTENT_FILES, type ContentProblem, type ValidContent } from '../../../lib/content-files.ts';

const RESERVED = new Map<string, string>([
  ...SECTIONS.map(({ slug }) => [slug, 'the section'] as const),
  ...LANGS.map((lang) => [lang, 'the language'] as const),
  ...ROOT_ROUTES.map((route) => [route, 'the top-level route'] as const),
]);

export function checkThemePages(content: ValidContent): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const byId = Map.groupBy(content.themes, (theme) => theme.id);
  const byOrder = new Map<number, string>();
  for (const [id, pages] of byId) {
    const reserved = RESERVED.get(id);
    if (reserved) {
      for (const page of pages) {
        problems.push({
          file: page.file,
          entry: id,
          message: `The theme id "${id}" is also ${reserved} "${id}": the page would not be built.`,
          hint: 'Rename the theme: its files in every language and the theme of its facts and quotes.',
        });
      }
      continue;
    }
    for (const lang of LANGS) {
      if (pages.some((page) => page.lang === lang)) continue;
      problems.push({
        file: `${CONTENT_FILES.themes}/${lang}/${id}.mdx`,
        entry: id,
        message: `Theme "${id}" exists in ${pages[0]?.lang ?? 'another language'} but not in ${lang}.`,
        hint: `Every theme needs a page in each language (${LANGS.join(', ')}) with the same file name.`,
      });
    }
    const [first, ...others] = pages;
    if (!first) continue;
    for (const page of others) {
      if (page.data.order === first.data.order) continue;
      problems.push({
        file: page.file,
        entry: id,
        field: 'order',
        message: `The order is ${page.data.order} here but ${first.data.order} in ${first.file}.`,
        hint: 'Both languages list the themes in the same order: use the same value.',
      });
    }
    const other = byOrder.get(first.data.order);
    if (other === undefined) byOrder.set(first.data.order, id);
    else {
      problems.push({
        file: first.file,
        entry: id,
        field: 'order',
        message: `Theme "${other}" has the order ${first.data.order} too; the navigation needs one order per theme.`,
        hint: 'Give each theme its own order, the same in every language.',
      });
    }
  }
  return problems;
}
