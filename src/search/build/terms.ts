/**
 * Extra search terms for a page or record: Korean forms, every spelling of the people it mentions and
 * every form of the glossary terms it uses in both languages (`EXAONE` finds 엑사원 and back).
 */
import { romanize } from 'es-hangul';
import type { GlossaryTerm, Person } from '../../lib/content-schemas.ts';
import { searchVariants } from '../../lib/name-variants.ts';
import { hasHangul, words } from '../shared/words.ts';
import { acronymSpellings, joinedCompounds, koreanIndexTerms, standaloneNouns } from './korean.ts';
import { relatedForms } from './word-families.ts';

type PersonNames = Pick<Person, 'id' | 'nameKo' | 'nameEn' | 'aliases'>;

interface SearchLexicon {
  people: readonly PersonNames[];
  /** Every form of each glossary term, both languages together. */
  glossary: readonly (readonly string[])[];
  /** Nouns a Korean compound may be split into (see `compoundParts`). */
  nouns: ReadonlySet<string>;
  /** Every Latin word of the site, lower case: the members a word family may have (`relatedForms`). */
  words: ReadonlySet<string>;
}

/** The lexicon of the indexed texts: the Korean's and glossary's standalone nouns, and `romanisedNames`. */
export function searchLexicon(
  texts: readonly { lang: string; text: string }[],
  people: readonly PersonNames[],
  glossary: readonly (readonly string[])[],
): SearchLexicon {
  const korean = texts.filter((text) => text.lang === 'ko');
  const wordsOf = (of: typeof texts, test: (word: string) => boolean) =>
    of.flatMap((text) => words(text.text).filter(test));
  const nouns = standaloneNouns(
    [...glossary.flat().filter(hasHangul), ...korean.map((text) => text.text)].join(' '),
  );
  const hangul = wordsOf(korean, (word) => /^[\uac00-\ud7a3]{4,}$/u.test(word));
  const english = texts.filter((text) => text.lang !== 'ko');
  const capitalised = wordsOf(english, (word) => /^[A-Z][a-z]{3,}$/u.test(word));
  for (const name of romanisedNames(hangul, new Set(capitalised.map((word) => word.toLowerCase())))) {
    nouns.add(name);
  }
  const latin = wordsOf(texts, (word) => !hasHangul(word));
  return { people, glossary, nouns, words: new Set(latin.map((word) => word.toLowerCase())) };
}

/** Every spelling of a person search knows: the names, the aliases and their routine variants. */
export function personSpellings(person: PersonNames): string[] {
  const names = [person.nameEn, ...person.aliases];
  return [...new Set([person.nameKo, ...names, ...names.flatMap(searchVariants)])];
}

/**
 * Every form of a glossary term: `Large language model (LLM)` → `Large language model`, `LLM`; the
 * aliases; and each spaced Korean form solid (소버린 AI → 소버린AI), so the glossary lists no such spelling.
 */
export function glossaryForms(entry: Pick<GlossaryTerm, 'term' | 'aliases'>): string[] {
  const split = (term: string) =>
    [term, ...term.split(/[()]/)].map((form) => form.trim()).filter((form) => form.length > 1);
  const forms = [...split(entry.term.en), ...split(entry.term.ko), ...entry.aliases.en, ...entry.aliases.ko];
  const solid = forms
    .filter((form) => hasHangul(form) && /\s/u.test(form))
    .map((form) => form.replace(/\s+/gu, ''));
  return [...new Set([...forms, ...solid])];
}

/**
 * Names the site writes in both scripts: the start or end of a solid Hangul word whose romanisation the
 * English writes capitalised (강서사옥 → 강서: "Gangseo"; under four letters, 아이 → ai, matches nothing). As
 * nouns, they let `compoundParts` split the compound, so 사옥 is found too, with no list of compounds.
 */
function romanisedNames(hangulWords: Iterable<string>, capitalised: ReadonlySet<string>): Set<string> {
  const names = new Set<string>();
  for (const word of hangulWords) {
    const chars = [...word];
    for (let cut = 2; cut <= chars.length - 2; cut += 1) {
      for (const part of [chars.slice(0, cut).join(''), chars.slice(cut).join('')]) {
        if (capitalised.has(romanize(part))) names.add(part);
      }
    }
  }
  return names;
}

/** One pattern per Latin form: the same names and glossary forms are looked for in every text. */
const wholeWords = new Map<string, RegExp>();

/** Whether the text uses a form: Korean anywhere (it glues to particles), Latin as a whole word, any case. */
export function mentions(text: string, form: string): boolean {
  if (hasHangul(form)) return text.normalize('NFC').includes(form.normalize('NFC'));
  const pattern =
    wholeWords.get(form) ?? new RegExp(`(?<![A-Za-z0-9])${RegExp.escape(form)}(?![A-Za-z0-9])`, 'i');
  wholeWords.set(form, pattern);
  return pattern.test(text);
}

/** All extra terms for a text, deduplicated; `speakers`: ids of people it is by, named or not (a quote's). */
export function extraSearchTerms(text: string, lexicon: SearchLexicon, speakers: readonly string[] = []) {
  const people = lexicon.people.filter(
    (person) =>
      speakers.includes(person.id) ||
      [person.nameKo, person.nameEn, ...person.aliases].some((name) => mentions(text, name)),
  );
  const names = people.flatMap(personSpellings);
  const glossary = lexicon.glossary.filter((forms) => forms.some((form) => mentions(text, form))).flat();
  const all = [text, ...glossary].join(' ');
  // Compounds within the text and within each glossary form, never across two forms.
  const joined = [text, ...glossary].flatMap(joinedCompounds);
  const korean = [...koreanIndexTerms(all, lexicon.nouns), ...joined];
  const latin = [...acronymSpellings(all), ...relatedForms(all, lexicon.words)];
  // Each word once: terms match word by word, and every result's fragment carries them.
  const words = [...korean, ...latin, ...names, ...glossary].flatMap((term) => term.split(/\s+/u));
  return [...new Map(words.filter(Boolean).map((word) => [word.toLowerCase(), word])).values()].join(' ');
}
