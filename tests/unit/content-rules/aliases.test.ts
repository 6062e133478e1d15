import { describe, expect, it } from 'vitest';
import { verifyContent } from '../../../src/integrations/verify-content/verify.ts';
import { at, entries, validContent } from './fixture.ts';

describe('the aliases rule', () => {
  it('rejects a person named by an alias instead of the display name', () => {
    const content = validContent();
    at(entries(content.facts), 1).statement = {
      en: 'Gildong Hong says the goal is solving problems.',
      ko: '홍 원장은 목표가 산업 난제 해결이라고 밝혔다.',
    };
    expect(verifyContent(content)).toMatchInlineSnapshot(`
      [
        {
          "entry": "solve",
          "field": "statement.en",
          "file": "content/facts.yaml",
          "hint": "Write "Hong Gildong" (from content/people.yaml). Aliases stay searchable without appearing in prose.",
          "message": ""Gildong Hong" is an alias of Hong Gildong; prose uses the display name.",
        },
      ]
    `);
  });

  it('rejects a generated spelling (name order, hyphen) listed as an alias', () => {
    const content = validContent();
    at(entries(content.people), 0).aliases = ['Hong Kil-dong', 'Gildong Hong', 'Kil-dong Hong'];
    expect(verifyContent(content)).toMatchInlineSnapshot(`
      [
        {
          "entry": "hong",
          "field": "aliases[1]",
          "file": "content/people.yaml",
          "message": ""Gildong Hong" is a routine spelling of "Hong Gildong" (name order, hyphen), generated for search and the People page; list only irregular spellings.",
        },
        {
          "entry": "hong",
          "field": "aliases[2]",
          "file": "content/people.yaml",
          "message": ""Kil-dong Hong" is a routine spelling of "Hong Kil-dong" (name order, hyphen), generated for search and the People page; list only irregular spellings.",
        },
      ]
    `);
  });
});
