import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import {
  formatProblem,
  parseMdx,
  parseYamlFile,
  readContent,
  verifyContent,
  type RawContent,
} from '../../src/lib/verify-content.ts';
import { assertContentVerified, VERIFICATION_HINT } from '../../src/integrations/verify-content.ts';

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));

const SOURCE = [
  '홍길동 연구원장이 지난 4일 인터뷰하고 있다.',
  '"최종목표입니다."',
  '홍 원장은 "\'산업 난제 해결\'이 목표"라고 밝혔다.',
].join('\n\n');

const THEME_BODY = '<Fact id="caption" />\n\n<Quote id="goal" />\n\n<Fact id="solve" />\n';

/** A small, valid content bundle; each test breaks one thing. */
function validContent(): RawContent {
  const theme = (lang: string, title: string) => ({
    file: `content/themes/${lang}/vision.mdx`,
    lang,
    id: 'vision',
    data: { title, description: 'A description long enough.', order: 1 },
    body: THEME_BODY,
  });
  return {
    source: { file: 'content/source/interview.ko.txt', text: SOURCE },
    sourceMeta: {
      file: 'content/source/meta.yaml',
      data: {
        publication: { en: 'Paper', ko: '신문' },
        interviewees: ['hong'],
        place: { en: 'HQ', ko: '본사' },
        day: { en: 'the 4th', ko: '지난 4일' },
        evidence: [{ paragraph: 1, text: '지난 4일' }],
      },
    },
    people: {
      file: 'content/people.yaml',
      data: [
        {
          id: 'hong',
          nameKo: '홍길동',
          nameEn: 'Gildong Hong',
          roles: [{ ko: '연구원장', en: 'Head', evidence: { paragraph: 1, text: '홍길동 연구원장이' } }],
        },
      ],
    },
    quotes: {
      file: 'content/quotes.yaml',
      data: [
        {
          id: 'goal',
          speakers: ['hong'],
          theme: 'vision',
          paragraph: 2,
          ko: '최종목표입니다.',
          en: 'It is the goal.',
        },
      ],
    },
    facts: {
      file: 'content/facts.yaml',
      data: [
        {
          id: 'caption',
          theme: 'vision',
          statement: { en: 'Hong was interviewed.', ko: '홍길동을 인터뷰했다.' },
          evidence: [{ paragraph: 1, text: '지난 4일 인터뷰하고 있다' }],
        },
        {
          id: 'solve',
          theme: 'vision',
          statement: { en: 'The goal is solving problems.', ko: '목표는 산업 난제 해결이다.' },
          evidence: [{ paragraph: 3, text: "'산업 난제 해결'이 목표" }],
        },
      ],
    },
    timeline: { file: 'content/timeline.yaml', data: [] },
    glossary: { file: 'content/glossary.yaml', data: [] },
    themes: [theme('en', 'Vision'), theme('ko', '비전')],
  };
}

type Mutable = Record<string, unknown>;
const entries = (file: { data: unknown }) => file.data as Mutable[];
/** The entry at `index` of a list, failing the test when it is missing. */
function at<T>(list: readonly T[], index: number): T {
  const item = list[index];
  if (item === undefined) throw new Error(`No entry at index ${index}.`);
  return item;
}

