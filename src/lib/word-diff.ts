/**
 * An earlier and a current wording side by side, as HTML with the changed words in `<del>` and `<ins>`.
 * Words are `Intl.Segmenter`'s in the text's language, so a Korean word keeps its particles; they are
 * compared as an array because `diffWords` moves spaces between the sides, and each side must stay verbatim.
 */
import { diffArrays, diffChars } from 'diff';
import { escapeUTF8 } from 'entities';
import { koreanRuns } from './korean-runs.ts';
import type { Lang } from '../site.config.ts';

/** Unchanged text, or a change: what the earlier wording had there and what the current one has. */
type Part = { same: string[] } | { removed: string[]; added: string[] };

/** The parts of a change, a space between two replacements joined into one ("According to the article"). */
function partsOf(before: string[], after: string[]): Part[] {
  const parts: Part[] = [];
  for (const change of diffArrays(before, after)) {
    const last = parts.at(-1);
    if (!change.added && !change.removed) parts.push({ same: change.value });
    else if (last && !('same' in last)) (change.added ? last.added : last.removed).push(...change.value);
    else {
      parts.push(change.added ? { removed: [], added: change.value } : { removed: change.value, added: [] });
    }
  }
  const joined: Part[] = [];
  for (const part of parts) {
    const [previous, space] = [joined.at(-2), joined.at(-1)];
    const replaces = (p: Part | undefined): p is { removed: string[]; added: string[] } =>
      p !== undefined && !('same' in p) && p.removed.length > 0 && p.added.length > 0;
    const blank = space !== undefined && 'same' in space && space.same.join('').trim() === '';
    if (replaces(part) && replaces(previous) && blank) {
      joined.splice(-1, 1);
      previous.removed.push(...space.same, ...part.removed);
      previous.added.push(...space.same, ...part.added);
    } else joined.push(part);
  }
  return joined;
}

export function markWordingChange(before: string, after: string, lang: Lang) {
  const segmenter = new Intl.Segmenter(lang, { granularity: 'word' });
  const words = (text: string) => [...segmenter.segment(text)].map((part) => part.segment);
  // As MixedText does: Korean inside an English sentence is marked as Korean.
  const html = (segments: string[]) =>
    lang === 'ko'
      ? escapeUTF8(segments.join(''))
      : koreanRuns(segments.join(''))
          .map((run) => (run.ko ? `<span lang="ko">${escapeUTF8(run.text)}</span>` : escapeUTF8(run.text)))
          .join('');
  const marked = { before: '', after: '' };
  for (const part of partsOf(words(before), words(after))) {
    if ('same' in part) {
      marked.before += html(part.same);
      marked.after += html(part.same);
      continue;
    }
    if (part.removed.length > 0) marked.before += `<del>${html(part.removed)}</del>`;
    if (part.added.length > 0) marked.after += `<ins>${html(part.added)}</ins>`;
  }
  return marked;
}

/** Two texts in plain words, each with the characters where it differs from the other in ⟦…⟧. */
export function markDifferences(a: string, b: string): [string, string] {
  const marked: [string, string] = ['', ''];
  for (const { added, removed, value } of diffChars(a, b)) {
    if (!added) marked[0] += removed ? `⟦${value}⟧` : value;
    if (!removed) marked[1] += added ? `⟦${value}⟧` : value;
  }
  return marked;
}
