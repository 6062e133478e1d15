/**
 * Rule: every quote and evidence excerpt is verbatim in the paragraph it cites (after Unicode NFC and
 * whitespace collapsing only), and that paragraph exists.
 */
import type { Evidence } from '../../../lib/content-schemas.ts';
import { closestPassage, isVerbatimIn, normalizeForComparison } from '../../../lib/source-text.ts';
import { markDifferences } from '../../../lib/word-diff.ts';
import type { ContentProblem, ValidContent } from '../../../lib/content-files.ts';

interface Excerpt {
  file: string;
  entry: string;
  field: string;
  paragraph: number;
  text: string;
  kind: 'quote' | 'excerpt';
}

function excerpts(content: ValidContent): Excerpt[] {
  const list: Excerpt[] = [];
  const add = (
    { file, entry }: { file: string; entry: string },
    field: string,
    evidence: Evidence,
    kind: Excerpt['kind'] = 'excerpt',
  ) => list.push({ file, entry, field, paragraph: evidence.paragraph, text: evidence.text, kind });
  const { meta } = content;
  meta.value.evidence.forEach((ev, i) => add(meta, `evidence[${i}].text`, ev));
  meta.value.relativeDates.forEach((date, i) =>
    add(meta, `relativeDates[${i}].evidence.text`, date.evidence),
  );
  for (const person of content.people)
    person.value.roles.forEach((role, i) => add(person, `roles[${i}].evidence.text`, role.evidence));
  for (const quote of content.quotes)
    add(quote, 'ko', { paragraph: quote.value.paragraph, text: quote.value.ko }, 'quote');
  for (const fact of content.facts)
    fact.value.evidence.forEach((ev, i) => add(fact, `evidence[${i}].text`, ev));
  for (const event of content.timeline) add(event, 'evidence.text', event.value.evidence);
  for (const term of content.glossary)
    term.value.occurrences.forEach((ev, i) => add(term, `occurrences[${i}].text`, ev));
  return list;
}

export function checkVerbatim(content: ValidContent): ContentProblem[] {
  const { paragraphs, file: sourceFile } = content.source;
  return excerpts(content).flatMap(({ file, entry, field, paragraph, text, kind }): ContentProblem[] => {
    const source = paragraphs[paragraph - 1];
    if (source === undefined) {
      return [
        {
          file,
          entry,
          field,
          message: `Paragraph ¶${paragraph} does not exist; the source has ${paragraphs.length} paragraphs.`,
          hint: `Cite a paragraph from 1 to ${paragraphs.length} (paragraphs are separated by blank lines in ${sourceFile}).`,
        },
      ];
    }
    if (isVerbatimIn(text, source)) return [];
    const [excerpt, passage] = markDifferences(normalizeForComparison(text), closestPassage(text, source));
    return [
      {
        file,
        entry,
        field,
        message: `The ${kind} is not verbatim in ¶${paragraph}: "${excerpt}"`,
        hint: `Closest passage in ¶${paragraph}: "${passage}" (⟦…⟧ marks what differs). Copy the Korean text exactly; only Unicode normalisation and whitespace may differ.`,
      },
    ];
  });
}
