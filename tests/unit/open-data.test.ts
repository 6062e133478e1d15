import { describe, expect, it } from 'vitest';
import type { Person } from '@/lib/content-schemas';
import { DATASET_FIELDS, personRows, toCsv } from '@/lib/open-data';

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
    const [row] = personRows([person], link);
    expect(row).toMatchObject({
      permalink_en: 'https://example.org/en/people/#kim-example',
      permalink_ko: 'https://example.org/ko/people/#kim-example',
    });
    expect(Object.keys(row ?? {})).toEqual(Object.keys(DATASET_FIELDS.people));
  });

  it('writes the same columns to CSV, in the documented order', () => {
    const [header] = toCsv('people', personRows([person], link)).split('\r\n');
    expect(header?.startsWith('\ufeff')).toBe(true);
    expect(header?.slice(1)).toMatchInlineSnapshot(
      `"id,name_ko,name_en,aliases,roles_en,roles_ko,permalink_en,permalink_ko"`,
    );
  });
});
