/**
 * Whose claim a fact is (its `voice`): a person id, or one of the shared voices (`SHARED_VOICES`).
 */
import { SHARED_VOICES, type Fact, type Person, type SharedVoice } from './content-schemas.ts';
import { personName } from './person-name.ts';
import { useTranslations } from '../i18n/index.ts';
import type { Lang } from '../site.config.ts';

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

/** A fact's voice as a short label: "Said by: Lim Woohyung", "The article’s own account"; none for a context fact. */
export function voiceLabel(
  fact: Pick<Fact, 'voice'> & { people: readonly Person[] },
  lang: Lang,
): string | undefined {
  const t = useTranslations(lang);
  if (fact.voice === undefined) return undefined;
  if (fact.voice === 'article') return t.voiceArticle;
  if (fact.voice === 'hearsay') return t.voiceHearsay;
  const who =
    fact.voice === 'co-heads' ? t.voiceCoHeads : fact.people.map((p) => personName(p, lang)).join(t.and);
  return `${t.saidBy}: ${who}`;
}
