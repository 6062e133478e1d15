import { describe, expect, it } from 'vitest';
import type { RawContent } from '../../../src/lib/content-files.ts';
import { verifyContent } from '../../../src/integrations/verify-content/verify.ts';
import { at, entries, THEME_BODY, themePage, validContent } from './fixture.ts';

type Entry = Record<string, unknown>;

const VICE_PRESIDENT = {
  id: 'vice-president',
  ko: ['상무'],
  en: 'vice president',
  rejected: ['executive director'],
  note: '상무 ranks below 부사장 (executive vice president).',
};
const EXECUTIVE_VICE_PRESIDENT = {
  id: 'executive-vice-president',
  ko: ['부사장'],
  en: 'executive vice president',
  note: '부사장 ranks above 상무.',
};

/** The fixture with a fourth paragraph and one article-voiced fact resting on it, embedded on both pages. */
function withFact(paragraph: string, fact: { evidence: string; en: string; ko: string }, terms: Entry[]) {
  const content = validContent();
  content.source.text += `\n\n${paragraph}`;
  entries(content.facts).push({
    id: 'added',
    theme: 'vision',
    voice: 'article',
    statement: { en: fact.en, ko: fact.ko },
    evidence: [{ paragraph: 4, text: fact.evidence }],
  });
  const body = `${THEME_BODY}\n<Fact id="added" />\n`;
  content.themes = [themePage('en', 'Vision', body), themePage('ko', '비전', body)];
  content.termbase.data = terms;
  return content;
}

const termProblems = (content: RawContent) =>
  verifyContent(content).filter((problem) => problem.hint?.startsWith('content/termbase.yaml'));

