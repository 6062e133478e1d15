import { describe, expect, it } from 'vitest';
import { voiceSpeakers } from '../../src/lib/voice.ts';

describe('voiceSpeakers', () => {
  it('maps a voice to the people speaking: the person, both interviewees, or nobody', () => {
    const interviewees = ['lee-honglak', 'lim-woohyung'];
    expect(
      ['lim-woohyung', 'co-heads', 'article', 'hearsay'].map((voice) => voiceSpeakers(voice, interviewees)),
    ).toEqual([['lim-woohyung'], ['lee-honglak', 'lim-woohyung'], [], []]);
  });
});
