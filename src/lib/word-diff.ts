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
import type { Lang } from '../site.config.ts';

export interface MarkedWording {
  /** The earlier wording, removed words in `<del>`. */
  before: string;
  /** The current wording, added words in `<ins>`. */
  after: string;
}

export function markWordingChange(before: string, after: string, lang: Lang): MarkedWording {
  const segmenter = new Intl.Segmenter(lang, { granularity: 'word' });
  const words = (text: string) => [...segmenter.segment(text)].map((part) => part.segment);
  const marked: MarkedWording = { before: '', after: '' };
  for (const part of diffArrays(words(before), words(after))) {
    const text = escapeUTF8(part.value.join(''));
    if (part.removed) marked.before += `<del>${text}</del>`;
    else if (part.added) marked.after += `<ins>${text}</ins>`;
    else {
      marked.before += text;
      marked.after += text;
    }
  }
  return marked;
}
