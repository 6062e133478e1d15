import { describe, expect, it } from 'vitest';
import type { Person } from '../../src/lib/content-schemas.ts';
import { onlyNamesSpeaker, voiceSpeakers } from '../../src/lib/voice.ts';

describe('voiceSpeakers', () => {
  it('maps a voice to the people speaking: the person, both interviewees, or nobody', () => {
    const interviewees = ['lee-honglak', 'lim-woohyung'];
    expect(
      ['lim-woohyung', 'co-heads', 'article', 'hearsay'].map((voice) => voiceSpeakers(voice, interviewees)),
    ).toEqual([['lim-woohyung'], ['lee-honglak', 'lim-woohyung'], [], []]);
  });
});

describe('onlyNamesSpeaker', () => {
  const person = (nameKo: string, role: string): Person => ({
    id: nameKo,
    nameKo,
    nameEn: nameKo,
    aliases: [],
    interviewee: true,
    roles: [{ ko: role, en: 'Co-head', evidence: { paragraph: 1, text: role } }],
  });
  const lee = person('이홍락', 'LG AI연구원 공동 연구원장');
  const lim = person('임우형', 'LG AI연구원 공동 연구원장');

  it('is true of an excerpt that only names the speaker, by name or family name and title', () => {
    expect(
      ['이 원장은', '이홍락은', ' 이 공동 연구원장이 '].map((text) => onlyNamesSpeaker(text, [lee])),
    ).toEqual([true, true, true]);
    expect(onlyNamesSpeaker('두 원장은', [lee, lim])).toBe(true);
  });

  it('is false of an excerpt that says more, or names someone else', () => {
    expect(
      ['이 원장은 설명했다', '임 원장은', '두 원장은'].map((text) => onlyNamesSpeaker(text, [lee])),
    ).toEqual([false, false, false]);
  });
});