describe('the termbase rule', () => {
  it('fails a fact that cites 상무 and calls the person an executive director', () => {
    const content = withFact(
      '홍 부사장과 김 상무는 웃었다.',
      {
        evidence: '김 상무는 웃었다',
        en: 'Kim, an executive director, smiled.',
        ko: '김 상무는 웃었다.',
      },
      [VICE_PRESIDENT, EXECUTIVE_VICE_PRESIDENT],
    );
    expect(verifyContent(content)).toMatchInlineSnapshot(`
      [
        {
          "entry": "added",
          "field": "statement.en",
          "file": "content/facts.yaml",
          "hint": "content/termbase.yaml › vice-president: 상무 ranks below 부사장 (executive vice president).",
          "message": "The cited Korean has "상무", but statement.en does not use its approved rendering "vice president".",
        },
        {
          "entry": "added",
          "field": "statement.en",
          "file": "content/facts.yaml",
          "hint": "content/termbase.yaml › vice-president: 상무 ranks below 부사장 (executive vice president).",
          "message": ""executive director" is a rejected rendering of "상무"; write "vice president".",
        },
      ]
    `);
  });

  it('does not take a longer title for the one cited: 상무 written as executive vice president fails', () => {
    const content = withFact(
      '홍 부사장과 김 상무는 웃었다.',
      {
        evidence: '김 상무는 웃었다',
        en: 'Kim, an executive vice president, smiled.',
        ko: '김 상무는 웃었다.',
      },
      [VICE_PRESIDENT, EXECUTIVE_VICE_PRESIDENT],
    );
    expect(termProblems(content).map((problem) => problem.message)).toEqual([
      'The cited Korean has "상무", but statement.en does not use its approved rendering "vice president".',
    ]);
  });

  it('accepts each title rendered once when both are cited, in any case and inflection', () => {
    const content = withFact(
      '홍 부사장과 김 상무는 웃었다.',
      {
        evidence: '홍 부사장과 김 상무는 웃었다',
        en: 'Hong, an Executive Vice President, and Kim, one of the vice presidents, smiled.',
        ko: '홍 부사장과 김 상무는 웃었다.',
      },
      [VICE_PRESIDENT, EXECUTIVE_VICE_PRESIDENT],
    );
    expect(termProblems(content)).toEqual([]);
  });

  it('fails a quote whose translation uses a rejected rendering, naming the expression and the approved one', () => {
    const content = validContent();
    content.termbase.data = [
      { id: 'goal', ko: ['목표'], en: 'goal', rejected: ['target'], note: '목표 is a goal, not a target.' },
    ];
    at(entries(content.quotes), 0).en = 'It is the target.';
    expect(verifyContent(content)).toMatchInlineSnapshot(`
      [
        {
          "entry": "goal",
          "field": "en",
          "file": "content/quotes.yaml",
          "hint": "content/termbase.yaml › goal: 목표 is a goal, not a target.",
          "message": ""target" is a rejected rendering of "목표"; write "goal".",
        },
      ]
    `);
  });

  it('requires the approved rendering in a quote’s translation and in a role that carries the expression', () => {
    const content = validContent();
    content.termbase.data = [
      { id: 'final-goal', ko: ['최종목표'], en: 'ultimate goal', note: 'The goal everything serves.' },
      { id: 'head', ko: ['연구원장'], en: 'head', note: '연구원장 heads a research institute.' },
    ];
    const [person] = entries(content.people);
    (person?.roles as Entry[])[0] = { ...(person?.roles as Entry[])[0], en: 'Director' };
    expect(termProblems(content).map(({ file, field, message }) => `${file} ${field}: ${message}`))
      .toMatchInlineSnapshot(`
      [
        "content/quotes.yaml en: The cited Korean has "최종목표", but en does not use its approved rendering "ultimate goal".",
        "content/people.yaml roles[0].en: The cited Korean has "연구원장", but roles[0].en does not use its approved rendering "head".",
      ]
    `);
  });

  it('matches Korean at a word start and across spacing: 인가 not in 무엇인가, 초대원장 in 초대 원장', () => {
    const terms = [
      { id: 'approval', ko: ['인가'], en: 'approval', enForms: ['approved'], note: 'Approval to open.' },
      { id: 'inaugural', ko: ['초대원장'], en: 'inaugural president', note: 'The first president.' },
    ];
    const unrelated = withFact(
      '무엇인가 물었다. 공식 인가를 받았다. 초대원장을 맡았다.',
      { evidence: '무엇인가 물었다', en: 'Someone asked what it was.', ko: '무엇인가 물었다.' },
      terms,
    );
    expect(termProblems(unrelated)).toEqual([]);
    const spaced = withFact(
      '무엇인가 물었다. 공식 인가를 받았다. 초대 원장을 맡았다.',
      { evidence: '초대 원장을 맡았다', en: 'Hong became the first head.', ko: '초대 원장을 맡았다.' },
      terms,
    );
    expect(termProblems(spaced).map((problem) => problem.message)).toEqual([
      'The cited Korean has "초대 원장", but statement.en does not use its approved rendering "inaugural president".',
    ]);
  });

  it('keeps the site’s own Korean spelling: in a statement that cites the term, and nowhere the article’s', () => {
    const content = withFact(
      '그는 소버린AI를 말했다.',
      { evidence: '소버린AI를 말했다', en: 'Sovereign AI was mentioned.', ko: '소버린AI가 언급됐다.' },
      [
        {
          id: 'sovereign-ai',
          ko: ['소버린AI'],
          koDisplay: '소버린 AI',
          en: 'sovereign AI',
          note: 'The English term; Korean spaces it.',
        },
      ],
    );
    expect(termProblems(content).map(({ field, message }) => `${field}: ${message}`)).toMatchInlineSnapshot(`
      [
        "statement.ko: The cited Korean has "소버린AI", but statement.ko does not use the site's spelling "소버린 AI".",
        "statement.ko: "소버린AI" is the article's spelling; the site's own Korean writes "소버린 AI".",
      ]
    `);
  });

  it('reports a spelling the source does not contain, since the entry would never apply', () => {
    const content = validContent();
    content.termbase.data = [{ id: 'missing', ko: ['없는 말'], en: 'missing', note: 'Never in the source.' }];
    expect(verifyContent(content)).toMatchInlineSnapshot(`
      [
        {
          "entry": "missing",
          "field": "ko[0]",
          "file": "content/termbase.yaml",
          "hint": "Copy the spelling from the source text, spaces included; write a verb as its stem (자신했 for 자신했다).",
          "message": ""없는 말" does not occur in the source, so this entry would never apply.",
        },
      ]
    `);
  });

  it('rejects an entry without a note saying why', () => {
    const content = validContent();
    content.termbase.data = [{ id: 'goal', ko: ['목표'], en: 'goal' }];
    expect(verifyContent(content)).toMatchInlineSnapshot(`
      [
        {
          "entry": "goal",
          "field": "note",
          "file": "content/termbase.yaml",
          "hint": "Every field is described in src/lib/content-schemas.ts.",
          "message": "The field is missing; it takes a string.",
        },
      ]
    `);
  });
});
