/** Rule: the site's English uses typographic quotation marks and apostrophes; verbatim Korean keeps its own. */
import type { ContentProblem, ValidContent } from '../../../lib/content-files.ts';
import { placeOf, siteProse, withoutSourceQuotes } from '../prose.ts';

export function checkTypography(content: ValidContent): ContentProblem[] {
  return siteProse(content)
    .filter((prose) => prose.lang === 'en')
    .flatMap((prose) => {
      const text = withoutSourceQuotes(prose.text, content.source.paragraphs);
      const at = text.search(/["']/u);
      if (at < 0) return [];
      // A few whole words either side, so the author can find the place.
      const before = prose.text.slice(0, at).split(' ').slice(-3).join(' ');
      const context = before + prose.text.slice(at).split(' ', 3).join(' ');
      return [
        {
          ...placeOf(prose),
          message: `Straight ${text[at] === '"' ? 'quotation mark' : 'apostrophe or quotation mark'} in English: "…${context}…".`,
          hint: 'English text uses ’ for apostrophes (Korea’s), “…” for quotations and ‘…’ inside them. Korean verbatim text keeps the article’s marks.',
        },
      ];
    });
}
