/** Rule: each quote and excerpt is verbatim (after NFC and whitespace collapsing) in the paragraph it cites. */
import type { Evidence } from '../../../lib/content-schemas.ts';
import { closestPassage, isVerbatimIn, normalizeForComparison } from '../../../lib/source-text.ts';
import { markDifferences } from '../../../lib/word-diff.ts';
import type { ContentProblem, ValidContent } from '../../../lib/content-files.ts';

export function checkVerbatim(content: ValidContent): ContentProblem[] {
  const { paragraphs, file: sourceFile } = content.source;
  const problems: ContentProblem[] = [];
  const check = (
    { file, entry }: { file: string; entry: string },
    field: string,
    { paragraph, text }: Evidence,
    kind = 'excerpt',
  ) => {
    const source = paragraphs[paragraph - 1];
    const at = { file, entry, field };
    if (source === undefined) {
      problems.push({
        ...at,
        message: `Paragraph ¶${paragraph} does not exist; the source has ${paragraphs.length} paragraphs.`,
        hint: `Cite a paragraph from 1 to ${paragraphs.length} (paragraphs are separated by blank lines in ${sourceFile}).`,
      });
    } else if (!isVerbatimIn(text, source)) {
      const [excerpt, passage] = markDifferences(normalizeForComparison(text), closestPassage(text, source));
      problems.push({
        ...at,
        message: `The ${kind} is not verbatim in ¶${paragraph}: "${excerpt}"`,
        hint: `Closest passage in ¶${paragraph}: "${passage}" (⟦…⟧ marks what differs). Copy the Korean text exactly; only Unicode normalisation and whitespace may differ.`,
      });
    }
  };
  const { meta } = content;
  meta.value.evidence.forEach((ev, i) => check(meta, `evidence[${i}].text`, ev));
  meta.value.relativeDates.forEach((date, i) =>
    check(meta, `relativeDates[${i}].evidence.text`, date.evidence),
  );
  for (const person of content.people) {
    person.value.roles.forEach((role, i) => check(person, `roles[${i}].evidence.text`, role.evidence));
  }
  for (const quote of content.quotes) {
    check(quote, 'ko', { paragraph: quote.value.paragraph, text: quote.value.ko }, 'quote');
  }
  for (const fact of content.facts) {
    fact.value.evidence.forEach((ev, i) => check(fact, `evidence[${i}].text`, ev));
  }
  for (const event of content.timeline) check(event, 'evidence.text', event.value.evidence);
  for (const term of content.glossary) {
    term.value.occurrences.forEach((ev, i) => check(term, `occurrences[${i}].text`, ev));
  }
  return problems;
}
