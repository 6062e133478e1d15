/** The site for AI assistants in the llms.txt format (llmstxt.org): no more and no less than the pages say. */
import { useTranslations } from '../i18n/index.ts';
import { formatMessage } from '../i18n/format-message.ts';
import { LANGS, SOURCE_LANG, type Lang } from '../site.config.ts';
import { formatDay } from './day.ts';
import { personNames } from './person-name.ts';
import { quoteByline, type FactEntry, type QuoteEntry, type SiteModel } from './site-model.ts';
import { voiceLabel } from './voice.ts';

/** Next to each language's overview: `/llms.txt`, `/ko/llms-full.txt`. */
export const LLMS_FILES = { index: 'llms.txt', full: 'llms-full.txt' } as const;

/** Turns a site-relative link into the absolute one an assistant can cite. */
export type Absolute = (href: string) => string;

/** One line of Markdown text: no line breaks inside. */
const line = (text: string) => text.replace(/\s+/gu, ' ').trim();

/** The title, the summary and the notes every fact comes with: the translation, whose claim it is, the dates. */
function header(lang: Lang): string[] {
  const t = useTranslations(lang);
  const notes = [t.llmsTranslation, t.llmsVoice, t.methodDates];
  return [`# ${t.siteName}`, '', `> ${line(t.footerNote)}`, '', ...notes.flatMap((note) => [line(note), ''])];
}

/** `llms.txt`: what the site is, the notes, and links to its themes, sections and the full text. */
export function llmsIndex(model: SiteModel, lang: Lang, absolute: Absolute): string {
  const t = useTranslations(lang);
  const link = (title: string, href: string, about?: string) =>
    `- [${line(title)}](${absolute(href)})${about ? `: ${line(about)}` : ''}`;
  return [
    ...header(lang),
    `## ${t.themes}`,
    '',
    ...model.nav(lang).themes.map((page) => link(page.title, page.href, page.description)),
    '',
    `## ${t.llmsFactsAndQuotes}`,
    '',
    link(t.llmsFullTitle, `${model.page(lang, '')?.href ?? ''}${LLMS_FILES.full}`),
    '',
    `## ${t.sectionsNav}`,
    '',
    ...model
      .pages(lang)
      .filter((page) => page.kind === 'overview' || page.kind === 'section')
      .map((page) => link(page.title, page.href)),
    '',
    '## Optional',
    '',
    ...LANGS.filter((other) => other !== lang).map((other) =>
      link(useTranslations(other).siteName, `${model.page(other, '')?.href ?? ''}${LLMS_FILES.index}`),
    ),
    '',
  ].join('\n');
}

/** A fact as the full text gives it: statement, whose claim, evidence with its paragraph, permalink. */
function factText(fact: FactEntry, lang: Lang, absolute: Absolute): string[] {
  const t = useTranslations(lang);
  const voice = voiceLabel(fact, lang);
  const cited = fact.paragraphs.map((n) => `¶${n}`).join(', ');
  return [
    `### ${t.fact} · ${cited}${voice ? ` · ${line(voice)}` : ''}`,
    '',
    line(fact.statement[lang]),
    '',
    ...fact.evidence.map(
      (evidence) => `- ${t.evidence} (¶${evidence.paragraph}): 「${line(evidence.text)}」`,
    ),
    ...(fact.kind === 'context' && fact.citation
      ? [`- ${t.context}: ${line(t.contextNote)} ${line(fact.citation.title)}, ${fact.citation.url}`]
      : []),
    `- ${t.llmsPermalink}: ${absolute(fact.href(lang))}`,
    '',
  ];
}

/** A quote as the full text gives it: who said it, its words (and the Korean original), its notes, links. */
function quoteText(quote: QuoteEntry, lang: Lang, absolute: Absolute): string[] {
  const t = useTranslations(lang);
  return [
    `### ${t.quote} · ¶${quote.paragraph} · ${line(quoteByline(quote, lang))}`,
    '',
    ...(quote.occasion ? [`${t.occasion}: ${line(quote.occasion[lang])}`, ''] : []),
    `> ${line(quote[lang])}`,
    '',
    ...(lang === SOURCE_LANG ? [] : [`- ${t.koreanOriginal}: 「${line(quote.ko)}」`]),
    ...(quote.attributionNote ? [`- ${t.attribution}: ${line(quote.attributionNote[lang])}`] : []),
    ...quote.facts.map(
      (fact) =>
        `- ${t.fact}: ${line(fact.statement[lang])} (${t.llmsPermalink}: ${absolute(fact.href(lang))})`,
    ),
    `- ${t.llmsPermalink}: ${absolute(quote.href(lang))}`,
    `- ${t.llmsQuotePage}: ${absolute(quote.pageHref(lang))}`,
    '',
  ];
}

/** `llms-full.txt`: the notes, each theme's facts and quotes in source order (as the page), the corrections. */
export function llmsFull(model: SiteModel, lang: Lang, absolute: Absolute): string {
  const t = useTranslations(lang);
  const sections = model.nav(lang).themes.flatMap((theme) => {
    const entries = [...model.quotes, ...model.facts]
      .filter((entry) => entry.theme === theme.slug && ('speakers' in entry || !entry.quote))
      .toSorted((a, b) => a.order - b.order);
    return [
      `## ${line(theme.title)}`,
      '',
      ...(theme.description ? [line(theme.description), ''] : []),
      `${t.llmsPermalink}: ${absolute(theme.href)}`,
      '',
      ...entries.flatMap((entry) =>
        'speakers' in entry ? quoteText(entry, lang, absolute) : factText(entry, lang, absolute),
      ),
    ];
  });
  const corrections = model.corrections.flatMap((correction) => [
    `### ${formatMessage(t.correctedOn, { date: formatDay(correction.date, lang) })}: ${line(correction.subject(lang))}`,
    '',
    `- ${t.correctionWhat}: ${line(correction.what[lang])}`,
    `- ${t.correctionWhy}: ${line(correction.why[lang])}`,
    `- ${t.llmsPermalink}: ${absolute(correction.href(lang))}`,
    '',
  ]);
  return [
    ...header(lang),
    `${t.interviewees}: ${personNames(model.interviewees, lang)}. ${t.publication}: ${model.meta.publication[lang]}.`,
    '',
    ...sections,
    `## ${t.corrections}`,
    '',
    ...(corrections.length > 0 ? corrections : [t.correctionsNone, '']),
  ].join('\n');
}
