/** Shortening text for places with a fixed size (titles, card images), with the cut always marked. */
import type { Lang } from '../site.config.ts';

/**
 * The text itself when it has at most `max` characters; otherwise its longest start of whole words that
 * fits with an ellipsis, the ellipsis marking that it goes on. A first word longer than `max` is cut.
 */
export function truncateText(text: string, max: number, lang: Lang): string {
  const chars = [...text];
  if (chars.length <= max) return text;
  let kept = '';
  for (const { segment } of new Intl.Segmenter(lang, { granularity: 'word' }).segment(text)) {
    if ([...kept].length + [...segment].length > max - 1) break;
    kept += segment;
  }
  // No dangling separator before the ellipsis: "value chain, …" reads as a complete list.
  const start = kept.replace(/[\s,;:·([“‘'"-]+$/u, '');
  return `${start || chars.slice(0, max - 1).join('')}…`;
}

/**
 * The longest start of a text within `max` UTF-16 code units (what a field's `maxlength` counts), never
 * cutting a character in two; the text itself when `max` is negative (no limit).
 */
export function fitLength(text: string, max: number): string {
  // A cut between the two halves of a surrogate pair leaves the first half last: it goes too.
  return max < 0 ? text : text.slice(0, max).replace(/[\uD800-\uDBFF]$/u, '');
}
