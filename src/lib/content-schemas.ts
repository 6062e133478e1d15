/** Zod schemas for every content file, shared by Astro's collections, the verifier and the tests. */
import { z } from 'astro/zod';
import { expandAliases, readableVariants } from './name-variants.ts';

/** A number of a paragraph of the source text, counted from 1 (¶1 is the photo caption). */
export const paragraphNumber = z
  .number()
  .int('Paragraph numbers are whole numbers, counted from 1.')
  .positive('Paragraph numbers start at 1 (¶1 is the photo caption).');

/** A piece of text given in both site languages. */
const bilingualText = z.strictObject({
  /** English text: a faithful, plain translation or statement. */
  en: z.string().trim().min(1, 'Write the English text; it must not be empty.'),
  /** Korean text. */
  ko: z.string().trim().min(1, 'Write the Korean text; it must not be empty.'),
});
export type BilingualText = z.infer<typeof bilingualText>;

/** Lower-case, hyphenated id used in URLs and anchors. */
const slugId = z
  .string()
  .regex(
    /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
    'Ids are lower-case letters and digits joined by single hyphens, e.g. "exaone-history".',
  );

/** A verbatim Korean excerpt of one source paragraph. */
export const evidence = z.strictObject({
  /** The paragraph the excerpt is taken from. */
  paragraph: paragraphNumber,
  /** Korean text copied verbatim from that paragraph (compared after NFC and whitespace collapsing). */
  text: z.string().trim().min(2, 'An evidence excerpt needs at least two characters.'),
});
export type Evidence = z.infer<typeof evidence>;

/**
 * A date relative to the article's unknown publication day ("지난 7월", "지난달", "오는 30일"), referred to from
 * prose as `{date:ID}`; pages render it with what is unknown ("July (year not given)", "7월(연도 미상)").
 */
const relativeDateSchema = z
  .strictObject({
    /** Id used in prose tokens: `{date:ID}`. */
    id: slugId,
    /** Calendar month the article names (지난 7월 → 7), or `previous` for 지난달 (the month before publication). */
    month: z.union([z.number().int().min(1).max(12), z.literal('previous')]).optional(),
    /** Day of the month the article names (지난 4일 → 4). */
    day: z.number().int().min(1).max(31).optional(),
    /** `past` for 지난…, `future` for 오는… (relative to publication). */
    relation: z.enum(['past', 'future']),
    /** The words in the source, verbatim (e.g. `{ paragraph: 4, text: 지난 7월 }`). */
    evidence,
  })
  .refine((date) => date.month !== undefined || date.day !== undefined, {
    message: 'A relative date names a month, a day, or `month: previous` (지난달).',
    path: ['month'],
  });
export type RelativeDate = z.infer<typeof relativeDateSchema>;

/** Metadata about the interview; unknown facts stay `null` and are shown as unknown. */
export const sourceMetaSchema = z.strictObject({
  /** Name of the newspaper that ran the interview. */
  publication: bilingualText,
  /** Person ids of the interviewees. */
  interviewees: z.array(slugId).min(1),
  /** Where the interview took place, as the text gives it. */
  place: bilingualText,
  /** When the interview took place: the id of a relative date (the text gives only the day). */
  day: slugId,
  /** Every date the article gives relative to its unknown publication day. */
  relativeDates: z.array(relativeDateSchema).default([]),
  /** The evidence in the text for place and day. */
  evidence: z.array(evidence).min(1),
  /** Publication date of the article; the text does not give one, so `null` unless a public source is cited. */
  publicationDate: z.iso
    .date('Write the publication date as an ISO day: YYYY-MM-DD, e.g. 2025-03-04.')
    .nullable()
    .default(null),
  /** Reporter's byline; `null` when the text does not name one. */
  reporter: z.string().nullable().default(null),
  /** Address of the article online; `null` when unknown. Never guessed. */
  url: z.url().nullable().default(null),
});

/** A role or title of a person, worded as the source states it. */
const roleSchema = z.strictObject({
  /** The role in Korean, as written in the source. */
  ko: z.string().min(1),
  /** English rendering of the role, without the Korean (pages add it once). */
  en: z.string().min(1),
  /** Where the source states the role: a verbatim excerpt of the paragraph. */
  evidence,
});

