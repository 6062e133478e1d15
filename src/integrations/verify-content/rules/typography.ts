/**
 * Rule: the site's English uses typographic quotation marks and apostrophes (“…”, ‘…’, ’). Korean text
 * is left as it is: verbatim excerpts keep the article's own marks, and the article's words quoted
 * inside English prose may keep them too.
 */
import type { ContentProblem, ValidContent } from '../../../lib/content-files.ts';
import { placeOf, siteProse, withoutSourceQuotes } from '../prose.ts';

const STRAIGHT = /["']/u;

export function checkTypography(content: ValidContent): ContentProblem[] {
  return siteProse(content)
    .filter((prose) => prose.lang === 'en')
    .flatMap((prose) => {
      const text = withoutSourceQuotes(prose.text, content.source.paragraphs);
      const at = text.search(STRAIGHT);
      if (at < 0) return [];
      // A few whole words either side, so the author can find the place.
      const before = prose.text.slice(0, at).split(' ').slice(-3).join(' ');
      const after = prose.text
        .slice(at + 1)
        .split(' ')
        .slice(0, 3)
        .join(' ');
      const context = `${before}${text[at]}${after}`;
      return [
        {
          ...placeOf(prose),
          message: `Straight ${text[at] === '"' ? 'quotation mark' : 'apostrophe or quotation mark'} in English: "…${context}…".`,
          hint: 'English text uses ’ for apostrophes (Korea’s), “…” for quotations and ‘…’ inside them. Korean verbatim text keeps the article’s marks.',
        },
      ];
    });
}
