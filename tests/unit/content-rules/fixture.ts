/** Test support: a small, valid content bundle (not the site's real content); each test breaks one thing. */
import type { RawContent, RawTheme } from '../../../src/lib/content-files.ts';

const SOURCE = [
  '홍길동 연구원장이 지난 4일 인터뷰하고 있다.',
  '"최종목표입니다."',
  '홍 원장은 "\'산업 난제 해결\'이 목표"라고 밝혔다. 성과가 좋을 것 같다는 후문이다.',
].join('\n\n');

export const THEME_BODY = '<Fact id="caption" />\n\n<Quote id="goal" />\n\n<Fact id="solve" />\n';

export function themePage(lang: string, title: string, body = THEME_BODY, id = 'vision'): RawTheme {
  return {
    file: `content/themes/${lang}/${id}.mdx`,
    lang,
    id,
    text: `---\ntitle: ${title}\ndescription: A description long enough.\norder: 1\n---\n\n${body}`,
  };
}

type Entry = Record<string, unknown>;

export function validContent(): RawContent {
  return {
    source: { file: 'content/source/interview.ko.txt', text: SOURCE },
    sourceMeta: {
      file: 'content/source/meta.yaml',
      data: {
        publication: { en: 'Paper', ko: '신문' },
        interviewees: ['hong'],
        place: { en: 'HQ', ko: '본사' },
        day: 'interview-day',
        evidence: [{ paragraph: 1, text: '지난 4일' }],
        relativeDates: [
          { id: 'interview-day', day: 4, relation: 'past', evidence: { paragraph: 1, text: '지난 4일' } },
        ],
      },
    },
    people: {
      file: 'content/people.yaml',
      data: [
        {
          id: 'hong',
          nameKo: '홍길동',
          nameEn: 'Hong Gildong',
          aliases: ['Hong Kil-dong'],
          interviewee: true,
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
          voice: 'article',
          statement: {
            en: 'Hong was interviewed on {date:interview-day}.',
            ko: '홍길동은 {date:interview-day} 인터뷰했다.',
          },
          evidence: [{ paragraph: 1, text: '지난 4일 인터뷰하고 있다' }],
        },
        {
          id: 'solve',
          theme: 'vision',
          voice: 'hong',
          statement: {
            en: 'Hong Gildong says the goal is solving problems.',
            ko: '홍 원장은 목표가 산업 난제 해결이라고 밝혔다.',
          },
          evidence: [{ paragraph: 3, text: "'산업 난제 해결'이 목표" }],
        },
      ],
    },
    timeline: { file: 'content/timeline.yaml', data: [] },
    glossary: { file: 'content/glossary.yaml', data: [] },
    termbase: { file: 'content/termbase.yaml', data: [] },
    corrections: { file: 'content/corrections.yaml', data: [] },
    published: { file: 'content/published.lock.yaml', data: { wording: {}, changes: [] } },
    themes: [themePage('en', 'Vision'), themePage('ko', '비전')],
    ui: [
      { file: 'src/i18n/en.json', lang: 'en', strings: { overview: 'Overview' } },
      { file: 'src/i18n/ko.json', lang: 'ko', strings: { overview: '개요' } },
    ],
  };
}

/** The entries of a YAML list file of the fixture, to mutate. */
export function entries(file: { data: unknown }): Entry[] {
  return file.data as Entry[];
}

/** The entry at `index`, failing the test when it is missing. */
export function at<T>(list: readonly T[], index: number): T {
  const item = list[index];
  if (item === undefined) throw new Error(`No entry at index ${index}.`);
  return item;
}
