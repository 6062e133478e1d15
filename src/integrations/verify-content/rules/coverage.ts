/** Rule: every paragraph of the source is cited by at least one fact or quote. */
import type { ContentProblem, ValidContent } from '../../../lib/content-files.ts';

/** Quotation marks a paragraph may open with; the hint quotes its start, so they are left out. */
const LEADING_QUOTES = /^["“”'‘’「『]+/;

export function checkCoverage(content: ValidContent): ContentProblem[] {
  const cited = new Set<number>([
    ...content.quotes.map((quote) => quote.value.paragraph),
    ...content.facts.flatMap((fact) => fact.value.evidence.map((e) => e.paragraph)),
  ]);
  return content.source.paragraphs.flatMap((paragraph, i): ContentProblem[] =>
    cited.has(i + 1)
      ? []
      : [
          {
            file: content.source.file,
            entry: `¶${i + 1}`,
            message: `Paragraph ¶${i + 1} is cited by no fact or quote; coverage must be 100%.`,
            hint: `Add a fact with evidence from ¶${i + 1} (starts "${paragraph.replace(LEADING_QUOTES, '').slice(0, 30)}…").`,
          },
        ],
  );
}
