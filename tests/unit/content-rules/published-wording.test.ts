import { describe, expect, it } from 'vitest';
import { verifyContent } from '../../../src/integrations/verify-content/verify.ts';
import { entries, validContent } from './fixture.ts';

const PUBLISHED = 'Hong Gildong says the goal is problem solving.';

/** The fixture as if its fact "solve" had been published with other English wording. */
function editedAfterPublishing(changes: Record<string, unknown>[] = []) {
  const content = validContent();
  content.published.data = {
    wording: {
      'fact/solve/statement.en': PUBLISHED,
      'fact/solve/statement.ko': '홍 원장은 목표가 산업 난제 해결이라고 밝혔다.',
    },
    changes,
  };
  return content;
}

function logCorrection(content: ReturnType<typeof validContent>, date: string, id = 'solve-wording') {
  entries(content.corrections).push({
    id,
    date,
    facts: ['solve'],
    what: { en: 'The statement now names the goal plainly.', ko: '이제 문장이 목표를 그대로 적는다.' },
    why: { en: 'Plainer English.', ko: '더 쉬운 영어.' },
  });
}

describe('the published wording rule', () => {
  it('rejects a changed sentence with no correction, naming the log, the entry and both wordings', () => {
    expect(verifyContent(editedAfterPublishing())).toMatchInlineSnapshot(`
      [
        {
          "entry": "solve",
          "field": "statement.en",
          "file": "content/facts.yaml",
          "hint": "Readers may have cited the published wording. Log the change in content/corrections.yaml (facts: [solve], dated the day of the change; minor: true for a typo), then run \`npm run record-wording\` to record the new wording in content/published.lock.yaml.",
          "message": "The published wording changed, and content/corrections.yaml has no correction of fact "solve" made since.
          published: Hong Gildong says the goal is problem solving.
          now:       Hong Gildong says the goal is solving problems.",
        },
      ]
    `);
  });

  it('accepts the change once a correction of that fact is logged', () => {
    const content = editedAfterPublishing();
    logCorrection(content, '2026-11-28');
    expect(verifyContent(content)).toEqual([]);
  });

  it('does not take a correction already recorded for an earlier change of the fact', () => {
    const content = editedAfterPublishing([
      { correction: 'solve-wording', key: 'fact/solve/statement.en', before: 'Hong says…', after: PUBLISHED },
    ]);
    logCorrection(content, '2026-11-28');
    expect(verifyContent(content).map((problem) => `${problem.entry} › ${problem.field}`)).toEqual([
      'solve › statement.en',
    ]);
    logCorrection(content, '2026-11-29', 'solve-wording-again');
    expect(verifyContent(content)).toEqual([]);
  });

  it('rejects a recorded change whose correction is not in the log', () => {
    const content = validContent();
    content.published.data = {
      wording: {},
      changes: [{ correction: 'gone', key: 'fact/solve/statement.en', before: 'a', after: 'b' }],
    };
    expect(verifyContent(content)).toMatchObject([
      {
        file: 'content/published.lock.yaml',
        field: 'changes[0].correction',
        message:
          'The recorded change of fact/solve/statement.en names the correction "gone", which is not in content/corrections.yaml.',
      },
    ]);
  });
});
