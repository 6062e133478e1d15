/**
 * What the search does when a query misses (Pagefind loosens a term it lacks to a word it starts with,
 * `alert` → `a`): which terms are known, the nearest words to the others. Loaded only on a miss.
 */
import { disassemble } from 'es-hangul';
import { distance } from 'fastest-levenshtein';
import { stem } from 'porter2';
import { hasHangul, stripParticle, words } from './words.ts';

/** The site's words in one language, most frequent first (the order breaks ties). */
type Vocabulary = readonly string[];

const comparable = (word: string) => word.normalize('NFC').toLocaleLowerCase();

/** A value derived from a vocabulary once: the search passes the same list on every query. */
function perVocabulary<T>(derive: (vocabulary: Vocabulary) => T): (vocabulary: Vocabulary) => T {
  const derived = new WeakMap<Vocabulary, T>();
  return (vocabulary) => {
    const value = derived.get(vocabulary) ?? derive(vocabulary);
    derived.set(vocabulary, value);
    return value;
  };
}

/** The Latin words of a vocabulary as English stems, as Pagefind's English index holds them. */
const stems = perVocabulary((vocabulary) => vocabulary.filter((word) => !hasHangul(word)).map(stem));
const wordSet = perVocabulary((vocabulary): ReadonlySet<string> => new Set(vocabulary));

/**
 * Whether a term finds something without loosening: each of its words (co-heads: co, heads) starts a
 * vocabulary word, or, in Latin letters, its English stem starts one's (compete finds competing).
 */
export function isKnown(term: string, vocabulary: Vocabulary): boolean {
  return words(comparable(term)).every(
    (word) =>
      !/\p{L}/u.test(word) ||
      vocabulary.some((known) => known.startsWith(word)) ||
      (!hasHangul(word) && stems(vocabulary).some((known) => known.startsWith(stem(word)))),
  );
}

/** Hangul as its letters (jamo), so 엑사언 is one letter from 엑사원; Latin as it is. */
const letters = (word: string) => (hasHangul(word) ? disassemble(word) : word);

/** Whether a Hangul term is a known word typed to mid-syllable (대하 for 대학): never corrected. */
export function isUnfinished(term: string, vocabulary: Vocabulary): boolean {
  const word = comparable(term);
  if (!hasHangul(word)) return false;
  const typed = letters(word);
  return vocabulary.some((known) => hasHangul(known) && letters(known).startsWith(typed));
}

/** Edit distance with one adjacent swap counted as one edit (EXAOEN → exaone), over letters (jamo). */
export function editDistance(a: string, b: string): number {
  const [x, y] = [letters(comparable(a)), letters(comparable(b))];
  const plain = distance(x, y);
  if (plain !== 2 || x.length !== y.length) return plain;
  const differ = [...x].flatMap((char, i) => (char === y[i] ? [] : [i]));
  const [i, j] = differ;
  return differ.length === 2 && i !== undefined && j === i + 1 && x[i] === y[j] && x[j] === y[i] ? 1 : plain;
}

/** The largest distance a suggestion may be from a term: none for short words, more for long ones. */
function maxDistance(term: string): number {
  const length = letters(term).length;
  if (hasHangul(term)) return length < 6 ? 0 : length < 9 ? 1 : 2;
  return length < 4 ? 0 : length < 7 ? 1 : 2;
}

/** The vocabulary words nearest a term, nearest first; a Hangul word bare when the vocabulary has it so. */
export function nearestWords(term: string, vocabulary: Vocabulary, limit = 3) {
  const word = comparable(term);
  const max = maxDistance(word);
  if (max === 0) return [];
  const script = hasHangul(word);
  const words = wordSet(vocabulary);
  const found: { word: string; distance: number }[] = [];
  for (const known of vocabulary) {
    if (hasHangul(known) !== script || Math.abs(known.length - word.length) > max) continue;
    const d = editDistance(word, known);
    if (d === 0 || d > max) continue;
    const bare = stripParticle(known);
    found.push({ word: words.has(bare) ? bare : known, distance: d });
  }
  // A stable sort: words at the same distance stay most frequent first.
  return found
    .toSorted((a, b) => a.distance - b.distance)
    .filter((near, i, all) => all.findIndex((other) => other.word === near.word) === i)
    .slice(0, limit);
}

/** Whether a one-edit correction may run unasked: shorter words are often real ones (fund, 회상). */
function isLong(term: string): boolean {
  return hasHangul(term) ? [...comparable(term)].length >= 3 : comparable(term).length >= 5;
}

/** A vocabulary word (lower case) written as the reader wrote the term it replaces: EXAONE, Honglak. */
function inCaseOf(term: string, word: string): string {
  if (term === word || !/\p{Lu}/u.test(term)) return word;
  if (term.length > 1 && term === term.toLocaleUpperCase()) return word.toLocaleUpperCase();
  return /^\p{Lu}/u.test(term) ? word.charAt(0).toLocaleUpperCase() + word.slice(1) : word;
}

/**
 * Queries to offer for one that missed, each unknown term replaced by one of its nearest `words`, and
 * `clear`, the one to run unasked when every unknown term is long with one nearest word one edit away.
 * Terms `known` holds and unfinished Hangul stay as typed; no suggestion when a term has none.
 */
export function correctQuery(terms: readonly string[], words: Vocabulary, known: Vocabulary = words) {
  const options = terms.map((term) =>
    isKnown(term, known) || isUnfinished(term, known)
      ? { term, nearest: [{ word: term, distance: 0 }] }
      : { term, nearest: nearestWords(term, words) },
  );
  const allKnown = options.every((option) => option.nearest[0]?.distance === 0);
  if (allKnown || options.some((option) => option.nearest.length === 0)) return { suggestions: [] };
  const suggestions = [0, 1, 2]
    .map((i) =>
      options
        .map((option) => inCaseOf(option.term, (option.nearest[i] ?? option.nearest[0])?.word ?? option.term))
        .join(' '),
    )
    .filter((query, i, all) => all.indexOf(query) === i);
  const clear = options.every(
    (option) =>
      option.nearest[0]?.distance === 0 ||
      (option.nearest[0]?.distance === 1 && option.nearest[1]?.distance !== 1 && isLong(option.term)),
  );
  return { suggestions, ...(clear ? { clear: suggestions[0] } : {}) };
}

/** The fewest vocabulary words spelling a solid Hangul word (구광모회장), the last maybe a word's start. */
export function splitCompound(term: string, vocabulary: Vocabulary): string[] | undefined {
  const chars = [...comparable(term)];
  if (chars.length < 4 || !/^[\uac00-\ud7a3]+$/u.test(chars.join(''))) return undefined;
  const known = wordSet(vocabulary);
  // best[i]: the fewest words spelling the first i syllables.
  const best: (string[] | undefined)[] = [[]];
  for (let end = 2; end <= chars.length; end += 1) {
    for (let start = 0; start <= end - 2; start += 1) {
      const before = best[start];
      const part = chars.slice(start, end).join('');
      const fits = known.has(part) || (end === chars.length && isKnown(part, vocabulary));
      if (before && fits && (!best[end] || before.length + 1 < (best[end]?.length ?? Infinity))) {
        best[end] = [...before, part];
      }
    }
  }
  const parts = best[chars.length];
  return parts && parts.length > 1 ? parts : undefined;
}
