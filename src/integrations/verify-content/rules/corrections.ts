/** Rule: each correction names existing facts and quotes (it shows on their cards) and is not dated after the
 * day it is anywhere on Earth (a correction is logged when it has been made). */
import { CONTENT_FILES, type ContentProblem, type ValidContent } from '../../../lib/content-files.ts';
import { latestDay } from '../../../lib/published-wording.ts';

export function checkCorrections(content: ValidContent, now: Date): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const known = {
    facts: { ids: new Set(content.facts.map((fact) => fact.entry)), file: CONTENT_FILES.facts },
    quotes: { ids: new Set(content.quotes.map((quote) => quote.entry)), file: CONTENT_FILES.quotes },
  };
  const today = latestDay(now);
  for (const { file, entry, value } of content.corrections) {
    for (const kind of ['facts', 'quotes'] as const) {
      value[kind].forEach((id, i) => {
        if (known[kind].ids.has(id)) return;
        const other = kind === 'facts' ? 'quotes' : 'facts';
        problems.push({
          file,
          entry,
          field: `${kind}[${i}]`,
          message: `Unknown ${kind === 'facts' ? 'fact' : 'quote'} "${id}".`,
          hint: known[other].ids.has(id)
            ? `"${id}" is in ${known[other].file}: list it under ${other}.`
            : `Use an id from ${known[kind].file}; a correction names the entries whose wording it changed.`,
        });
      });
    }
    if (value.date > today) {
      problems.push({
        file,
        entry,
        field: 'date',
        message: `The date ${value.date} is after today (${today} in the earliest time zone, UTC+14).`,
        hint: 'Log a correction once it is made, with the day of the commit that made it.',
      });
    }
  }
  return problems;
}
