/**
 * Whose claim a fact is (its `voice`): a person id, or one of the shared voices (`SHARED_VOICES`).
 */
import { SHARED_VOICES, type SharedVoice } from './content-schemas.ts';

/** The voices that are not one person. */
export function isSharedVoice(voice: string): voice is SharedVoice {
  return (SHARED_VOICES as readonly string[]).includes(voice);
}

/**
 * The person ids speaking in a voice: the person; both interviewees for `co-heads`; nobody for the
 * article's narration or the hearsay it passes on.
 */
export function voiceSpeakers(voice: string, interviewees: readonly string[]): string[] {
  if (!isSharedVoice(voice)) return [voice];
  return voice === 'co-heads' ? [...interviewees] : [];
}
