import { describe, expect, it } from 'vitest';
import { verifyContent } from '../../../src/integrations/verify-content/verify.ts';
import { entries, validContent } from './fixture.ts';

/** The fixture with one correction of the fact "solve"; `change` breaks it. */
function withCorrection(change: Record<string, unknown> = {}) {
  const content = validContent();
  entries(content.corrections).push({
    id: 'solve-wording',
    date: '2026-11-28',
    facts: ['solve'],
    what: { en: 'The statement now names the speaker.', ko: '이제 문장이 화자를 밝힌다.' },
    why: { en: 'The source names him.', ko: '원문이 화자를 밝힌다.' },
    ...change,
  });
  return content;
}

describe('the corrections rule', () => {
  it('accepts a correction of an existing fact, dated in the past', () => {
    expect(verifyContent(withCorrection())).toEqual([]);
  });

  it('rejects an id that is not a fact, and says where an id of the other kind belongs', () => {
    expect(verifyContent(withCorrection({ facts: ['goal', 'nothing'] }))).toMatchInlineSnapshot(`
      [
        {
          "entry": "solve-wording",
          "field": "facts[0]",
          "file": "content/corrections.yaml",
          "hint": ""goal" is in content/quotes.yaml: list it under quotes.",
          "message": "Unknown fact "goal".",
        },
        {
          "entry": "solve-wording",
          "field": "facts[1]",
          "file": "content/corrections.yaml",
          "hint": "Use an id from content/facts.yaml; a correction names the entries whose wording it changed.",
          "message": "Unknown fact "nothing".",
        },
      ]
    `);
  });

  it('rejects an unknown quote', () => {
    expect(verifyContent(withCorrection({ facts: [], quotes: ['aim'] }))).toMatchInlineSnapshot(`
      [
        {
          "entry": "solve-wording",
          "field": "quotes[0]",
          "file": "content/corrections.yaml",
          "hint": "Use an id from content/quotes.yaml; a correction names the entries whose wording it changed.",
          "message": "Unknown quote "aim".",
        },
      ]
    `);
  });

  it('accepts the day it already is somewhere on Earth (UTC+14), and rejects the day after', () => {
    const now = new Date('2026-11-28T23:30:00Z');
    expect(verifyContent(withCorrection({ date: '2026-11-29' }), now)).toEqual([]);
    expect(
      verifyContent(withCorrection({ date: '2026-11-30' }), now).map((problem) => problem.message),
    ).toEqual(['The date 2026-11-30 is after today (2026-11-29 in the earliest time zone, UTC+14).']);
  });

  it('rejects a date that is not an ISO day, and a correction that names nothing', () => {
    expect(verifyContent(withCorrection({ date: '28 Nov 2026', facts: [] }))).toMatchInlineSnapshot(`
      [
        {
          "entry": "solve-wording",
          "field": "date",
          "file": "content/corrections.yaml",
          "message": "Write the date as an ISO day: YYYY-MM-DD, e.g. 2026-11-28.",
        },
        {
          "entry": "solve-wording",
          "field": "facts",
          "file": "content/corrections.yaml",
          "message": "Name the facts or quotes the correction changed: facts: [id] and/or quotes: [id].",
        },
      ]
    `);
  });

  it('checks what and why as the site’s own prose', () => {
    const content = withCorrection({ why: { en: "The source's wording.", ko: '원문 표현.' } });
    expect(verifyContent(content).map((problem) => `${problem.field}: ${problem.message}`))
      .toMatchInlineSnapshot(`
        [
          "why.en: Straight apostrophe or quotation mark in English: "…The source's wording.…".",
        ]
      `);
  });
});
