import { describe, expect, it } from 'vitest';
import { formatProblems } from '../../../src/lib/content-files.ts';

describe('formatProblems', () => {
  it('lists every problem with file and line, entry, field and hint', () => {
    expect(
      formatProblems([
        { file: 'content/quotes.yaml', line: 12, entry: 'goal', field: 'ko', message: 'Bad.', hint: 'Fix.' },
        { file: 'content/source/interview.ko.txt', entry: '¶2', message: 'Uncited.' },
      ]),
    ).toMatchInlineSnapshot(`
      "Content verification found 2 problems:
        - content/quotes.yaml:12 › goal › ko: Bad.
          hint: Fix.
        - content/source/interview.ko.txt › ¶2: Uncited."
    `);
  });
});
