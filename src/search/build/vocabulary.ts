/** The vocabulary of each language's index (see `VocabularyFile`), which the search loads on a miss. */
import type { VocabularyFile } from '../shared/index-format.ts';
import { contentWord } from '../shared/question-words.ts';
import { words } from '../shared/words.ts';

/** A text's words as the search compares them: lower case, two characters or more, with a letter. */
const wordsOf = (text: string) =>
  words(text.toLocaleLowerCase()).filter((word) => /\p{L}/u.test(word) && [...word].length >= 2);

/** Words by count, most frequent first, then in code point order. */
function ranked(words: readonly string[]): string[] {
  const counts = new Map<string, number>();
  for (const word of words) counts.set(word, (counts.get(word) ?? 0) + 1);
  return [...counts]
    .toSorted(([a, x], [b, y]) => y - x || (a < b ? -1 : a > b ? 1 : 0))
    .map(([word]) => word);
}

/** The vocabulary file of a language's texts and their extra terms: lower case, most frequent first. */
export function vocabularyJson(
  indexed: readonly { text: string; terms: string }[],
  messages: VocabularyFile['messages'],
): string {
  const text = ranked(indexed.flatMap((entry) => wordsOf(entry.text)));
  // A word that only asks or joins (each, 어디서) is known, never offered: teach is not each.
  const words = text.filter((word) => contentWord(word) !== undefined);
  const terms = ranked(indexed.flatMap((entry) => wordsOf(entry.terms)));
  const forms = [...new Set([...text, ...terms])].filter((form) => !words.includes(form));
  return JSON.stringify({ messages, words, forms } satisfies VocabularyFile);
}
