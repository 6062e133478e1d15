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
});
