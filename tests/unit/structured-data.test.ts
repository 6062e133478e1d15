import { describe, expect, it } from 'vitest';
import { jsonForScript, structuredData } from '../../src/lib/structured-data.ts';

const source = {
  publication: { en: 'Asia Economy', ko: '아시아경제' },
  interviewees: ['lee'],
  place: { en: 'HQ', ko: '본사' },
  day: 'interview-day',
  relativeDates: [],
  evidence: [{ paragraph: 1, text: '지난 4일' }],
  publicationDate: null,
  reporter: null,
  url: null,
};
const lee = {
  id: 'lee',
  nameKo: '이홍락',
  nameEn: 'Honglak Lee',
  aliases: ['Lee Honglak'],
  interviewee: true,
  roles: [{ ko: '공동 연구원장', en: 'Co-head', evidence: { paragraph: 1, text: 'x' } }],
};

describe('structuredData', () => {
  const data = structuredData({
    siteUrl: 'https://example.org/',
    siteName: 'Fact sheet',
    lang: 'en',
    describeArticle: true,
    peopleUrl: 'https://example.org/people/',
    sourceUrl: 'https://example.org/source/',
    source,
    people: [lee],
    interviewees: [lee],
    quotes: [
      {
        id: 'https://example.org/quotes/q/',
        url: 'https://example.org/x/#quote-q',
        quote: {
          id: 'q',
          speakers: ['lee'],
          theme: 'x',
          paragraph: 2,
          ko: '목표입니다',
          en: 'It is the goal',
        },
      },
      {
        id: 'https://example.org/quotes/unnamed/',
        url: 'https://example.org/x/#quote-unnamed',
        quote: {
          id: 'unnamed',
          speakers: ['lee'],
          theme: 'x',
          paragraph: 2,
          ko: '최종목표입니다',
          en: 'It is the ultimate goal',
          attributionNote: { en: 'No speaker is named; inferred.', ko: '화자 미표기, 추정.' },
        },
      },
    ],
  }) as { '@graph': Record<string, unknown>[] };
  const byType = (type: string) => data['@graph'].filter((node) => node['@type'] === type);

  it('describes the interview without inventing a date, headline, author or URL', () => {
    const [article] = byType('NewsArticle');
    expect(article).toBeDefined();
    for (const invented of ['datePublished', 'headline', 'author', 'url'])
      expect(article).not.toHaveProperty(invented);
    expect(article?.publisher).toEqual({
      '@type': 'NewsMediaOrganization',
      name: 'Asia Economy',
      alternateName: '아시아경제',
    });
  });

  it('links each Quotation to its creator and to the interview', () => {
    expect(byType('Quotation')[0]).toEqual(
      expect.objectContaining({
        text: '목표입니다',
        creator: [{ '@id': 'https://example.org/people/#lee' }],
        isBasedOn: { '@id': 'https://example.org/source/#interview' },
      }),
    );
    expect(byType('Person')[0]).toMatchObject({
      name: 'Honglak Lee',
      alternateName: ['이홍락', 'Lee Honglak'],
    });
  });

  it('gives a quote whose speaker the article does not name no creator, only the page’s note', () => {
    const unnamed = byType('Quotation')[1];
    expect(unnamed).not.toHaveProperty('creator');
    expect(unnamed).toMatchObject({
      description: 'Attribution: No speaker is named; inferred.',
      isBasedOn: { '@id': 'https://example.org/source/#interview' },
    });
  });

  it('gives the English as the fact sheet’s translation of the Korean quotation, and a quote said on another occasion its note', () => {
    const quote = {
      id: 'direction',
      speakers: ['lee'],
      theme: 'x',
      paragraph: 5,
      ko: '확신이 있으면',
      en: 'If you are sure',
      occasion: { en: 'Said when he was briefed.', ko: '보고를 받으며 한 말.' },
    };
    const page = (lang: 'en' | 'ko', url: string) =>
      (
        structuredData({
          siteUrl: 'https://example.org/',
          siteName: 'Fact sheet',
          lang,
          describeArticle: false,
          peopleUrl: 'https://example.org/people/',
          sourceUrl: 'https://example.org/source/',
          source,
          people: [],
          interviewees: [lee],
          quotes: [{ quote, id: 'https://example.org/quotes/direction/', url }],
        }) as { '@graph': Record<string, unknown>[] }
      )['@graph'].find((node) => node['@type'] === 'Quotation');
    expect(page('en', 'https://example.org/x/#quote-direction')).toMatchInlineSnapshot(`
      {
        "@id": "https://example.org/quotes/direction/",
        "@type": "Quotation",
        "creator": [
          {
            "@id": "https://example.org/people/#lee",
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
            "name": "Fact sheet",
            "url": "https://example.org/",
          },
        },
      }
    `);
    // The same quotation on every page: one identity, each page's own address, the note in its language.
    expect(page('ko', 'https://example.org/ko/quotes/direction/#quote-direction')).toMatchInlineSnapshot(`
      {
        "@id": "https://example.org/quotes/direction/",
        "@type": "Quotation",
        "creator": [
          {
            "@id": "https://example.org/people/#lee",
          },
        ],
        "description": "다른 자리에서 한 말: 보고를 받으며 한 말.",
        "inLanguage": "ko",
        "isBasedOn": {
          "@id": "https://example.org/source/#interview",
        },
        "text": "확신이 있으면",
        "url": "https://example.org/ko/quotes/direction/#quote-direction",
      }
    `);
  });

  it('cannot close its script element', () => {
    expect(jsonForScript({ text: '</script><script>alert(1)</script>' })).not.toContain('</script>');
  });
});
