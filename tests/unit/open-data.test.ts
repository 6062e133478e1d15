import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import type { Fact, Person, Quote } from '@/lib/content-schemas';
import { testModel } from '../support/site-model.ts';
import { DATASET_FIELDS, factRows, personRows, quoteRows, toCsv } from '@/lib/open-data';

const person: Person = {
  id: 'kim-example',
  nameKo: '김예시',
  nameEn: 'Kim Example',
  aliases: ['Example Kim'],
  interviewee: false,
  roles: [{ ko: '대표', en: 'Chief executive', evidence: { paragraph: 1, text: '김예시 대표' } }],
};
const link = (lang: string, slug: string, hash?: string) => `https://example.org/${lang}/${slug}/#${hash}`;

describe('personRows', () => {
  it('gives every person a permalink in each site language, as the fields document', () => {
    const [row] = personRows({ people: [person] }, link);
    expect(row).toMatchObject({
      permalink_en: 'https://example.org/en/people/#kim-example',
      permalink_ko: 'https://example.org/ko/people/#kim-example',
    });
    expect(Object.keys(row ?? {})).toEqual(Object.keys(DATASET_FIELDS.people));
  });

  it('writes the same columns to CSV, in the documented order', () => {
    const [header] = toCsv('people', personRows({ people: [person] }, link)).split('\r\n');
    expect(header?.startsWith('\ufeff')).toBe(true);
    expect(header?.slice(1)).toMatchInlineSnapshot(
      `"id,name_ko,name_en,aliases,roles_en,roles_ko,permalink_en,permalink_ko"`,
    );
  });
});

const fact = (id: string, paragraph: number, statementEn: string): Fact => ({
  id,
  theme: 't',
  kind: 'interview',
  key: false,
  voice: 'article',
  statement: { en: statementEn, ko: '사실' },
  evidence: [{ paragraph, text: '근거' }],
});

describe('factRows', () => {
  it('writes CSV with every documented column, quoted fields, voices and relative dates spelled out', () => {
    const rows = factRows(
      testModel({ facts: [fact('f', 3, 'A, "quoted" fact in {date:interview-day}')] }),
      link,
    );
    expect(toCsv('facts', rows)).toBe(
      '\ufeffid,theme,kind,voice,statement_en,statement_ko,paragraphs,evidence_ko,quote,permalink_en,permalink_ko\r\n' +
        'f,t,interview,article,"A, ""quoted"" fact in the 4th (month and year not given)",사실,3,근거,,https://example.org/en/t/#fact-f,https://example.org/ko/t/#fact-f\r\n',
    );
  });

  it('writes a statement a spreadsheet would run as a formula as text, and keeps numbers and plain text as they are', () => {
    const planted = [
      '=HYPERLINK("https://example.org")',
      '+1',
      '-1 is less',
      '@SUM(A1)',
      '\tTab',
      '\rReturn',
    ];
    const facts = planted.map((statement, i) => fact(`f${i}`, i + 1, statement));
    const csv = toCsv('facts', factRows(testModel({ facts }), link));
    const rows = parse(csv, { bom: true, columns: true, record_delimiter: '\r\n' }) as Record<
      string,
      string
    >[];
    expect(rows.map((row) => row.statement_en)).toEqual(planted.map((statement) => `'${statement}`));
    expect(rows.map((row) => [row.statement_ko, row.paragraphs])).toEqual(
      planted.map((_, i) => ['사실', String(i + 1)]),
    );
  });

  it('lists facts in source order', () => {
    const facts = [fact('b', 5, 'later'), fact('a', 2, 'earlier'), fact('c', 5, 'also later')];
    const rows = factRows(testModel({ facts }), link);
    expect(rows.map((row) => row.id)).toEqual(['a', 'b', 'c']);
  });
});

describe('quoteRows', () => {
  it('keeps who said a quote and when: attribution notes and another occasion, in both languages', () => {
    const quote: Quote = {
      id: 'q',
      speakers: ['kim-example'],
      theme: 't',
      paragraph: 5,
      ko: '확신이 있으면',
      en: 'If you are sure',
      occasion: { en: 'Said when he was briefed at the time.', ko: '당시 보고를 받으며 한 말.' },
    };
    const [row] = quoteRows(testModel({ quotes: [quote] }), link);
    expect(row).toMatchObject({
      attribution_note_en: null,
      occasion_en: 'Said when he was briefed at the time.',
      occasion_ko: '당시 보고를 받으며 한 말.',
    });
    expect(Object.keys(row ?? {})).toEqual(Object.keys(DATASET_FIELDS.quotes));
  });
});

describe('a quote and the fact that restates it', () => {
  it('are both rows, each naming the other', () => {
    const quote: Quote = {
      id: 'q',
      speakers: ['kim-example'],
      theme: 't',
      paragraph: 3,
      ko: '근거가 되는 말',
      en: 'Words',
    };
    const model = testModel({
      quotes: [quote],
      facts: [fact('f', 3, 'Kim says so.'), fact('g', 2, 'Other.')],
    });
    expect(factRows(model, link).map((row) => [row.id, row.quote])).toEqual([
      ['g', null],
      ['f', 'q'],
    ]);
    expect(quoteRows(model, link).map((row) => [row.id, row.facts])).toEqual([['q', 'f']]);
  });
});
