import { describe, expect, it } from 'vitest';
import { verifyContent } from '../../../src/integrations/verify-content/verify.ts';
import { at, entries, validContent } from './fixture.ts';

describe('the references rule', () => {
  it('rejects a dangling speaker', () => {
    const content = validContent();
    at(entries(content.quotes), 0).speakers = ['hong', 'nobody'];
    expect(verifyContent(content)).toMatchInlineSnapshot(`
      [
        {
          "entry": "goal",
          "field": "speakers[1]",
          "file": "content/quotes.yaml",
          "hint": "Use one of the ids in content/people.yaml: hong.",
          "message": "Unknown person "nobody".",
        },
      ]
    `);
  });

  it('rejects a voice that is neither a person nor a shared voice', () => {
    const content = validContent();
    at(entries(content.facts), 0).voice = 'reporter';
    expect(verifyContent(content)).toMatchInlineSnapshot(`
      [
        {
          "entry": "caption",
          "field": "voice",
          "file": "content/facts.yaml",
          "hint": "Use a person id from content/people.yaml (hong) or one of: co-heads, article, hearsay.",
          "message": "Unknown voice "reporter".",
        },
      ]
    `);
  });

  it('rejects a mistyped theme once, suggesting the closest known one', () => {
    const content = validContent();
    at(entries(content.facts), 0).theme = 'visoin';
    expect(verifyContent(content)).toEqual([
      {
        file: 'content/facts.yaml',
        entry: 'caption',
        field: 'theme',
        message: 'Unknown theme "visoin". Did you mean "vision"?',
        hint: 'Use a theme that has pages in content/themes/<lang>/: vision.',
      },
    ]);
  });

  it('rejects an interview day that names no relative date', () => {
    const content = validContent();
    (content.sourceMeta.data as Record<string, unknown>).day = 'someday';
    expect(verifyContent(content)).toMatchInlineSnapshot(`
      [
        {
          "entry": "source",
          "field": "day",
          "file": "content/source/meta.yaml",
          "hint": "Use the id of one of the relativeDates in content/source/meta.yaml: interview-day.",
          "message": "Unknown relative date "someday".",
        },
      ]
    `);
  });
});
