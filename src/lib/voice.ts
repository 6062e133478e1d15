/** Whose claim a fact is (its `voice`): a person id, or one of the shared voices (`SHARED_VOICES`). */
import { SHARED_VOICES, type Fact, type Person, type SharedVoice } from './content-schemas.ts';
import { personNames } from './person-name.ts';
import { useTranslations } from '../i18n/index.ts';
import type { Lang } from '../site.config.ts';

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
  return `${t.saidBy}: ${fact.voice === 'co-heads' ? t.voiceCoHeads : personNames(fact.people, lang)}`;
}

/** How Korean names a person with a title: family name and the end of a role (이 원장, 이 공동 연구원장, 배 전 원장). */
export function titledNames(person: Person): string[] {
  const family = person.nameKo.slice(0, 1);
  return person.roles.flatMap(({ ko }) =>
    [...ko]
      .map((_, i) => ko.slice(i))
      .filter((title) => title.length >= 2 && /^[가-힣]/.test(title))
      .map((title) => `${family} ${title}`),
  );
}

/** Whether a Korean excerpt only names who speaks (「이 원장은」), which a fact's voice label says already. */
export function onlyNamesSpeaker(excerpt: string, people: readonly Person[]): boolean {
  const named = excerpt
    .trim()
    .replace(/\s+/g, ' ')
    .replace(/(은|는|이|가)$/, '');
  const names = [
    ...people.flatMap((person) => [person.nameKo, ...titledNames(person)]),
    ...(people.length > 1 ? ['두 원장', '양 원장'] : []),
  ];
  return names.includes(named);
}
