import { describe, expect, it } from 'vitest';
import type { Quote } from '../../src/lib/content-schemas.ts';
import type { SitePage } from '../../src/lib/site-model.ts';
import { jsonForScript, structuredData } from '../../src/lib/structured-data.ts';
import type { Lang } from '../../src/site.config.ts';
import { examplePerson, testModel } from '../support/site-model.ts';

const quote = (id: string, ko: string, en: string, extra: Partial<Quote> = {}): Quote => ({
  id,
  speakers: [examplePerson.id],
  theme: 'x',
  paragraph: 1,
  ko,
  en,
  ...extra,
});
const model = testModel({
  paragraphs: ['목표입니다. 최종목표입니다. 확신이 있으면'],
  quotes: [
    quote('q', '목표입니다', 'It is the goal'),
    quote('unnamed', '최종목표입니다', 'It is the ultimate goal', {
      attributionNote: { en: 'No speaker is named; inferred.', ko: '화자 미표기, 추정.' },
    }),
    quote('direction', '확신이 있으면', 'If you are sure', {
      occasion: { en: 'Said when he was briefed.', ko: '보고를 받으며 한 말.' },
    }),
  ],
});
/** Absolute addresses as the site gives them: English at the root, Korean under `/ko/`. */
const url = (lang: Lang, slug: string, fragment?: string) =>
  `https://example.org/${lang === 'en' ? '' : `${lang}/`}${slug ? `${slug}/` : ''}${fragment ? `#${fragment}` : ''}`;
const nodes = (page: Pick<SitePage, 'slug' | 'quote'>, type: string, lang: Lang = 'en') =>
  (structuredData(model, page, lang, url) as { '@graph': Record<string, unknown>[] })['@graph'].filter(
    (node) => node['@type'] === type,
  );

describe('structuredData', () => {
  it('describes the interview on the overview and the source page, without inventing a date, headline, author or URL', () => {
    const [article] = nodes({ slug: '' }, 'NewsArticle');
    for (const invented of ['datePublished', 'headline', 'author', 'url']) {
      expect(article).not.toHaveProperty(invented);
    }
    expect(article?.publisher).toEqual({
      '@type': 'NewsMediaOrganization',
      name: 'Paper',
      alternateName: '신문',
    });
    expect(nodes({ slug: 'source' }, 'NewsArticle')).toHaveLength(1);
    expect(nodes({ slug: 'x' }, 'NewsArticle')).toEqual([]);
  });

  it('links each Quotation of a page to its creator and to the interview, described on the people page', () => {
    expect(nodes({ slug: 'x' }, 'Quotation')[0]).toEqual(
      expect.objectContaining({
        text: '목표입니다',
        creator: [{ '@id': 'https://example.org/people/#kim-example' }],
        isBasedOn: { '@id': 'https://example.org/source/#interview' },
      }),
    );
    expect(nodes({ slug: 'people' }, 'Person')[0]).toMatchObject({
      name: 'Kim Example',
      alternateName: ['김예시', 'Example Kim'],
    });
    expect(nodes({ slug: 'x' }, 'Person')).toEqual([]);
  });

  it('gives a quote whose speaker the article does not name no creator, only the page’s note', () => {
    const unnamed = nodes({ slug: 'x' }, 'Quotation')[1];
    expect(unnamed).not.toHaveProperty('creator');
    expect(unnamed).toMatchObject({
      description: 'Attribution: No speaker is named; inferred.',
      isBasedOn: { '@id': 'https://example.org/source/#interview' },
    });
  });

  it('gives the English as the fact sheet’s translation of the Korean quotation, and a quote said on another occasion its note', () => {
    const direction = model.quote('direction');
    expect(nodes({ slug: 'x' }, 'Quotation')[2]).toMatchInlineSnapshot(`
      {
        "@id": "https://example.org/quotes/direction/",
        "@type": "Quotation",
        "creator": [
          {
            "@id": "https://example.org/people/#kim-example",
          },
        ],
        "description": "Said on another occasion: Said when he was briefed.",
        "inLanguage": "ko",
        "isBasedOn": {
          "@id": "https://example.org/source/#interview",
        },
        "text": "확신이 있으면",
        "url": "https://example.org/x/#quote-direction",
        "workTranslation": {
          "@type": "Quotation",
          "inLanguage": "en",
          "text": "If you are sure",
          "translationOfWork": {
            "@id": "https://example.org/quotes/direction/",
          },
          "translator": {
            "@type": "Organization",
            "name": "LG AI Research Interview Fact Sheet",
            "url": "https://example.org/",
          },
        },
      }
    `);
    // The same quotation on every page: one identity, each page's own address, the note in its language.
    expect(nodes({ slug: direction.pageSlug, quote: direction }, 'Quotation', 'ko')).toMatchInlineSnapshot(`
      [
        {
          "@id": "https://example.org/quotes/direction/",
          "@type": "Quotation",
          "creator": [
            {
              "@id": "https://example.org/people/#kim-example",
            },
          ],
          "description": "다른 자리에서 한 말: 보고를 받으며 한 말.",
          "inLanguage": "ko",
          "isBasedOn": {
            "@id": "https://example.org/source/#interview",
          },
          "text": "확신이 있으면",
          "url": "https://example.org/ko/quotes/direction/#quote-direction",
        },
      ]
    `);
  });

  it('cannot close its script element', () => {
    expect(jsonForScript({ text: '</script><script>alert(1)</script>' })).not.toContain('</script>');
  });
});
