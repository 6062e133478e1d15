/**
 * Rule: one approved English rendering per recurring Korean expression, kept in the termbase
 * (`content/termbase.yaml`), as a translation team keeps one.
 *
 * - Every spelling of a term occurs in the source; otherwise the entry would never apply.
 * - Where a fact's evidence, a quote or a person's role contains a term, its English (statement,
 *   translation, role) uses the approved rendering, and a fact's Korean statement the site's spelling
 *   (`koDisplay`) where the term has one.
 * - A rejected rendering appears nowhere in the site's English, and an article spelling that the site
 *   writes otherwise appears nowhere in the site's own Korean (a verbatim quotation of the article may).
 *
 * Korean matches at the start of a word and ignores spacing (초대원장 finds 초대 원장); English matches
 * case-insensitively at the start of a word, whatever apostrophe is typed. A match inside a longer term
 * counts for the longer term only: "executive vice president" does not also render 상무's "vice president".
 */
import {
  CONTENT_FILES,
  type ContentProblem,
  type Located,
  type ValidContent,
} from '../../../lib/content-files.ts';
import type { Term } from '../../../lib/content-schemas.ts';
import { expandRelativeDates } from '../../../lib/relative-dates.ts';
import { normalizeForComparison } from '../../../lib/source-text.ts';
import type { Lang } from '../../../site.config.ts';
import { placeOf, siteProse, withoutSourceQuotes } from '../prose.ts';

const HANGUL = '[가-힣]';

/**
 * Builds each pattern once: every entry and every piece of prose is checked against every term. The
 * patterns are global, so they are only used through `matchAll` (which leaves them untouched).
 */
function once(build: (text: string) => RegExp): (text: string) => RegExp {
  const built = new Map<string, RegExp>();
  return (text) => {
    let pattern = built.get(text);
    if (!pattern) {
      pattern = build(text);
      built.set(text, pattern);
    }
    return pattern;
  };
}

/** A Korean spelling anywhere in cited text: at a word start, spaces between its letters optional. */
const citedPattern = once((spelling) => {
  const letters = [...normalizeForComparison(spelling).replace(/\s/g, '')].map((c) => RegExp.escape(c));
  return new RegExp(`(?<!${HANGUL})${letters.join('\\s?')}`, 'gu');
});

/** A Korean spelling exactly as written (only the amount of whitespace may differ), at a word start. */
const spellingPattern = once((spelling) => {
  const words = normalizeForComparison(spelling).split(' ').map(RegExp.escape);
  return new RegExp(`(?<!${HANGUL})${words.join('\\s+')}`, 'gu');
});

