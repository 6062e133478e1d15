/**
 * Whose claim a fact is (its `voice`): a person id, `co-heads`, `article` or `hearsay`.
 */
import type { SharedVoice } from './content-schemas.ts';

/** The voices that are not one person. */
export function isSharedVoice(voice: string): voice is SharedVoice {
  return voice === 'co-heads' || voice === 'article' || voice === 'hearsay';
}

/**
 * The person ids speaking in a voice: the person; both interviewees for `co-heads`; nobody for the
 * article's narration or the hearsay it passes on.
 */
export function voiceSpeakers(voice: string, interviewees: readonly string[]): string[] {
  if (voice === 'co-heads') return [...interviewees];
  if (voice === 'article' || voice === 'hearsay') return [];
  return [voice];
}
