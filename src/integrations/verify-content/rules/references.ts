/** Rule: speakers, voices and interviewees name people, facts and quotes a theme, the day a relative date. */
import { closest, distance } from 'fastest-levenshtein';
import { SHARED_VOICES } from '../../../lib/content-schemas.ts';
import { CONTENT_FILES, type ContentProblem, type ValidContent } from '../../../lib/content-files.ts';
import { isSharedVoice } from '../../../lib/voice.ts';

/** ` Did you mean "…"?` for a known id a typo away from `id`, else nothing. */
function didYouMean(id: string, known: readonly string[]): string {
  const guess = known.length > 0 ? closest(id, [...known]) : undefined;
  return guess && distance(id, guess) <= Math.max(2, id.length / 3) ? ` Did you mean "${guess}"?` : '';
}

export function checkReferences(content: ValidContent): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const personIds = content.people.map((person) => person.entry);
  const themeIds = [...new Set(content.themes.map((theme) => theme.id))];
  const person = ({ file, entry }: { file: string; entry: string }, field: string, id: string) => {
    if (!personIds.includes(id)) {
      problems.push({
        file,
        entry,
        field,
        message: `Unknown person "${id}".${didYouMean(id, personIds)}`,
        hint: `Use one of the ids in ${CONTENT_FILES.people}: ${personIds.join(', ')}.`,
      });
    }
  };
  const theme = ({ file, entry }: { file: string; entry: string }, id: string) => {
    if (!themeIds.includes(id)) {
      problems.push({
        file,
        entry,
        field: 'theme',
        message: `Unknown theme "${id}".${didYouMean(id, themeIds)}`,
        hint: `Use a theme that has pages in ${CONTENT_FILES.themes}/<lang>/: ${themeIds.join(', ')}.`,
      });
    }
  };
  const { meta } = content;
  meta.value.interviewees.forEach((id, i) => person(meta, `interviewees[${i}]`, id));
  const dateIds = meta.value.relativeDates.map((date) => date.id);
  if (!dateIds.includes(meta.value.day)) {
    problems.push({
      file: meta.file,
      entry: meta.entry,
      field: 'day',
      message: `Unknown relative date "${meta.value.day}".`,
      hint: `Use the id of one of the relativeDates in ${meta.file}: ${dateIds.join(', ')}.`,
    });
  }
  for (const quote of content.quotes) {
    quote.value.speakers.forEach((id, i) => person(quote, `speakers[${i}]`, id));
    theme(quote, quote.value.theme);
  }
  for (const fact of content.facts) {
    theme(fact, fact.value.theme);
    const { voice } = fact.value;
    if (voice !== undefined && !isSharedVoice(voice) && !personIds.includes(voice)) {
      problems.push({
        file: fact.file,
        entry: fact.entry,
        field: 'voice',
        message: `Unknown voice "${voice}".`,
        hint: `Use a person id from ${CONTENT_FILES.people} (${personIds.join(', ')}) or one of: ${SHARED_VOICES.join(', ')}.`,
      });
    }
  }
  return problems;
}