/** An English rendering at the start of a word, any case, ' and ’ alike. */
const englishPattern = once((rendering) => {
  const words = rendering
    .trim()
    .split(/\s+/)
    .map((word) => word.split(/[’']/).map(RegExp.escape).join("['’]"));
  return new RegExp(`(?<![\\p{L}\\p{N}])${words.join('\\s+')}`, 'giu');
});

interface Span {
  start: number;
  end: number;
}

function spans(pattern: RegExp, text: string): Span[] {
  return [...text.matchAll(pattern)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

/** Whether `a` lies within `b`, which is longer. */
const inside = (a: Span, b: Span) =>
  b.start <= a.start && a.end <= b.end && b.end - b.start > a.end - a.start;

/** The terms whose Korean occurs in `cited`, each with the spelling found; a term inside a longer one is left out. */
function termsIn(cited: string, terms: readonly Term[]): { term: Term; spelling: string }[] {
  const text = normalizeForComparison(cited);
  const found = terms.flatMap((term) =>
    term.ko.flatMap((spelling) =>
      spans(citedPattern(spelling), text).map((span) => ({
        term,
        spelling: text.slice(span.start, span.end),
        span,
      })),
    ),
  );
  const kept = found.filter(
    (hit) => !found.some((other) => other.term !== hit.term && inside(hit.span, other.span)),
  );
  return [...new Map(kept.map((hit) => [hit.term.id, hit])).values()];
}

const renderings = (term: Term) => [term.en, ...term.enForms];

/** Per term, the other terms' renderings that end in one of its own ("executive vice president"). */
function longerRenderings(terms: readonly Term[]): Map<Term, string[]> {
  return new Map(
    terms.map((term) => [
      term,
      terms
        .filter((other) => other !== term)
        .flatMap(renderings)
        .filter((rendering) =>
          renderings(term).some((mine) => spans(englishPattern(mine), rendering).some((s) => s.start > 0)),
        ),
    ]),
  );
}

/** Whether `text` uses the term's English rendering, not as the tail of one of its `longer` renderings. */
function usesRendering(term: Term, text: string, longer: readonly string[]): boolean {
  const others = longer.flatMap((rendering) => spans(englishPattern(rendering), text));
  return renderings(term).some((rendering) =>
    spans(englishPattern(rendering), text).some((span) => !others.some((other) => inside(span, other))),
  );
}

const renderingList = (term: Term) =>
  renderings(term)
    .map((r) => `"${r}"`)
    .join(' or ');
const where = (term: Term) => `${CONTENT_FILES.termbase} › ${term.id}`;

/** What a fact, quote or role cites and how the site renders it. */
interface Rendered {
  at: Omit<ContentProblem, 'field' | 'message' | 'hint'>;
  /** The Korean it cites: evidence excerpts, a quote's text, a role as the source words it. */
  cited: readonly string[];
  /** Field and text of its English. */
  en: { field: string; text: string };
  /** Field and text of the site's own Korean, where there is one. */
  ko?: { field: string; text: string };
}

function renderedEntries(content: ValidContent): Rendered[] {
  // Statements are read as pages show them; an unknown {date:ID} is the relative dates rule's to report.
  const expand = (text: string, lang: Lang) => {
    try {
      return expandRelativeDates(text, content.meta.value.relativeDates, lang);
    } catch {
      return text;
    }
  };
  const at = ({ file, entry }: Located<unknown>) => ({ file, entry });
  return [
    ...content.facts.map((fact) => ({
      at: at(fact),
      cited: fact.value.evidence.map((e) => e.text),
      en: { field: 'statement.en', text: expand(fact.value.statement.en, 'en') },
      ko: { field: 'statement.ko', text: expand(fact.value.statement.ko, 'ko') },
    })),
    ...content.quotes.map((quote) => ({
      at: at(quote),
      cited: [quote.value.ko],
      en: { field: 'en', text: quote.value.en },
    })),
    ...content.people.flatMap((person) =>
      person.value.roles.map((role, i) => ({
        at: at(person),
        cited: [role.ko],
        en: { field: `roles[${i}].en`, text: role.en },
      })),
    ),
  ];
}

export function checkTermbase(content: ValidContent): ContentProblem[] {
  const terms = content.termbase.map((entry) => entry.value);
  const problems: ContentProblem[] = [];
  const source = normalizeForComparison(content.source.paragraphs.join('\n'));
  const longer = longerRenderings(terms);

  for (const { file, entry, value: term } of content.termbase) {
    term.ko.forEach((spelling, i) => {
      if (spans(spellingPattern(spelling), source).length > 0) return;
      problems.push({
        file,
        entry,
        field: `ko[${i}]`,
        message: `"${spelling}" does not occur in the source, so this entry would never apply.`,
        hint: 'Copy the spelling from the source text, spaces included; write a verb as its stem (자신했 for 자신했다).',
      });
    });
  }

  for (const { at, cited, en, ko } of renderedEntries(content)) {
    const found = new Map(cited.flatMap((text) => termsIn(text, terms)).map((hit) => [hit.term.id, hit]));
    for (const { term, spelling } of found.values()) {
      if (!usesRendering(term, en.text, longer.get(term) ?? [])) {
        problems.push({
          ...at,
          field: en.field,
          message: `The cited Korean has "${spelling}", but ${en.field} does not use its approved rendering ${renderingList(term)}.`,
          hint: `${where(term)}: ${term.note}`,
        });
      }
      if (
        ko &&
        term.koDisplay &&
        !normalizeForComparison(ko.text).includes(normalizeForComparison(term.koDisplay))
      ) {
        problems.push({
          ...at,
          field: ko.field,
          message: `The cited Korean has "${spelling}", but ${ko.field} does not use the site's spelling "${term.koDisplay}".`,
          hint: `${where(term)}: the site's own Korean writes "${term.koDisplay}"; the article's spelling stays in verbatim text.`,
        });
      }
    }
  }

  for (const prose of siteProse(content)) {
    const own = withoutSourceQuotes(prose.text, content.source.paragraphs);
    // A correction may quote the wording it replaced, rejected renderings included.
    const text = prose.file === CONTENT_FILES.corrections ? own.replace(/“[^”]*”/g, '“…”') : own;
    for (const term of terms) {
      const report = (message: string, hint: string) => problems.push({ ...placeOf(prose), message, hint });
      if (prose.lang === 'en') {
        for (const rejected of term.rejected) {
          if (spans(englishPattern(rejected), text).length === 0) continue;
          report(
            `"${rejected}" is a rejected rendering of "${term.ko[0]}"; write ${renderingList(term)}.`,
            `${where(term)}: ${term.note}`,
          );
        }
      } else if (term.koDisplay) {
        const display = spans(spellingPattern(term.koDisplay), text);
        for (const spelling of term.ko) {
          const own = spans(spellingPattern(spelling), text).filter(
            (s) => !display.some((d) => d.start <= s.start && s.end <= d.end),
          );
          if (own.length === 0) continue;
          report(
            `"${spelling}" is the article's spelling; the site's own Korean writes "${term.koDisplay}".`,
            `${where(term)}: write "${term.koDisplay}", or quote the article verbatim inside quotation marks.`,
          );
        }
      }
    }
  }
  return problems;
}