describe('verifyContent', () => {
  it('accepts sound content', () => {
    expect(verifyContent(validContent())).toEqual([]);
  });

  it('accepts the real content of this site', async () => {
    expect(verifyContent(await readContent(projectRoot))).toEqual([]);
  });

  it('rejects a quote that is not verbatim and names the closest passage', () => {
    const content = validContent();
    at(entries(content.quotes), 0).ko = '최종 목표입니다!';
    expect(verifyContent(content)).toEqual([
      {
        file: 'content/quotes.yaml',
        entry: 'goal',
        field: 'ko',
        message: 'The quote is not verbatim in ¶2: "최종 목표입니다!"',
        hint: 'Closest passage in ¶2: "최종목표입니다". Copy the Korean text exactly; only Unicode normalisation and whitespace may differ.',
      },
    ]);
  });

  it('rejects an evidence excerpt whose straight quotes became typographic quotes', () => {
    const content = validContent();
    at(at(entries(content.facts), 1).evidence as Mutable[], 0).text = '’산업 난제 해결’이 목표';
    const [problem] = verifyContent(content);
    expect(problem?.entry).toBe('solve');
    expect(problem?.field).toBe('evidence[0].text');
    expect(problem?.message).toBe('The excerpt is not verbatim in ¶3: "’산업 난제 해결’이 목표"');
    expect(problem?.hint).toContain('Closest passage in ¶3: "산업 난제 해결\'이 목표"');
  });

  it('rejects a paragraph number that does not exist', () => {
    const content = validContent();
    at(entries(content.quotes), 0).paragraph = 9;
    expect(verifyContent(content)).toContainEqual({
      file: 'content/quotes.yaml',
      entry: 'goal',
      field: 'ko',
      message: 'Paragraph ¶9 does not exist; the source has 3 paragraphs.',
      hint: 'Cite a paragraph from 1 to 3 (paragraphs are separated by blank lines in content/source/interview.ko.txt).',
    });
  });

  it('rejects a dangling speaker reference', () => {
    const content = validContent();
    at(entries(content.quotes), 0).speakers = ['hong', 'nobody'];
    expect(verifyContent(content)).toEqual([
      {
        file: 'content/quotes.yaml',
        entry: 'goal',
        field: 'speakers[1]',
        message: 'Unknown person "nobody".',
        hint: 'Use one of the ids in content/people.yaml: hong.',
      },
    ]);
  });

  it('rejects a dangling theme reference', () => {
    const content = validContent();
    at(entries(content.facts), 0).theme = 'nowhere';
    expect(verifyContent(content)).toContainEqual({
      file: 'content/facts.yaml',
      entry: 'caption',
      field: 'theme',
      message: 'Unknown theme "nowhere".',
      hint: 'Use a theme that has pages in content/themes/<lang>/: vision.',
    });
  });

  it('rejects a duplicated id', () => {
    const content = validContent();
    entries(content.facts).push({ ...entries(content.facts)[0] });
    expect(verifyContent(content)).toEqual([
      {
        file: 'content/facts.yaml',
        entry: 'caption',
        field: 'id',
        message: 'Duplicate id "caption": entries #1 and #3 share it.',
        hint: 'Ids are used in URLs and anchors; give each entry its own.',
      },
    ]);
  });

  it('rejects a theme that exists in one language only', () => {
    const content = validContent();
    content.themes = content.themes.filter((theme) => theme.lang === 'en');
    expect(verifyContent(content)).toEqual([
      {
        file: 'content/themes/ko/vision.mdx',
        entry: 'vision',
        message: 'Theme "vision" exists in en but not in ko.',
        hint: 'Every theme needs a page in each language (en, ko) with the same file name.',
      },
    ]);
  });

  it('rejects a source paragraph that no fact or quote cites', () => {
    const content = validContent();
    content.quotes.data = [];
    content.themes = content.themes.map((theme) => ({
      ...theme,
      body: theme.body.replace('<Quote id="goal" />', ''),
    }));
    expect(verifyContent(content)).toEqual([
      {
        file: 'content/source/interview.ko.txt',
        entry: '¶2',
        message: 'Paragraph ¶2 is cited by no fact or quote; coverage must be 100%.',
        hint: 'Add a fact with evidence from ¶2 (starts ""최종목표입니다."…").',
      },
    ]);
  });

  it('rejects a context fact without a citation', () => {
    const content = validContent();
    at(entries(content.facts), 0).kind = 'context';
    expect(verifyContent(content)).toEqual([
      {
        file: 'content/facts.yaml',
        entry: 'caption',
        field: 'citation',
        message:
          'A context fact does not come from the interview, so it needs a `citation` (title, publisher, url) of a public source.',
      },
    ]);
  });

  it('rejects an interview fact without evidence', () => {
    const content = validContent();
    at(entries(content.facts), 1).evidence = [];
    expect(verifyContent(content)).toContainEqual({
      file: 'content/facts.yaml',
      entry: 'solve',
      field: 'evidence',
      message: 'An interview fact needs at least one evidence excerpt from the source.',
    });
  });

  it('rejects a theme page that leaves out one of its facts or embeds an unknown one', () => {
    const content = validContent();
    at(content.themes, 1).body = THEME_BODY.replace('<Fact id="solve" />', '<Fact id="typo" />');
    expect(verifyContent(content)).toEqual([
      {
        file: 'content/themes/ko/vision.mdx',
        entry: 'vision',
        field: '<Fact id="typo">',
        message: 'Unknown fact "typo".',
        hint: 'Use an id from content/facts.yaml.',
      },
      {
        file: 'content/themes/ko/vision.mdx',
        entry: 'vision',
        field: '<Fact id="solve">',
        message: 'Fact "solve" of this theme is not embedded on the page.',
        hint: 'Embed it exactly once: <Fact id="solve" />.',
      },
    ]);
  });

  it('reports a field that breaks the schema with its path', () => {
    const content = validContent();
    at(at(entries(content.people), 0).roles as Mutable[], 0).evidence = {
      paragraph: 0,
      text: '홍길동 연구원장이',
    };
    expect(verifyContent(content)).toEqual([
      {
        file: 'content/people.yaml',
        entry: 'hong',
        field: 'roles[0].evidence.paragraph',
        message: 'Paragraph numbers start at 1 (¶1 is the photo caption).',
      },
    ]);
  });

  it('reports an unknown field, e.g. text cut at a comma inside a YAML flow mapping', () => {
    const content = validContent();
    content.facts = parseYamlFile(
      'content/facts.yaml',
      `- id: solve
  theme: vision
  statement: { en: The goal, ko: 목표 }
  evidence:
    - { paragraph: 3, text: 홍 원장은, 목표 }`,
    );
    expect(verifyContent(content)).toEqual([
      {
        file: 'content/facts.yaml',
        entry: 'solve',
        field: 'evidence[0]',
        message: 'Unknown field "목표".',
        hint: 'Check the spelling against the schema. Inside { … } in YAML a comma ends the value: put text that contains a comma in quotes.',
      },
    ]);
  });

  it('reports a file that is not valid YAML', () => {
    const content = validContent();
    content.quotes = parseYamlFile('content/quotes.yaml', "- ko: '엑사원 4.0' 공개.");
    expect(verifyContent(content)[0]).toMatchObject({
      file: 'content/quotes.yaml',
      message: expect.stringMatching(/^The file is not valid YAML: /),
    });
  });
});

