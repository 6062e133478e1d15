import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Correction, Fact, Quote } from '../../src/lib/content-schemas.ts';
import { examplePerson, testModel } from '../support/site-model.ts';

const fact: Fact = {
  id: 'goal',
  theme: 'vision',
  kind: 'interview',
  voice: 'article',
  statement: { en: 'A goal.', ko: '목표.' },
  evidence: [{ paragraph: 1, text: '목표' }],
  key: false,
};
const quote: Quote = {
  id: 'aim',
  speakers: [examplePerson.id],
  theme: 'vision',
  paragraph: 1,
  ko: '목표',
  en: 'Aim',
};
const correction = (
  id: string,
  date: string,
  ids: Partial<Pick<Correction, 'facts' | 'quotes'>>,
): Correction => ({
  id,
  date,
  facts: [],
  quotes: [],
  what: { en: 'What.', ko: '무엇.' },
  why: { en: 'Why.', ko: '왜.' },
  minor: false,
  ...ids,
});

describe('the corrections in the site model', () => {
  const model = testModel({
    paragraphs: ['목표'],
    facts: [fact],
    quotes: [quote],
    corrections: [
      correction('first', '2026-11-01', { facts: ['goal'] }),
      correction('later', '2026-11-20', { facts: ['goal'], quotes: ['aim'] }),
      correction('same-day', '2026-11-20', { quotes: ['aim'] }),
    ],
  });

  it('lists the log newest first, entries of one day by id, the last first', () => {
    expect(model.corrections.map((entry) => entry.id)).toEqual(['same-day', 'later', 'first']);
  });

  it('gives each fact and quote its corrections, oldest first, each linking to its entry on the corrections page', () => {
    expect(model.fact('goal').corrections.map((entry) => entry.id)).toEqual(['first', 'later']);
    expect(model.quote('aim').corrections.map((entry) => entry.href('ko'))).toEqual([
      '/ko/corrections/1/#correction-later',
      '/ko/corrections/1/#correction-same-day',
    ]);
  });

  it('pages the log from the oldest, so an entry keeps its page as the log grows; the front shows the newest page', () => {
    const days = Array.from({ length: 8 }, (_, i) => `2026-11-${String(i + 10)}`);
    const grown = testModel({
      paragraphs: ['목표'],
      facts: [fact],
      corrections: days.map((day, i) => correction(`c${i + 1}`, day, { facts: ['goal'] })),
    });
    const logPages = grown.pages('en').filter((page) => page.log);
    expect(logPages.map((page) => [page.slug, page.log?.corrections.map((entry) => entry.id)])).toEqual([
      ['corrections', ['c8', 'c7']],
      ['corrections/1', ['c6', 'c5', 'c4', 'c3', 'c2', 'c1']],
      ['corrections/2', ['c8', 'c7']],
    ]);
    expect(grown.fact('goal').corrections[0]?.href('en')).toBe('/en/corrections/1/#correction-c1');
  });
});

describe('a change not yet recorded in the model', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('is logged under a correction dated with the latest day on Earth, as the verifier accepts it', () => {
    // 20:00 UTC on 7 December is already 8 December in UTC+14, the day an editor there dates the correction.
    vi.useFakeTimers({ now: new Date('2026-12-07T20:00:00Z') });
    const key = 'fact/goal/statement.en';
    const model = testModel({
      paragraphs: ['목표'],
      facts: [fact],
      corrections: [correction('fix', '2026-12-08', { facts: ['goal'] })],
      // The correction already logs one change of the fact; a second change of its day joins it.
      published: {
        wording: { [key]: 'The goal, once more.' },
        changes: [{ correction: 'fix', key, before: 'The first goal.', after: 'The goal, once more.' }],
      },
    });
    expect(model.corrections[0]?.changes.map((change) => change.after)).toEqual([
      'The goal, once more.',
      'A goal.',
    ]);
  });
});
