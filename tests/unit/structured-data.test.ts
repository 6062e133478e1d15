import { describe, expect, it } from 'vitest';
import { jsonForScript, structuredData } from '../../src/lib/structured-data.ts';
import { factRows, toCsv } from '../../src/lib/open-data.ts';

const source = {
  publication: { en: 'Asia Economy', ko: '아시아경제' },
  interviewees: ['lee'],
  place: { en: 'HQ', ko: '본사' },
  day: 'interview-day',
  relativeDates: [
    { id: 'interview-day', day: 4, relation: 'past' as const, evidence: { paragraph: 1, text: '지난 4일' } },
  ],
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
    peopleUrl: 'https://example.org/people/',
    sourceUrl: 'https://example.org/source/',
    source,
    people: [lee],
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
    expect(byType('Quotation')).toEqual([
      expect.objectContaining({
        text: '목표입니다',
        creator: [{ '@id': 'https://example.org/people/#lee' }],
        isBasedOn: { '@id': 'https://example.org/source/#interview' },
      }),
    ]);
    expect(byType('Person')[0]).toMatchObject({
      name: 'Honglak Lee',
      alternateName: ['이홍락', 'Lee Honglak'],
    });
  });

  it('cannot close its script element', () => {
    expect(jsonForScript({ text: '</script><script>alert(1)</script>' })).not.toContain('</script>');
  });
});

describe('open data', () => {
  it('writes CSV with a header, quoted fields and permalinks', () => {
    const rows = factRows(
      [
        {
          id: 'f',
          theme: 't',
          kind: 'interview',
          key: false,
          voice: 'article',
          statement: { en: 'A, "quoted" fact in {date:interview-day}', ko: '사실' },
          evidence: [{ paragraph: 3, text: '근거' }],
        },
      ],
      (lang, slug, hash) => `https://example.org/${lang === 'ko' ? 'ko/' : ''}${slug}/#${hash}`,
      source.relativeDates,
    );
    expect(toCsv('facts', rows)).toBe(
      '\ufeffid,theme,kind,statement_en,statement_ko,paragraphs,evidence_ko,permalink_en,permalink_ko\r\n' +
        'f,t,interview,"A, ""quoted"" fact in the 4th (month and year not given)",사실,3,근거,https://example.org/t/#fact-f,https://example.org/ko/t/#fact-f\r\n',
    );
  });
});