describe('formatProblem', () => {
  it('locates a problem by file, entry and field', () => {
    expect(
      formatProblem({
        file: 'content/quotes.yaml',
        entry: 'goal',
        field: 'ko',
        message: 'Bad.',
        hint: 'Fix.',
      }),
    ).toBe('content/quotes.yaml › goal › ko: Bad.\n    hint: Fix.');
  });
});

describe('parseMdx', () => {
  it('separates frontmatter from the body', () => {
    const { frontmatter, body } = parseMdx('x.mdx', '---\ntitle: T\n---\n\n<Fact id="a" />\n');
    expect(frontmatter.data).toEqual({ title: 'T' });
    expect(body).toBe('\n<Fact id="a" />\n');
  });
});

describe('the build integration', () => {
  const temps: string[] = [];
  afterAll(async () => Promise.all(temps.map((dir) => rm(dir, { recursive: true, force: true }))));

  it('fails with an AstroError naming file, entry, field and the closest passage', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'factsheet-'));
    temps.push(root);
    await cp(path.join(projectRoot, 'content'), path.join(root, 'content'), { recursive: true });
    const quotes = path.join(root, 'content/quotes.yaml');
    const text = await readFile(quotes, 'utf8');
    await writeFile(quotes, text.replace("'산업 난제 해결'이라는", '’산업 난제 해결’이라는'));
    const error = await assertContentVerified(root).then(
      () => undefined,
      (caught: unknown) => caught,
    );
    expect(error).toMatchObject({ name: 'AstroUserError', hint: VERIFICATION_HINT });
    expect((error as Error).message).toBe(
      [
        'Content verification found 1 problem:',
        '  - content/quotes.yaml › clear-goal-industrial-problems › ko: The quote is not verbatim in ¶7: "LG AI연구원은 ’산업 난제 해결’이라는 명확한 목표로 연구개발에 집중하고 있다"',
        '    hint: Closest passage in ¶7: "LG AI연구원은 \'산업 난제 해결\'이라는 명확한 목표로 연구개발에 집중하고 있다". Copy the Korean text exactly; only Unicode normalisation and whitespace may differ.',
      ].join('\n'),
    );
  });
});
