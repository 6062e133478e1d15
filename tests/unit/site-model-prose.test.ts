import { describe, expect, it } from 'vitest';
import type { Correction, Fact, Quote, RelativeDate } from '../../src/lib/content-schemas.ts';
import { LANGS } from '../../src/site.config.ts';
import { examplePerson, testModel } from '../support/site-model.ts';
import { proseTokens } from '../support/prose-tokens.ts';

const july: RelativeDate = {
  id: 'july',
  month: 7,
  relation: 'past',
  evidence: { paragraph: 1, text: '지난 7월' },
};
/** Prose with a token in it, as an author writes it in either language. */
const en = (what: string) => `${what} in {date:july}`;
const ko = (what: string) => `{date:july} ${what}`;
const both = (what: string) => ({ en: en(what), ko: ko(what) });

const quote: Quote = {
  id: 'aim',
  speakers: [examplePerson.id],
  theme: 'vision',
  paragraph: 1,
  ko: '목표를 말했다',
  en: en('Quote'),
  attributionNote: both('Attribution'),
  occasion: both('Occasion'),
};
const fact: Fact = {
  id: 'goal',
  theme: 'vision',
  kind: 'interview',
  voice: 'article',
  statement: both('Statement'),
  evidence: [{ paragraph: 1, text: '목표를' }],
  key: true,
};
const correction: Correction = {
  id: 'fix',
  date: '2026-11-28',
  facts: ['goal'],
  quotes: ['aim'],
  what: both('What'),
  why: both('Why'),
  minor: false,
};
const model = testModel({
  paragraphs: ['지난 7월 목표를 말했다'],
  relativeDates: [july],
  place: { en: en('Place'), ko: '본사' },
  people: [{ ...examplePerson, roles: examplePerson.roles.map((role) => ({ ...role, en: en('Role') })) }],
  quotes: [quote],
  facts: [fact],
  corrections: [correction],
  glossary: [
    {
      id: 'term',
      term: { en: en('Term'), ko: '용어' },
      definition: both('Definition'),
      aliases: { en: [], ko: [] },
      occurrences: [{ paragraph: 1, text: '목표' }],
    },
  ],
  timeline: [
    {
      id: 'event',
      order: 1,
      date: { en: '{date:july}', ko: '{date:july}' },
      event: both('Event'),
      orderNote: both('Order note'),
      evidence: { paragraph: 1, text: '지난 7월' },
    },
  ],
  themes: LANGS.map((lang) => ({
    id: 'vision',
    lang,
    data: {
      title: lang === 'en' ? en('Title') : ko('제목'),
      navTitle: lang === 'en' ? en('Nav') : ko('메뉴'),
      description: lang === 'en' ? en('Description') : ko('설명'),
      order: 1,
    },
  })),
});

/** Every string the model holds or gives (its pages in each language included), each once. */
function strings(value: unknown, seen = new Set<unknown>()): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value !== 'object' || value === null || seen.has(value)) return [];
  seen.add(value);
  return Object.values(value).flatMap((item) => strings(item, seen));
}

describe('the prose of the site model', () => {
  it('leaves the article’s Korean as the source has it: only the site’s own sentences are rendered', () => {
    const verbatim = '{date:july} 공동 연구원장';
    const article = testModel({
      relativeDates: [july],
      place: { en: 'Seoul', ko: verbatim },
      people: [{ ...examplePerson, roles: examplePerson.roles.map((role) => ({ ...role, ko: verbatim })) }],
    });
    expect([article.people[0]?.roles[0]?.ko, article.meta.place.ko]).toEqual([verbatim, verbatim]);
  });

  it('has no token left anywhere: every field a token was planted in is rendered', () => {
    const all = strings([model, ...LANGS.map((lang) => model.pages(lang))]);
    expect(all.flatMap(proseTokens)).toEqual([]);
    // Each planted field is still there, rendered (so the check above did not pass by dropping it).
    const rendered = all.filter((text) => /July \(year not given\)|7월\(연도 미상\)/.test(text));
    expect(rendered.length).toBeGreaterThanOrEqual(30);
  });

  it('writes each date as its language does, a date opening the text as a label', () => {
    expect([
      model.fact('goal').statement,
      model.quote('aim').en,
      model.quote('aim').occasion,
      model.corrections[0]?.why,
      model.timeline[0]?.date,
      model.meta.place,
      model.people[0]?.roles[0]?.en,
      model.glossary[0]?.term,
      model.page('ko', 'vision')?.title,
      model.page('en', 'vision')?.label,
    ]).toMatchInlineSnapshot(`
      [
        {
          "en": "Statement in July (year not given)",
          "ko": "7월(연도 미상) Statement",
        },
        "Quote in July (year not given)",
        {
          "en": "Occasion in July (year not given)",
          "ko": "7월(연도 미상) Occasion",
        },
        {
          "en": "Why in July (year not given)",
          "ko": "7월(연도 미상) Why",
        },
        {
          "en": "July (year not given)",
          "ko": "7월(연도 미상)",
        },
        {
          "en": "Place in July (year not given)",
          "ko": "본사",
        },
        "Role in July (year not given)",
        {
          "en": "Term in July (year not given)",
          "ko": "용어",
        },
        "7월(연도 미상) 제목",
        "Nav in July (year not given)",
      ]
    `);
  });
});
