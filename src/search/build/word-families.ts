/**
 * English word families a stemmer does not relate, found in the site's own words (no list per word), as
 * extra terms: Chinese → China, industry ↔ industrial, sovereign ↔ sovereignty, specialised ↔ specialized.
 */
import { hasHangul, words } from '../shared/words.ts';
import swaps from './suffix-swaps.json' with { type: 'json' };

/** Suffix swaps: a word ending in one relates to the same stem + the other. */
const SWAPS: readonly (readonly string[])[] = swaps;

/** Shortest stem a swap keeps, so short words never relate (form is not formal). */
const MIN_STEM = 5;

/** Capitalised adjectives of places and peoples, and the place each names: Chinese → China, Korean → Korea. */
const DEMONYMS: readonly (readonly [RegExp, (stem: string) => string[]])[] = [
  [/^([A-Z][a-z]{3,})ese$/u, (stem) => [stem, `${stem}a`]],
  // Korean → Korea, but not Chairman → Chairma.
  [/^(?![A-Za-z]*man$)([A-Z][a-z]{3,}a)n$/u, (stem) => [stem]],
  [/^([A-Z][a-z]{3,})ian$/u, (stem) => [stem, `${stem}ia`, `${stem}a`]],
];

/** The British spelling's American twin and back: specialised ↔ specialized, organisation ↔ organization. */
function otherSpelling(word: string): string | undefined {
  // -wise is a word of its own (otherwise, likewise), never spelt -wize.
  const match = /^(?![a-z]*wise$)([a-z]{5,})i([sz])(e|ed|es|ing|ation|ations)$/u.exec(word);
  if (!match) return undefined;
  const [, stem, letter, ending] = match;
  return `${stem}i${letter === 's' ? 'z' : 's'}${ending}`;
}

/**
 * Related forms for the words of a text. A suffix swap relates two words only when both are in
 * `vocabulary` (every word of the site), so no invented word is added; places and other spellings always.
 */
export function relatedForms(text: string, vocabulary: ReadonlySet<string>): string[] {
  const related = new Set<string>();
  for (const word of new Set(words(text).filter((word) => !hasHangul(word)))) {
    for (const [pattern, places] of DEMONYMS) {
      const match = pattern.exec(word);
      if (match?.[1]) for (const place of places(match[1])) related.add(place);
    }
    const lower = word.toLowerCase();
    const spelling = otherSpelling(lower);
    if (spelling) related.add(spelling);
    for (const [from = '', to = ''] of SWAPS.flatMap((swap) => [swap, swap.toReversed()])) {
      const stem = lower.slice(0, lower.length - from.length);
      const other = stem + to;
      if (lower.endsWith(from) && stem.length >= MIN_STEM && other !== lower && vocabulary.has(other)) {
        related.add(other);
      }
    }
  }
  return [...related];
}
