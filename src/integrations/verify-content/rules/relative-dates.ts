/** Rule: the site's own voice never writes a date relative to the article's unknown publication day ("last
 * July", "지난 7월"): readers would take it relative to today. It writes `{date:ID}`, which must exist. */
import { DATE_TOKEN, relativeDateIds } from '../../../lib/relative-dates.ts';
import type { ContentProblem, ValidContent } from '../../../lib/content-files.ts';
import { findEmbeds } from '../mdx-tree.ts';
import { placeOf, siteProse, withoutSourceQuotes } from '../prose.ts';

const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';

const BARE_RELATIVE_DATE = {
  en: new RegExp(
    `\\b(?:last|next|this|coming|past) (?:${MONTHS}|month|week|year)\\b|\\bthe (?:coming )?\\d{1,2}(?:st|nd|rd|th)\\b|\\b(?:yesterday|tomorrow)\\b`,
    'i',
  ),
  ko: /(?:지난|오는|이번|다음)\s?(?:\d{1,2}\s?[월일]|달)|지난\s?주(?![가-힣])|지난해|작년|올해|내년|어제|내일/,
} as const;

export function checkRelativeDates(content: ValidContent): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const ids = content.meta.value.relativeDates.map((date) => date.id);
  for (const prose of siteProse(content)) {
    const where = placeOf(prose);
    for (const id of relativeDateIds(prose.text)) {
      if (ids.includes(id)) continue;
      problems.push({
        ...where,
        message: `Unknown relative date {date:${id}}.`,
        hint: `Use one of the relativeDates in ${content.meta.file} (${ids.join(', ')}), or add it there with its evidence.`,
      });
    }
    const text = withoutSourceQuotes(prose.text.replace(DATE_TOKEN, ''), content.source.paragraphs);
    const bare = BARE_RELATIVE_DATE[prose.lang].exec(text);
    if (bare) {
      problems.push({
        ...where,
        message: `"${bare[0]}" is a date relative to the article's publication, which the text does not give; readers would take it relative to today.`,
        hint: `Refer to the date as {date:ID} (in a theme page: <RelativeDate id="ID" />), defined once under relativeDates in ${content.meta.file}; pages then show it with what is unknown, e.g. "July (year not given)" / "7월(연도 미상)".`,
      });
    }
  }
  for (const page of content.themes) {
    for (const { id, line } of findEmbeds(page.tree, ['RelativeDate'])) {
      if (id !== undefined && ids.includes(id)) continue;
      problems.push({
        file: page.file,
        entry: page.id,
        ...(line !== undefined && { line }),
        field: '<RelativeDate>',
        message:
          id === undefined ? '<RelativeDate> needs an id written as text.' : `Unknown relative date "${id}".`,
        hint: `Use one of the relativeDates in ${content.meta.file} (${ids.join(', ')}).`,
      });
    }
  }
  return problems;
}
