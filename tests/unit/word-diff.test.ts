import { describe, expect, it } from 'vitest';
import { markWordingChange } from '../../src/lib/word-diff.ts';

describe('markWordingChange', () => {
  it('marks the English words that changed, and escapes the text', () => {
    expect(
      markWordingChange(
        'researchers are eager to use <it> & more',
        'researchers are clamouring to use <it> & more',
        'en',
      ),
    ).toMatchInlineSnapshot(`
      {
        "after": "researchers are <ins>clamouring</ins> to use &lt;it&gt; &amp; more",
        "before": "researchers are <del>eager</del> to use &lt;it&gt; &amp; more",
      }
    `);
  });

  it('marks a phrase replaced word by word as one replacement', () => {
    expect(
      markWordingChange(
        'According to the article, above all, the enormous cost meant that bold investment was needed.',
        'The article says that, above all, the enormous cost meant bold investment was needed.',
        'en',
      ),
    ).toMatchInlineSnapshot(`
      {
        "after": "<ins>The article says that</ins>, above all, the enormous cost meant bold investment was needed.",
        "before": "<del>According to the article</del>, above all, the enormous cost meant <del>that </del>bold investment was needed.",
      }
    `);
  });

  it('marks whole Korean words, particles and endings included', () => {
    expect(
      markWordingChange(
        '물밑 경쟁이 치열해지면서 매개변수 경쟁도 달아오르고 있다.',
        '물밑 경쟁이 치열하면서 매개변수 경쟁도 달아오르고 있다.',
        'ko',
      ),
    ).toMatchInlineSnapshot(`
      {
        "after": "물밑 경쟁이 <ins>치열하면서</ins> 매개변수 경쟁도 달아오르고 있다.",
        "before": "물밑 경쟁이 <del>치열해지면서</del> 매개변수 경쟁도 달아오르고 있다.",
      }
    `);
  });
});
