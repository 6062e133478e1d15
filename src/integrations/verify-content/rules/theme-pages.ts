/** Rule: every theme has a page in each language, and both pages use the same navigation order. */
import { LANGS } from '../../../site.config.ts';
import { CONTENT_FILES } from '../../../lib/content-files.ts';
import type { ContentProblem } from '../problems.ts';
import type { ValidContent } from '../validate.ts';

export function checkThemePages(content: ValidContent): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const byId = new Map<string, typeof content.themes>();
  for (const theme of content.themes) byId.set(theme.id, [...(byId.get(theme.id) ?? []), theme]);
  for (const [id, pages] of byId) {
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
    for (const page of others) {
      if (first && page.data.order !== first.data.order) {
        problems.push({
          file: page.file,
          entry: id,
          field: 'order',
          message: `The order is ${page.data.order} here but ${first.data.order} in ${first.file}.`,
          hint: 'Both languages list the themes in the same order: use the same value.',
        });
      }
    }
  }
  return problems;
}
