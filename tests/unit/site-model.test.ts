import { describe, expect, it } from 'vitest';
import type { Quote } from '@/lib/content-schemas';
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
      source: 'Paper (신문) ¶2',
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
