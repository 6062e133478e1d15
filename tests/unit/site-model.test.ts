import { describe, expect, it } from 'vitest';
import type { Fact, Quote } from '@/lib/content-schemas';
import { SAME_PARAGRAPH_SHOWN } from '@/lib/site-model';
import { examplePerson, testModel } from '../support/site-model.ts';

const quote = (id: string, paragraph: number, ko: string, extra: Partial<Quote> = {}): Quote => ({
  id,
  speakers: [examplePerson.id],
  theme: 't',
  paragraph,
  ko,
  en: `English of ${id}`,
  ...extra,
});

describe('the quote pages of the site model', () => {
  const model = testModel({
    paragraphs: ['', '둘째 문단 말씀', '셋째 문단 말씀'],
    quotes: [
      quote('later', 3, '셋째 문단 말씀'),
      quote('earlier', 2, '둘째 문단 말씀', {
        attributionNote: { en: 'No speaker named.', ko: '화자 미표기.' },
      }),
    ],
  });

  it('come after the sections, one per quote in source order, each at its own address', () => {
    const pages = model.pages('ko');
    const quotePages = pages.filter((page) => page.kind === 'quote');
    expect(pages.slice(-quotePages.length)).toEqual(quotePages);
    expect(quotePages.map((page) => [page.slug, page.href, page.quote?.id])).toEqual([
      ['quotes/earlier', '/ko/quotes/earlier/', 'earlier'],
      ['quotes/later', '/ko/quotes/later/', 'later'],
    ]);
    expect(model.quote('later').pageHref('en')).toBe('/en/quotes/later/');
  });

  it('draw the quote, who said it (marked when the site infers it) and its source paragraph on the card', () => {
    const [earlier] = model.pages('en').filter((page) => page.kind === 'quote');
    expect(earlier?.card).toEqual({
      kind: 'quote',
      text: 'English of earlier',
      original: '둘째 문단 말씀',
      speaker: 'Kim Example (inferred)',
      source: 'Paper (신문) ¶2 · translated by this fact sheet',
    });
    expect(earlier?.title).toBe('Kim Example (inferred): “English of earlier”');
    const [korean] = model.pages('ko').filter((page) => page.kind === 'quote');
    expect(korean?.card).toEqual({
      kind: 'quote',
      text: '둘째 문단 말씀',
      speaker: '김예시(추정)',
      source: '신문 ¶2',
    });
  });
});

describe('the quote page of a quote said on another occasion', () => {
  const model = testModel({
    paragraphs: ['', '확신 말씀'],
    quotes: [quote('sure', 2, '확신 말씀', { occasion: { en: 'Said when briefed.', ko: '보고 때 한 말.' } })],
  });

  it('says so wherever the quote travels without its page: its title and its card', () => {
    const [en] = model.pages('en').filter((page) => page.kind === 'quote');
    const [ko] = model.pages('ko').filter((page) => page.kind === 'quote');
    expect([en?.title, en?.card, ko?.title, ko?.card]).toMatchInlineSnapshot(`
      [
        "Kim Example, said on another occasion: “English of sure”",
        {
          "kind": "quote",
          "original": "확신 말씀",
          "source": "Paper (신문) ¶2 · translated by this fact sheet",
          "speaker": "Kim Example, said on another occasion",
          "text": "English of sure",
        },
        "김예시(다른 자리에서 한 말): “확신 말씀”",
        {
          "kind": "quote",
          "source": "신문 ¶2",
          "speaker": "김예시(다른 자리에서 한 말)",
          "text": "확신 말씀",
        },
      ]
    `);
  });
});

describe('the facts of its paragraph that a quote page lists', () => {
  const fact = (id: string, theme: string, excerpt: string): Fact => ({
    id,
    theme,
    kind: 'interview',
    voice: 'article',
    statement: { en: `Statement ${id}`, ko: `진술 ${id}` },
    evidence: [{ paragraph: 2, text: excerpt }],
    key: false,
  });
  const ordinals = ['첫째', '둘째', '셋째', '넷째', '다섯째', '여섯째', '일곱째', '여덟째', '아홉째', '열째'];
  const others = ordinals.slice(0, 9).map((word, i) => fact(`other-${i + 1}`, 'u', word));
  const model = testModel({
    paragraphs: ['', `${ordinals.join(' ')} 인용 말씀`],
    quotes: [quote('q', 2, '인용 말씀')],
    facts: [fact('restates', 't', '인용'), fact('own', 't', '열째'), ...others],
  });
  const { shown, total } = model.quote('q').sameParagraph;

  it('leave out the fact shown with the quote as its summary', () => {
    expect(model.fact('restates').quote?.id).toBe('q');
    expect(total).toBe(1 + others.length);
  });

  it('put its own theme first, then the rest in source order, and stop at the page’s limit', () => {
    expect(shown.map((entry) => entry.id)).toEqual(
      ['own', ...others.map((entry) => entry.id)].slice(0, SAME_PARAGRAPH_SHOWN),
    );
    expect(shown.length).toBeLessThan(total);
  });
});

describe('a fact that restates one quote and cites another of its theme', () => {
  const fact: Fact = {
    id: 'both',
    theme: 't',
    kind: 'interview',
    voice: 'article',
    statement: { en: 'Both quotes, restated.', ko: '두 인용문을 다시 말함.' },
    evidence: [
      { paragraph: 2, text: '첫 말씀' },
      { paragraph: 2, text: '둘째 말씀' },
      { paragraph: 2, text: '덧붙임' },
    ],
    key: false,
  };
  const model = testModel({
    paragraphs: ['', '첫 말씀 둘째 말씀 덧붙임'],
    quotes: [quote('first', 2, '첫 말씀'), quote('second', 2, '둘째 말씀')],
    facts: [fact],
  });

  it('is shown with the first, its evidence only what neither quote shows', () => {
    expect(model.fact('both').quote?.id).toBe('first');
    expect(model.fact('both').ownEvidence.map((evidence) => evidence.text)).toEqual(['덧붙임']);
  });

  it('is not listed on the other quote’s page, whose words it says again', () => {
    expect(model.quote('second').sameParagraph).toEqual({ shown: [], total: 0 });
  });
});
