/** The one display form of a person's name per language; the other spellings are aliases for search. */
import type { Person } from './content-schemas.ts';
import type { Lang } from '../site.config.ts';

/** A person's name in a language: `nameKo` in Korean, `nameEn` (family name first) in English. */
export function personName(person: Pick<Person, 'nameEn' | 'nameKo'>, lang: Lang): string {
  return lang === 'ko' ? person.nameKo : person.nameEn;
}

/** Names as one list, on pages and in search results alike: "A and B", "A, B, and C", "이홍락·임우형". */
export function nameList(names: readonly string[], lang: string): string {
  // Korean lists names with a middle dot; Intl's Korean list would read "이홍락 및 임우형".
  return lang === 'ko' ? names.join('·') : new Intl.ListFormat(lang).format(names);
}

/** People's names as one list (`nameList`). */
export function personNames(people: readonly Pick<Person, 'nameEn' | 'nameKo'>[], lang: Lang): string {
  return nameList(
    people.map((person) => personName(person, lang)),
    lang,
  );
}
