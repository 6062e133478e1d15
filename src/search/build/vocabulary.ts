/**
 * The vocabulary of each language's index, written next to the Pagefind bundle; the search loads it only
 * when a query misses, to tell a word the site does not have from one it does, and to suggest the nearest
 * words. Two lists, lower case, most frequent first: `words`, the words of the indexed texts as pages show
 * them (the only words ever offered to a reader), and `forms`, the other words of their extra search terms
 * (particles stripped, compounds split and joined, names and glossary forms in the other script, word
 * families), which a query may use but no suggestion shows. It carries the UI strings only a miss shows,
 * so no page carries them.
 */
import type { VocabularyFile } from '../shared/index-format.ts';
import { words } from '../shared/words.ts';

/** A text's words as the search compares them: lower case, two characters or more, with a letter. */
const wordsOf = (text: string) =>
  words(text.toLocaleLowerCase()).filter((word) => /\p{L}/u.test(word) && [...word].length >= 2);

type Counts = Map<string, number>;

const count = (counts: Counts, words: readonly string[]) => {
  for (const word of words) counts.set(word, (counts.get(word) ?? 0) + 1);
};

/** Most frequent first, then in code point order. */
const ranked = (counts: Counts) =>
  [...counts].toSorted(([a, x], [b, y]) => y - x || (a < b ? -1 : a > b ? 1 : 0)).map(([word]) => word);

/** Word counts per language, filled while the index is built. */
export class Vocabularies {
  readonly #counts = new Map<string, { words: Counts; forms: Counts }>();

  /** Counts the words of a text indexed in `lang` (as its page shows it) and of its extra terms. */
  add(lang: string, text: string, terms: string): void {
    let counts = this.#counts.get(lang);
    if (!counts) {
      counts = { words: new Map(), forms: new Map() };
      this.#counts.set(lang, counts);
    }
    count(counts.words, wordsOf(text));
    count(counts.forms, wordsOf(terms));
  }

  /** The vocabulary file of `lang`. */
  json(lang: string, messages: VocabularyFile['messages']): string {
    const counts = this.#counts.get(lang) ?? { words: new Map(), forms: new Map() };
    const words = ranked(counts.words);
    const forms = ranked(counts.forms).filter((form) => !counts.words.has(form));
    return JSON.stringify({ messages, words, forms } satisfies VocabularyFile);
  }
}
