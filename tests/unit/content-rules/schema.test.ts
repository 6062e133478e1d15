import { describe, expect, it } from 'vitest';
import { parseYamlFile } from '../../../src/lib/content-files.ts';
import { verifyContent } from '../../../src/integrations/verify-content/verify.ts';
import { at, entries, themePage, validContent } from './fixture.ts';

describe('the schema rule', () => {
  it('reports a field that breaks the schema with its path', () => {
    const content = validContent();
    at(at(entries(content.people), 0).roles as Record<string, unknown>[], 0).evidence = {
      paragraph: 0,
      text: '홍길동 연구원장이',
    };
    expect(verifyContent(content)).toMatchInlineSnapshot(`
      [
        {
          "entry": "hong",
          "field": "roles[0].evidence.paragraph",
          "file": "content/people.yaml",
          "message": "Paragraph numbers start at 1 (¶1 is the photo caption).",
        },
      ]
    `);
  });

  it('takes the publication date only as an ISO day, kept as written', () => {
    const content = validContent();
    const meta = content.sourceMeta.data as Record<string, unknown>;
    meta.publicationDate = 'March 4, 2025';
    expect(verifyContent(content).map((problem) => `${problem.field}: ${problem.message}`)).toEqual([
      'publicationDate: Write the publication date as an ISO day: YYYY-MM-DD, e.g. 2025-03-04.',
    ]);
    meta.publicationDate = '2025-03-04';
    expect(verifyContent(content)).toEqual([]);
  });

  it('reports an unknown field, e.g. text cut at a comma inside a YAML flow mapping', () => {
    const content = validContent();
    content.facts = parseYamlFile(
      'content/facts.yaml',
      `- id: solve
  theme: vision
  voice: hong
  statement: { en: The goal, ko: 목표 }
  evidence:
    - { paragraph: 3, text: 홍 원장은, 목표 }`,
    );
    expect(verifyContent(content)).toMatchInlineSnapshot(`
      [
        {
          "entry": "solve",
          "field": "evidence[0]",
          "file": "content/facts.yaml",
          "hint": "Check the spelling against the schema. Inside { … } in YAML a comma ends the value: put text that contains a comma in quotes.",
          "line": 6,
          "message": "Unknown field "목표".",
        },
      ]
    `);
  });

  it('asks an interview fact to say whose claim it is', () => {
    const content = validContent();
    delete at(entries(content.facts), 0).voice;
    expect(verifyContent(content)).toMatchInlineSnapshot(`
      [
        {
          "entry": "caption",
          "field": "voice",
          "file": "content/facts.yaml",
          "message": "Say whose claim this is: voice: <person id> | co-heads | article | hearsay.",
        },
      ]
    `);
  });

  it('rejects a context fact without a citation, or with a voice', () => {
    const content = validContent();
    at(entries(content.facts), 0).kind = 'context';
    expect(verifyContent(content)).toMatchInlineSnapshot(`
      [
        {
          "entry": "caption",
          "field": "voice",
          "file": "content/facts.yaml",
          "message": "A context fact speaks through its \`citation\`; remove \`voice\`.",
        },
        {
          "entry": "caption",
          "field": "citation",
          "file": "content/facts.yaml",
          "message": "A context fact does not come from the interview, so it needs a \`citation\` (title, publisher, url) of a public source.",
        },
      ]
    `);
  });

  it('rejects an interview fact without evidence', () => {
    const content = validContent();
    at(entries(content.facts), 1).evidence = [];
    expect(verifyContent(content)).toMatchInlineSnapshot(`
      [
        {
          "entry": "solve",
          "field": "evidence",
          "file": "content/facts.yaml",
          "message": "An interview fact needs at least one evidence excerpt from the source.",
        },
      ]
    `);
  });

  it('reports a file that is not valid YAML', () => {
    const content = validContent();
    content.quotes = parseYamlFile('content/quotes.yaml', "- ko: '엑사원 4.0' 공개.");
    expect(verifyContent(content)).toMatchInlineSnapshot(`
      [
        {
          "file": "content/quotes.yaml",
          "message": "The file is not valid YAML: Unexpected scalar at node end at line 1, column 17:

      - ko: '엑사원 4.0' 공개.
                      ^^^
      ",
        },
      ]
    `);
  });

  it('reports a theme page whose MDX does not parse, with the page named', () => {
    const content = validContent();
    at(content.themes, 0).text += '\n<Fact id="x"\n';
    expect(verifyContent(content)).toMatchInlineSnapshot(`
      [
        {
          "entry": "vision",
          "file": "content/themes/en/vision.mdx",
          "hint": "Line and column count from the top of the file. Components are written <Fact id="…" />.",
          "message": "The page is not valid MDX: 13:1: Unexpected character after \`<\`, expected a valid JSX tag (note: to create a link in MDX, use \`[text](url)\`) (mdx-jsx:unexpected-character)",
        },
      ]
    `);
  });

  it('reports a data file that is not a list', () => {
    const content = validContent();
    content.glossary = parseYamlFile('content/glossary.yaml', 'id: agi\nterm: { en: AGI, ko: AGI }');
    expect(verifyContent(content)).toMatchInlineSnapshot(`
      [
        {
          "file": "content/glossary.yaml",
          "line": 1,
          "message": "The file must contain a YAML list of entries.",
        },
      ]
    `);
  });

  it('reports two entries with one id', () => {
    const content = validContent();
    content.quotes.data = [...entries(content.quotes), { ...at(entries(content.quotes), 0) }];
    expect(verifyContent(content)).toMatchInlineSnapshot(`
      [
        {
          "entry": "goal",
          "field": "id",
          "file": "content/quotes.yaml",
          "hint": "Ids are used in URLs and anchors; give each entry its own.",
          "message": "Duplicate id "goal": entries #1 and #2 share it.",
        },
      ]
    `);
  });

  it('reports a theme page outside the language folders', () => {
    const content = validContent();
    content.themes.push(themePage('fr', 'Vision'));
    expect(verifyContent(content)).toMatchInlineSnapshot(`
      [
        {
          "file": "content/themes/fr/vision.mdx",
          "hint": "Theme pages live in content/themes/en/ or content/themes/ko/.",
          "message": "Unknown language folder "fr".",
        },
      ]
    `);
  });

  it('reports theme frontmatter that is not valid YAML, or breaks the schema', () => {
    const content = validContent();
    at(content.themes, 0).text = '---\ntitle: [Vision\n---\n\nText.\n';
    at(content.themes, 1).text = at(content.themes, 1).text.replace('order: 1\n', '');
    expect(verifyContent(content)).toMatchInlineSnapshot(`
      [
        {
          "entry": "vision",
          "file": "content/themes/en/vision.mdx",
          "message": "The frontmatter is not valid YAML: unexpected end of the stream within a flow collection (3:1)

       1 | 
       2 | title: [Vision
       3 | 
      -----^",
        },
        {
          "entry": "vision",
          "field": "order",
          "file": "content/themes/ko/vision.mdx",
          "hint": "Every field is described in src/lib/content-schemas.ts.",
          "message": "The field is missing; it takes a number.",
        },
      ]
    `);
  });
});
