/**
 * An earlier and a current wording side by side, each as HTML with the words that changed marked:
 * `<del>` in the earlier, `<ins>` in the current. Words are found by `Intl.Segmenter` in the text's
 * language (so Korean words keep their particles), compared by the `diff` package. The corrections
 * page and the Atom feed both show a change through this one function.
 */
import { diffWords } from 'diff';
import { escapeUTF8 } from 'entities';
import type { Lang } from '../site.config.ts';

export interface MarkedWording {
  /** The earlier wording, removed words in `<del>`. */
  before: string;
  /** The current wording, added words in `<ins>`. */
  after: string;
}

export function markWordingChange(before: string, after: string, lang: Lang): MarkedWording {
  const intlSegmenter = new Intl.Segmenter(lang, { granularity: 'word' });
  const marked: MarkedWording = { before: '', after: '' };
  for (const part of diffWords(before, after, { intlSegmenter })) {
    const text = escapeUTF8(part.value);
    if (part.removed) marked.before += `<del>${text}</del>`;
    else if (part.added) marked.after += `<ins>${text}</ins>`;
    else {
      marked.before += text;
      marked.after += text;
    }
  }
  return marked;
}