/** A person named in the interview. */
export const personSchema = z
  .strictObject({
    /** Stable id, used by quotes (`speakers`) and in anchors (`/people/#ID`). */
    id: slugId,
    /** Name in Hangul as the source writes it. */
    nameKo: z.string().min(2),
    /** English display name, family name first for everyone; the only form site prose may use (others: `aliases`). */
    nameEn: z.string().min(2),
    /**
     * Irregular romanisations readers type, family name first (Lee Hong-lak); routine ones (hyphen, name order)
     * are generated, so not listed. Pages list them all and search finds them; site prose must not use them.
     */
    aliases: z.array(z.string().trim().min(2)).default([]),
    /** Roles and titles, each with its evidence in the source. */
    roles: z.array(roleSchema).min(1, 'Give at least one role with its evidence.'),
    /** Whether this person is one of the interviewees (co-heads of LG AI Research). */
    interviewee: z.boolean().default(false),
  })
  .superRefine((person, context) => {
    for (const [i, alias] of person.aliases.entries()) {
      const source = [person.nameEn, ...person.aliases.slice(0, i)].find(
        (name) => name === alias || readableVariants(name).includes(alias),
      );
      if (source) {
        context.addIssue({
          code: 'custom',
          path: ['aliases', i],
          message: `"${alias}" is a routine spelling of "${source}" (name order, hyphen), generated for search and the People page; list only irregular spellings.`,
        });
      }
    }
  })
  .transform((person) => ({ ...person, aliases: expandAliases(person.nameEn, person.aliases) }));
export type Person = z.infer<typeof personSchema>;

/** A direct quotation (text inside "…") from the interview. */
export const quoteSchema = z.strictObject({
  /** Stable id, used by theme pages (`<Quote id="…" />`) and anchors (`#quote-ID`). */
  id: slugId,
  /** Person ids of whoever said it; a joint statement lists both co-heads. */
  speakers: z.array(slugId).min(1, 'Every quote needs at least one speaker.'),
  /** Theme the quote belongs to; its MDX pages must embed it. */
  theme: slugId,
  /** The paragraph the quotation appears in. */
  paragraph: paragraphNumber,
  /** The Korean quotation, verbatim, without the surrounding quotation marks. */
  ko: z.string().trim().min(2),
  /** Faithful, complete English translation. */
  en: z.string().trim().min(2),
  /** Why the speakers are attributed this way, when the text does not say so next to the quote. */
  attributionNote: bilingualText.optional(),
  /** For a quote said on another occasion than this interview: when, and what the article leaves unsaid. */
  occasion: bilingualText.optional(),
});
export type Quote = z.infer<typeof quoteSchema>;

/** A public source for a context fact, which does not come from the interview. */
const citationSchema = z.strictObject({
  /** Title of the cited page or document. */
  title: z.string().min(1),
  /** Who published it. */
  publisher: z.string().min(1),
  /** Where it can be read. */
  url: z.url(),
});

/** Voices that are not a single person; any other `voice` value is a person id. */
export const SHARED_VOICES = ['co-heads', 'article', 'hearsay'] as const;
export type SharedVoice = (typeof SHARED_VOICES)[number];

/**
 * Whose claim a fact is: a person id; `co-heads` (the article's "양 원장"/"두 원장" or their joint statement);
 * `article` (the article's own narration); `hearsay` (what the article passes on as 후문).
 */
const voiceSchema = z
  .string()
  .regex(
    /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
    `A voice is a person id from content/people.yaml or one of: ${SHARED_VOICES.join(', ')}.`,
  );

/** One statement of the fact sheet. */
export const factSchema = z
  .strictObject({
    /** Stable id, used by theme pages (`<Fact id="…" />`) and anchors (`#fact-ID`). */
    id: slugId,
    /** Theme the fact belongs to; its MDX pages must embed it. */
    theme: slugId,
    /** `interview`: rests on the source text. `context`: background from a cited public source. */
    kind: z.enum(['interview', 'context']).default('interview'),
    /** Whose claim this is, for interview facts only (see {@link voiceSchema}). */
    voice: voiceSchema.optional(),
    /** The statement in both languages, saying whose claim it is and keeping hedges; dates as `{date:ID}`. */
    statement: bilingualText,
    /** Verbatim Korean excerpts the statement rests on (required for interview facts). */
    evidence: z.array(evidence).default([]),
    /** The public source of a context fact. */
    citation: citationSchema.optional(),
    /** Shown on the overview as a key fact. */
    key: z.boolean().default(false),
  })
  .refine((fact) => fact.kind === 'context' || fact.evidence.length > 0, {
    message: 'An interview fact needs at least one evidence excerpt from the source.',
    path: ['evidence'],
  })
  .refine((fact) => fact.kind === 'context' || fact.voice !== undefined, {
    message: `Say whose claim this is: voice: <person id> | ${SHARED_VOICES.join(' | ')}.`,
    path: ['voice'],
  })
  .refine((fact) => fact.kind === 'interview' || fact.voice === undefined, {
    message: 'A context fact speaks through its `citation`; remove `voice`.',
    path: ['voice'],
  })
  .refine((fact) => fact.kind === 'interview' || fact.citation !== undefined, {
    message:
      'A context fact does not come from the interview, so it needs a `citation` (title, publisher, url) of a public source.',
    path: ['citation'],
  });
