/**
 * An earlier and a current wording side by side, each as HTML with the words that changed marked:
 * `<del>` in the earlier, `<ins>` in the current. Words (and the spaces and punctuation between them)
 * are found by `Intl.Segmenter` in the text's language, so a Korean word keeps its particles, and
 * compared by the `diff` package. Its `diffWords` moves spaces between the two sides, so a reader would
 * not see the exact earlier wording; comparing the segments as an array keeps each side verbatim. The
 * corrections page and the Atom feed both show a change through this one function.
 */
import { diffArrays } from 'diff';
import { escapeUTF8 } from 'entities';
import { koreanRuns } from './korean-terms.ts';
import type { Lang } from '../site.config.ts';

export interface MarkedWording {
  /** The earlier wording, removed words in `<del>`. */
  before: string;
  /** The current wording, added words in `<ins>`. */
  after: string;
}

/** Marks an elided stretch of unchanged words. */
const ELISION = '…';

/**
 * `context`: how many segments (words, spaces, punctuation) of unchanged text to keep on each side of
 * a change; longer unchanged stretches are elided with "…". Unlimited when not given.
 */
export function markWordingChange(
  before: string,
  after: string,
  lang: Lang,
  context = Infinity,
): MarkedWording {
  const segmenter = new Intl.Segmenter(lang, { granularity: 'word' });
  const words = (text: string) => [...segmenter.segment(text)].map((part) => part.segment);
  const parts = diffArrays(words(before), words(after));
  const marked: MarkedWording = { before: '', after: '' };
  parts.forEach((part, i) => {
    // As MixedText does: Korean inside an English sentence is marked as Korean.
    const text = (segments: string[]) =>
      lang === 'ko'
        ? escapeUTF8(segments.join(''))
        : koreanRuns(segments.join(''))
            .map((run) => (run.ko ? `<span lang="ko">${escapeUTF8(run.text)}</span>` : escapeUTF8(run.text)))
            .join('');
    if (part.removed) marked.before += `<del>${text(part.value)}</del>`;
    else if (part.added) marked.after += `<ins>${text(part.value)}</ins>`;
    else {
      const head = i === 0 ? [] : part.value.slice(0, context);
      const tail = i === parts.length - 1 ? [] : part.value.slice(-context);
      const kept =
        head.length + tail.length >= part.value.length
          ? text(part.value)
          : `${text(head)}${ELISION}${text(tail)}`;
      marked.before += kept;
      marked.after += kept;
    }
  });
  return marked;
}
