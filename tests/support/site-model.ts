/** Test support: a site model built from a few made-up entries (not the site's real content). */
import type {
  Correction,
  Fact,
  GlossaryTerm,
  Person,
  Quote,
  RelativeDate,
  ThemeFrontmatter,
  TimelineEvent,
} from '../../src/lib/content-schemas.ts';
import type { PublishedWording } from '../../src/lib/published-wording.ts';
import type { Lang } from '../../src/site.config.ts';
import { buildSiteModel, type SiteModel } from '../../src/lib/site-model.ts';

const interviewDay: RelativeDate = {
  id: 'interview-day',
  day: 4,
  relation: 'past',
  evidence: { paragraph: 1, text: '지난 4일' },
};

export const examplePerson: Person = {
  id: 'kim-example',
  nameKo: '김예시',
  nameEn: 'Kim Example',
  aliases: ['Example Kim'],
  interviewee: true,
  roles: [{ ko: '대표', en: 'Chief executive', evidence: { paragraph: 1, text: '김예시 대표' } }],
};

/** A model of the given entries; pages are at `/<lang>/<slug>/`. */
export function testModel(entries: {
  facts?: Fact[];
  quotes?: Quote[];
  people?: Person[];
  relativeDates?: RelativeDate[];
  paragraphs?: string[];
  corrections?: Correction[];
  glossary?: GlossaryTerm[];
  timeline?: TimelineEvent[];
  themes?: { id: string; lang: Lang; data: ThemeFrontmatter }[];
  place?: { en: string; ko: string };
  published?: PublishedWording;
}): SiteModel {
  const people = entries.people ?? [examplePerson];
  return buildSiteModel(
    {
      meta: {
        publication: { en: 'Paper', ko: '신문' },
        interviewees: people.filter((person) => person.interviewee).map((person) => person.id),
        place: entries.place ?? { en: 'HQ', ko: '본사' },
        day: interviewDay.id,
        relativeDates: [interviewDay, ...(entries.relativeDates ?? [])],
        evidence: [interviewDay.evidence],
        publicationDate: null,
        reporter: null,
        url: null,
      },
      paragraphs: entries.paragraphs ?? [],
      people,
      facts: entries.facts ?? [],
      quotes: entries.quotes ?? [],
      corrections: entries.corrections ?? [],
      published: entries.published ?? { wording: {}, changes: [] },
      themes: entries.themes ?? [],
      glossary: entries.glossary ?? [],
      timeline: entries.timeline ?? [],
    },
    (lang, slug) => `/${lang}/${slug ? `${slug}/` : ''}`,
  );
}
