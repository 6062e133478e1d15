/**
 * What a question adds to the words it asks about (who, 어디서, 뭐라고 했나요): a question keeps only its
 * content words, as the stem the index holds (거품인가 → 거품). The rules are data, each with a unit test.
 * Pages holding only some of a query's words are ranked here too: this loads for any query of two words.
 */
import rules from './question-words.json' with { type: 'json' };
import { hasHangul, stripParticle, termForms } from './words.ts';

/**
 * The rules: English words that ask or join; Korean interrogatives with the particles they take; the
 * endings of a question's last word (only there: a noun inside may end like one, 하나), a leading jamo
 * being the final consonant of the syllable before (중요한가 = 중요하 + ㄴ가); the verbs a stem may end in
 * (투자했 → 투자, 거품이 → 거품); and stems that are only a verb of being, doing or saying.
 */
const ENGLISH_FUNCTION_WORDS: ReadonlySet<string> = new Set(rules.englishFunctionWords);
const KOREAN_QUESTION_WORDS: ReadonlySet<string> = new Set(rules.koreanQuestionWords);
export const KOREAN_QUESTION_ENDINGS = rules.koreanQuestionEndings.toSorted((a, b) => b.length - a.length);
const KOREAN_VERB_TAILS: readonly string[] = rules.koreanVerbTails;
const KOREAN_BARE_VERBS: ReadonlySet<string> = new Set(rules.koreanBareVerbs);

/**
 * The final consonants of Hangul syllables in Unicode's order (none first): a syllable's is its code's
 * remainder by 28. Not from es-hangul, whose tables would add a few KB to a first search.
 */
const FINALS = ' ㄱㄲㄳㄴㄵㄶㄷㄹㄺㄻㄼㄽㄾㄿㅀㅁㅂㅄㅅㅆㅇㅈㅊㅋㅌㅍㅎ';
const SYLLABLES = { first: 0xac00, last: 0xd7a3 };

/** A syllable's final consonant and the syllable without it: 한 → ㄴ, 하. */
function splitFinal(syllable: string): [string, string] | undefined {
  const code = syllable.codePointAt(0) ?? 0;
  if (code < SYLLABLES.first || code > SYLLABLES.last) return undefined;
  const final = (code - SYLLABLES.first) % 28;
  return [FINALS[final] ?? '', String.fromCodePoint(code - final)];
}

/** A Hangul word without its question ending, or the word as typed when it has none. */
export function stripQuestionEnding(word: string): string {
  const nfc = word.normalize('NFC');
  for (const ending of KOREAN_QUESTION_ENDINGS) {
    const jamo = /^[\u3131-\u314e]/u.test(ending) ? ending[0] : undefined;
    const syllables = jamo ? ending.slice(1) : ending;
    if (!nfc.endsWith(syllables)) continue;
    let stem = nfc.slice(0, nfc.length - syllables.length);
    if (jamo) {
      // The jamo is the final consonant of the stem's last syllable: 중요한 → 중요하.
      const [final, open] = splitFinal(stem.at(-1) ?? '') ?? [];
      if (final !== jamo || open === undefined) continue;
      stem = stem.slice(0, -1) + open;
    }
    if (stem.length > 0) return stem;
  }
  return nfc;
}

/** A question's stem without the verb that carries it (투자했 → 투자, 거품이 → 거품); '' for a bare verb. */
function withoutVerbTail(stem: string): string {
  if (KOREAN_BARE_VERBS.has(stem)) return '';
  const tail = KOREAN_VERB_TAILS.find((verb) => stem.length > verb.length + 1 && stem.endsWith(verb));
  return tail ? stem.slice(0, -tail.length) : stem;
}

/** A question's word as a search term, `undefined` when it only asks (who, 어디서); `last`: its last word. */
export function contentWord(token: string, last = false): string | undefined {
  // The punctuation around a word (held?, “EXAONE”) is no part of it, nor is a possessive (LG's).
  const word = token.normalize('NFC').replace(/^[^\p{L}\p{N}]+|(?:['’]s)?[^\p{L}\p{N}]*$/giu, '');
  const bare = word.toLocaleLowerCase().replaceAll('’', "'");
  if (!bare) return undefined;
  if (!hasHangul(bare)) return ENGLISH_FUNCTION_WORDS.has(bare) ? undefined : word;
  if (KOREAN_QUESTION_WORDS.has(bare) || KOREAN_BARE_VERBS.has(bare)) return undefined;
  if (!last) return word;
  const stem = stripQuestionEnding(bare);
  if (stem === bare) return word;
  // 누구인가요, 무엇인가요: an interrogative with the question's ending.
  return KOREAN_QUESTION_WORDS.has(stem) ? undefined : withoutVerbTail(stem) || undefined;
}

/** A query without its question and function words and ending; one made only of them stays as typed. */
export function contentWords(query: string): string {
  const tokens = query.split(/\s+/u).filter(Boolean);
  const content = tokens
    .map((token, i) => contentWord(token, i === tokens.length - 1))
    .filter((word) => word !== undefined);
  return (content.length > 0 ? content : tokens).join(' ');
}

/**
 * What to search for a question with terms the site lacks (teach): the others, when they outnumber them
 * and none is a noun marked with a particle (비트코인에); else nothing. A lacking Korean noun that is a
 * site word plus a syllable, as a noun takes a suffix (개교일 of 개교), is searched as that word.
 */
export function termsToKeep(query: string, terms: readonly string[], isKnown: (term: string) => boolean) {
  const asKnown = terms.map((term) => {
    const stem = term.slice(0, -1);
    return !isKnown(term) && /^[\uac00-\ud7a3]{3,}$/u.test(term) && isKnown(stem) ? stem : term;
  });
  const [kept, lacking] = [asKnown.filter(isKnown), asKnown.filter((term) => !isKnown(term))];
  const typed = contentWords(query).split(' ');
  const isNoun = (term: string) =>
    typed.some((word) => stripParticle(word) !== word && termForms(word).includes(term));
  return kept.length > lacking.length && !lacking.some(isNoun) ? kept : undefined;
}

/**
 * The results of a query no page answers in full (one search per term), ranked by the terms each holds,
 * a term weighing more the fewer results hold it (LG is on most pages, 최종 on few), then by score.
 */
export function rankByTerms<Result extends { id: string; score: number }>(
  perTerm: readonly (readonly Result[])[],
): Result[] {
  const found = new Map<string, { result: Result; weight: number; score: number }>();
  const total = new Set(perTerm.flat().map((result) => result.id)).size;
  for (const results of perTerm) {
    const weight = Math.log(1 + total / results.length);
    for (const result of results) {
      const entry = found.get(result.id) ?? { result, weight: 0, score: 0 };
      entry.weight += weight;
      entry.score += result.score;
      found.set(result.id, entry);
    }
  }
  return [...found.values()]
    .toSorted((a, b) => b.weight - a.weight || b.score - a.score)
    .map((entry) => entry.result);
}