export type Fact = z.infer<typeof factSchema>;

/** An event on the timeline. */
export const timelineEventSchema = z.strictObject({
  /** Stable id, used in anchors (`/timeline/#ID`). */
  id: slugId,
  /** Position on the timeline (ascending); needed because the source gives most dates relatively. */
  order: z.number().int(),
  /** The date exactly as precise as the source gives it ("December 2021"), or `{date:ID}` for a relative one. */
  date: bilingualText,
  /** When the position on the timeline is inferred rather than stated by the article: why. */
  orderNote: bilingualText.optional(),
  /** What happened. */
  event: bilingualText,
  /** Where the source says it. */
  evidence,
});
export type TimelineEvent = z.infer<typeof timelineEventSchema>;

/** A term readers may not know. Definitions are general explanations, not claims of the interview. */
export const glossaryTermSchema = z.strictObject({
  /** Stable id, used in anchors (`/glossary/#ID`). */
  id: slugId,
  /** The term in both languages. */
  term: bilingualText,
  /** Short, general definition. */
  definition: bilingualText,
  /**
   * Other words readers type for the term, per language: abbreviations, spelled-out forms, unusual spacings
   * (대면 보고), synonyms. Generated, so not listed: solid spacing, Hangul acronyms (지피유), word families.
   */
  aliases: z
    .strictObject({
      en: z.array(z.string().trim().min(1)).default([]),
      ko: z.array(z.string().trim().min(1)).default([]),
    })
    .default({ en: [], ko: [] }),
  /** Where the term occurs in the source: each excerpt must be verbatim in its paragraph. */
  occurrences: z.array(evidence).min(1, 'List at least one place where the term occurs in the source.'),
});
export type GlossaryTerm = z.infer<typeof glossaryTermSchema>;

/** A Korean expression of the termbase with the one English rendering the site uses for it. */
export const termSchema = z.strictObject({
  /** Stable id, named in messages. */
  id: slugId,
  /** Spellings verbatim in the source (a verb as its stem: 자신했); each matches at the start of a Korean word. */
  ko: z.array(z.string().trim().min(2, 'A Korean expression needs at least two characters.')).min(1),
  /** How the site's own Korean writes it, where that differs from the article's (소버린 AI for 소버린AI). */
  koDisplay: z.string().trim().min(2).optional(),
  /** The approved English rendering; it matches at the start of a word in any case (recent → recently). */
  en: z.string().trim().min(2),
  /** Other grammatical forms of the same rendering that do not start with it (approval → approved). */
  enForms: z.array(z.string().trim().min(2)).default([]),
  /** Renderings that must not appear anywhere in the site's English (executive director for 상무). */
  rejected: z.array(z.string().trim().min(2)).default([]),
  /** Why this rendering, and why not the rejected ones; shown in the verifier's hints. */
  note: z.string().trim().min(10, 'Say in a sentence why this rendering was chosen.'),
});
export type Term = z.infer<typeof termSchema>;

/** A change the site made to its wording of a fact or quote after publishing it (the corrections log). */
export const correctionSchema = z
  .strictObject({
    /** Stable id, used in anchors (`/corrections/N/#correction-ID`) and in the feed entry's id. */
    id: slugId,
    /** The day the change was made, as an ISO day (`2026-11-28`): the date of the commit that made it. */
    date: z.iso.date('Write the date as an ISO day: YYYY-MM-DD, e.g. 2026-11-28.'),
    /** Ids of the facts (`content/facts.yaml`) the change corrected. */
    facts: z.array(slugId).default([]),
    /** Ids of the quotes (`content/quotes.yaml`) the change corrected. */
    quotes: z.array(slugId).default([]),
    /** What changed, in both languages: what the site said before and what it says now. */
    what: bilingualText,
    /** Why: what the earlier wording got wrong, measured against the source. */
    why: bilingualText,
    /** A typo-level change that alters nothing a reader could cite: in the log only, as a minor one. */
    minor: z.boolean().default(false),
  })
  .refine((correction) => correction.facts.length + correction.quotes.length > 0, {
    message: 'Name the facts or quotes the correction changed: facts: [id] and/or quotes: [id].',
    path: ['facts'],
  });
export type Correction = z.infer<typeof correctionSchema>;

/** Frontmatter of a theme page (`content/themes/<lang>/<id>.mdx`). */
export const themeSchema = z.strictObject({
  /** Page title in the file's language. */
  title: z.string().min(2),
  /** Short label for the site navigation; defaults to the title. */
  navTitle: z.string().min(2).optional(),
  /** One-sentence summary used in lists, meta description and search results. */
  description: z.string().min(10),
  /** Position in navigation (ascending). Both languages must use the same value. */
  order: z.number().int(),
});
export type ThemeFrontmatter = z.infer<typeof themeSchema>;
