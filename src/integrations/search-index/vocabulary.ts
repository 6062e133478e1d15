/**
 * The vocabulary of each language's index: every word of the indexed texts and their extra terms, lower
 * case, most frequent first. Written next to the Pagefind bundle; the search loads it only when a query
 * misses, to tell a word the site does not have from one it does, and to suggest the nearest words. It
 * carries the UI strings only a miss shows, so no page carries them.
 */
import type { VocabularyFile } from '../../lib/search-vocabulary.ts';

/** Word counts per language, filled while the index is built. */
export class Vocabularies {
  readonly #counts = new Map<string, Map<string, number>>();

  /** Counts the words of texts indexed in `lang`. */
  add(lang: string, ...texts: string[]): void {
    let counts = this.#counts.get(lang);
    if (!counts) {
      counts = new Map();
      this.#counts.set(lang, counts);
    }
    for (const text of texts) {
      for (const word of text
        .normalize('NFC')
        .toLocaleLowerCase()
        .split(/[^\p{L}\p{N}]+/u)) {
        if (/\p{L}/u.test(word) && [...word].length >= 2) counts.set(word, (counts.get(word) ?? 0) + 1);
      }
    }
  }

  /** The vocabulary file of `lang`: its words most frequent first, then in code point order. */
  json(lang: string, messages: VocabularyFile['messages']): string {
    const counts = [...(this.#counts.get(lang) ?? new Map<string, number>())];
    const words = counts
      .toSorted(([a, x], [b, y]) => y - x || (a < b ? -1 : a > b ? 1 : 0))
      .map(([word]) => word);
    return JSON.stringify({ messages, words } satisfies VocabularyFile);
  }
}
