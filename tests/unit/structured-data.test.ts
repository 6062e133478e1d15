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
      description: 'No speaker is named; inferred.',
      isBasedOn: { '@id': 'https://example.org/source/#interview' },
    });
  });

  it('cannot close its script element', () => {
    expect(jsonForScript({ text: '</script><script>alert(1)</script>' })).not.toContain('</script>');
  });
});
