/**
 * Splitting and comparing the source text: paragraphs are compared only after Unicode NFC and whitespace
 * collapsing, so an excerpt copied from another editor (other line breaks, decomposed Hangul) still matches.
 */
import { distance } from 'fastest-levenshtein';

/** Splits the interview text into its paragraphs (blank-line separated), trimmed, empty ones dropped. */
export function splitParagraphs(text: string): string[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph.length > 0);
}

/** The only normalisation allowed before comparing quotes with the source: NFC + collapsed whitespace. */
export function normalizeForComparison(text: string): string {
  return text.normalize('NFC').replace(/\s+/gu, ' ').trim();
}

/** Whether `excerpt` occurs verbatim (after {@link normalizeForComparison}) in `paragraph`. */
export function isVerbatimIn(excerpt: string, paragraph: string): boolean {
  const needle = normalizeForComparison(excerpt);
  return needle.length > 0 && normalizeForComparison(paragraph).includes(needle);
}

/**
 * The passage of `paragraph` most similar to `excerpt`: of all windows within a few characters of the
 * excerpt's length, the one with the smallest edit distance. Tells an author what the source says.
 */
export function closestPassage(excerpt: string, paragraph: string): string {
  const needle = normalizeForComparison(excerpt);
  const haystack = [...normalizeForComparison(paragraph)];
  const length = [...needle].length;
  const slack = Math.max(3, Math.ceil(length / 10));
  const widest = Math.min(haystack.length, length + slack);
  let best = { text: '', distance: Number.POSITIVE_INFINITY };
  for (let width = Math.max(1, length - slack); width <= widest; width += 1) {
    for (let start = 0; start + width <= haystack.length; start += 1) {
      const text = haystack.slice(start, start + width).join('');
      const candidate = distance(needle, text);
      if (candidate < best.distance) best = { text, distance: candidate };
    }
  }
  return best.text || haystack.join('');
}

/**
 * Entries in the order of the source text: by the paragraph their `place` cites, then by where its text
 * starts in it; entries citing nothing last. `paragraphs` is the source text, paragraph 1 first.
 */
export function inSourceOrder<T>(
  entries: readonly T[],
  place: (entry: T) => { paragraph: number; text: string } | undefined,
  paragraphs: readonly string[],
): T[] {
  const key = (entry: T) => {
    const at = place(entry);
    if (!at) return { paragraph: Infinity, offset: 0 };
    const paragraph = normalizeForComparison(paragraphs[at.paragraph - 1] ?? '');
    return { paragraph: at.paragraph, offset: paragraph.indexOf(normalizeForComparison(at.text)) };
  };
  return entries
    .map((entry) => ({ entry, ...key(entry) }))
    .toSorted((a, b) => a.paragraph - b.paragraph || a.offset - b.offset)
    .map(({ entry }) => entry);
}
