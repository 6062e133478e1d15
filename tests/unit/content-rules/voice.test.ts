import { describe, expect, it } from 'vitest';
import { verifyContent } from '../../../src/integrations/verify-content/verify.ts';
import { at, entries, validContent } from './fixture.ts';

/** The fixture with fact "solve" changed. */
function withSolve(changes: Record<string, unknown>) {
  const content = validContent();
  Object.assign(at(entries(content.facts), 1), changes);
  return content;
}

const HEARSAY = [{ paragraph: 3, text: '성과가 좋을 것 같다는 후문이다' }];

describe('the voice rule', () => {
  it('rejects speech stated in the article’s own voice', () => {
    expect(verifyContent(withSolve({ voice: 'article' }))).toMatchInlineSnapshot(`
      [
        {
          "entry": "solve",
          "field": "voice",
          "file": "content/facts.yaml",
          "hint": "Set voice to the speaker's person id, or co-heads for "양 원장"/"두 원장" and their joint statements. For a quotation the article gives without naming a speaker, keep voice: article and say in both statements that it is a quotation ("quotation" / "인용문").",
          "message": "The evidence is speech (a quotation), but the voice is "article": the site would state in its own voice what the article attributes to a speaker.",
        },
      ]
    `);
  });

  it('accepts a quotation that names no speaker, reported in the article’s voice as a quotation', () => {
    const unattributed = [{ paragraph: 2, text: '최종목표입니다' }];
    const asQuotation = withSolve({
      voice: 'article',
      evidence: unattributed,
      statement: {
        en: 'The article opens with a quotation that names no speaker and gives the ultimate goal.',
        ko: '기사는 화자를 밝히지 않은 인용문으로 최종 목표를 제시한다.',
      },
    });
    // The fixture's ¶3 is then cited by nothing, so only the fact's own problems count.
    const problemsOf = (content: ReturnType<typeof withSolve>) =>
      verifyContent(content).filter((problem) => problem.entry === 'solve');
    expect(problemsOf(asQuotation)).toEqual([]);
    const asOwnClaim = withSolve({
      voice: 'article',
      evidence: unattributed,
      statement: {
        en: 'The ultimate goal is set.',
        ko: '기사는 화자를 밝히지 않은 인용문으로 최종 목표를 제시한다.',
      },
    });
    expect(problemsOf(asOwnClaim).map((problem) => problem.message)).toMatchInlineSnapshot(`
      [
        "The evidence is speech (a quotation), but the voice is "article": the site would state in its own voice what the article attributes to a speaker.",
      ]
    `);
  });

  it('rejects a statement that drops the speaker or the attribution', () => {
    const content = withSolve({
      statement: { en: 'Hong Gildong: the goal is solving problems.', ko: '목표는 산업 난제 해결이다.' },
    });
    expect(verifyContent(content)).toMatchInlineSnapshot(`
      [
        {
          "entry": "solve",
          "field": "statement.en",
          "file": "content/facts.yaml",
          "hint": "Name the speaker (display name, family name, or "the co-heads") and attribute the claim: says, said, explains, expects, according to…",
          "message": "statement.en does not say whose claim this is (voice "hong").",
        },
        {
          "entry": "solve",
          "field": "statement.ko",
          "file": "content/facts.yaml",
          "hint": "Name the speaker (이홍락 원장, 이 원장, 두 원장…) and attribute the claim: 말했다, 밝혔다, 강조했다, 기대했다, …에 따르면.",
          "message": "statement.ko does not say whose claim this is (voice "hong").",
        },
      ]
    `);
  });

  it('rejects hearsay that is stated as fact and loses its hedge', () => {
    const content = withSolve({
      voice: 'article',
      evidence: HEARSAY,
      statement: { en: 'The results are good.', ko: '성과가 좋다.' },
    });
    expect(verifyContent(content)).toMatchInlineSnapshot(`
      [
        {
          "entry": "solve",
          "field": "voice",
          "file": "content/facts.yaml",
          "hint": "Set voice: hearsay and word both statements as what the article passes on ("The article reports, without naming a source, that…" / "…는 후문을 전한다").",
          "message": "The evidence passes on hearsay ("후문"), but the voice is "article".",
        },
        {
          "entry": "solve",
          "field": "statement.en",
          "file": "content/facts.yaml",
          "hint": "Keep the hedge: expects, does not think, may, might, likely, should… (plain "will" states it as settled).",
          "message": "The evidence hedges ("것 같다"), but statement.en states it as settled.",
        },
        {
          "entry": "solve",
          "field": "statement.ko",
          "file": "content/facts.yaml",
          "hint": "Keep the hedge: 것 같다 (a -ㄹ 것 ending alone states it as settled).",
          "message": "The evidence hedges ("것 같다"), but statement.ko states it as settled.",
        },
      ]
    `);
  });

  it('accepts hearsay that says so and keeps its hedge in both languages', () => {
    const content = withSolve({
      voice: 'hearsay',
      evidence: HEARSAY,
      statement: {
        en: 'The article reports, without naming a source, that the results should be good.',
        ko: '기사는 성과가 좋을 것 같다는 후문을 전한다.',
      },
    });
    expect(verifyContent(content)).toEqual([]);
  });

  it('rejects hearsay whose statement does not say it is hearsay', () => {
    const content = withSolve({
      voice: 'hearsay',
      evidence: HEARSAY,
      statement: {
        en: 'The article says the results should be good.',
        ko: '기사는 성과가 좋을 것 같다는 후문을 전한다.',
      },
    });
    expect(verifyContent(content)).toMatchInlineSnapshot(`
      [
        {
          "entry": "solve",
          "field": "statement.en",
          "file": "content/facts.yaml",
          "hint": "Say the article passes it on without a source: "without naming a source", "reportedly".",
          "message": "The voice is hearsay, but statement.en does not say so.",
        },
      ]
    `);
  });

  it('does not take the month May for the hedge "may"', () => {
    const content = withSolve({
      evidence: [{ paragraph: 3, text: '성과가 좋을 것 같다' }],
      statement: {
        en: 'Hong Gildong says the results in May are good.',
        ko: '홍 원장은 성과가 좋을 것 같다고 말했다.',
      },
    });
    expect(verifyContent(content).map((problem) => `${problem.field}: ${problem.message}`)).toEqual([
      'statement.en: The evidence hedges ("것 같다"), but statement.en states it as settled.',
    ]);
  });

  it('takes "adds", "grants" and "credits" as attribution only in their reporting sense', () => {
    const statement = (en: string) => ({ en, ko: '홍 원장은 목표가 산업 난제 해결이라고 밝혔다.' });
    const fields = (en: string) =>
      verifyContent(withSolve({ statement: statement(en) })).map((problem) => problem.field);
    for (const unattributed of [
      'Hong Gildong grants the lab a budget to solve problems.',
      'Hong Gildong adds a second goal: solving problems.',
      'Hong Gildong credits his account to solve problems.',
    ]) {
      expect(fields(unattributed), unattributed).toEqual(['statement.en']);
    }
    for (const attributed of [
      'Hong Gildong grants that the goal is solving problems.',
      'Hong Gildong adds that the goal is solving problems.',
      'Hong Gildong credits the team with the goal of solving problems.',
    ]) {
      expect(fields(attributed), attributed).toEqual([]);
    }
  });

  it('takes "Co-heads" at the start of a sentence as naming both interviewees', () => {
    const content = withSolve({
      voice: 'co-heads',
      statement: {
        en: 'Co-heads of the institute say the goal is solving problems.',
        ko: '두 원장은 목표가 산업 난제 해결이라고 밝혔다.',
      },
    });
    content.sourceMeta.data = { ...(content.sourceMeta.data as object), interviewees: ['hong'] };
    expect(verifyContent(content)).toEqual([]);
  });

  it('does not take plain "will", or a -ㄹ 것 ending, as keeping 것 같다', () => {
    const content = withSolve({
      evidence: [{ paragraph: 3, text: '성과가 좋을 것 같다' }],
      statement: {
        en: 'Hong Gildong says the results will be good.',
        ko: '홍 원장은 성과가 좋을 것이라고 말했다.',
      },
    });
    expect(verifyContent(content)).toMatchInlineSnapshot(`
      [
        {
          "entry": "solve",
          "field": "statement.en",
          "file": "content/facts.yaml",
          "hint": "Keep the hedge: expects, does not think, may, might, likely, should… (plain "will" states it as settled).",
          "message": "The evidence hedges ("것 같다"), but statement.en states it as settled.",
        },
        {
          "entry": "solve",
          "field": "statement.ko",
          "file": "content/facts.yaml",
          "hint": "Keep the hedge: 것 같다 (a -ㄹ 것 ending alone states it as settled).",
          "message": "The evidence hedges ("것 같다"), but statement.ko states it as settled.",
        },
      ]
    `);
  });

  it('matches a speaker’s name literally, not as a pattern', () => {
    const content = validContent();
    at(entries(content.people), 0).nameEn = 'H.Gildong';
    at(entries(content.facts), 1).statement = {
      en: 'HxGildong says the goal is solving problems.',
      ko: '홍 원장은 목표가 산업 난제 해결이라고 밝혔다.',
    };
    expect(verifyContent(content)).toMatchInlineSnapshot(`
      [
        {
          "entry": "solve",
          "field": "statement.en",
          "file": "content/facts.yaml",
          "hint": "Name the speaker (display name, family name, or "the co-heads") and attribute the claim: says, said, explains, expects, according to…",
          "message": "statement.en does not say whose claim this is (voice "hong").",
        },
      ]
    `);
  });
});
