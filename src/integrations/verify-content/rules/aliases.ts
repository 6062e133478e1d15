/**
 * Rule: prose names people by their one display name per language (`nameEn`, `nameKo`); the other
 * spellings in `aliases` are for search only, so a page never shows one person in two forms.
 */
import { CONTENT_FILES } from '../../../lib/content-files.ts';
import { personName } from '../../../lib/person-name.ts';
import type { ContentProblem, ValidContent } from '../../../lib/content-files.ts';
import { placeOf, siteProse } from '../prose.ts';

export function checkAliases(content: ValidContent): ContentProblem[] {
  const aliases = content.people.flatMap((person) =>
    person.value.aliases.map((alias) => ({
      alias,
      person: person.value,
      pattern: new RegExp(`(?<![\\p{L}\\p{N}-])${RegExp.escape(alias)}(?![\\p{L}\\p{N}-])`, 'u'),
    })),
  );
  const problems: ContentProblem[] = [];
  for (const prose of siteProse(content)) {
    for (const { alias, person, pattern } of aliases) {
      if (!pattern.test(prose.text)) continue;
      problems.push({
        ...placeOf(prose),
        message: `"${alias}" is an alias of ${personName(person, 'en')}; prose uses the display name.`,
        hint: `Write "${personName(person, prose.lang)}" (from ${CONTENT_FILES.people}). Aliases stay searchable without appearing in prose.`,
      });
    }
  }
  return problems;
}
