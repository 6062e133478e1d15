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
