/** Rule: prose names people by display name; `aliases` are for search, so no page shows one person two ways. */
import { CONTENT_FILES, type ContentProblem, type ValidContent } from '../../../lib/content-files.ts';
import { personName } from '../../../lib/person-name.ts';
import { placeOf, siteProse } from '../prose.ts';

export function checkAliases(content: ValidContent): ContentProblem[] {
  const aliases = content.people.flatMap((person) =>
    person.value.aliases.map((alias) => ({
      alias,
      person: person.value,
      pattern: new RegExp(`(?<![\\p{L}\\p{N}-])${RegExp.escape(alias)}(?![\\p{L}\\p{N}-])`, 'u'),
    })),
  );
  return siteProse(content).flatMap((prose) =>
    aliases
      .filter(({ pattern }) => pattern.test(prose.text))
      .map(({ alias, person }) => ({
        ...placeOf(prose),
        message: `"${alias}" is an alias of ${personName(person, 'en')}; prose uses the display name.`,
        hint: `Write "${personName(person, prose.lang)}" (from ${CONTENT_FILES.people}). Aliases stay searchable without appearing in prose.`,
      })),
  );
}
