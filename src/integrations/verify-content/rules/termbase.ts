/**
 * Rule: a fact, quote or role citing a termbase expression uses its approved rendering; no rejected rendering
 * in the site's English, no article spelling in its own Korean; every spelling occurs in the source. A match
 * inside a longer term counts for that term only ("executive vice president" is not 상무's "vice president").
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

/** Builds each pattern once: all prose is checked against every term. Global: used only through `matchAll`. */
function once(build: (text: string) => RegExp): (text: string) => RegExp {
  const built = new Map<string, RegExp>();
  return (text) => {
    const pattern = built.get(text) ?? build(text);
    built.set(text, pattern);
    return pattern;
  };
}

/** A Korean spelling anywhere in cited text: at a word start, spaces between its letters optional. */
const citedPattern = once((spelling) => {
  const letters = [...normalizeForComparison(spelling).replace(/\s/g, '')].map(RegExp.escape);
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

type Span = { start: number; end: number };

function spans(pattern: RegExp, text: string): Span[] {
  return [...text.matchAll(pattern)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

/** Whether `a` lies within `b`, which is longer. */
const inside = (a: Span, b: Span) =>
  b.start <= a.start && a.end <= b.end && b.end - b.start > a.end - a.start;

/** The terms whose Korean occurs in the cited texts, each with a spelling found; a term inside a longer one is left out. */
function termsIn(cited: readonly string[], terms: readonly Term[]): { term: Term; spelling: string }[] {
  const hits = cited.flatMap((excerpt) => {
    const text = normalizeForComparison(excerpt);
    const found = terms.flatMap((term) =>
      term.ko.flatMap((spelling) =>
        spans(citedPattern(spelling), text).map((span) => ({
          term,
          spelling: text.slice(span.start, span.end),
          span,
        })),
      ),
    );
    return found.filter(
      (hit) => !found.some((other) => other.term !== hit.term && inside(hit.span, other.span)),
    );
  });
  return [...new Map(hits.map((hit) => [hit.term.id, hit])).values()];
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

const renderingList = (term: Term) => `"${renderings(term).join('" or "')}"`;
const where = (term: Term) => `${CONTENT_FILES.termbase} › ${term.id}`;

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

  // Statements are read as pages show them; an unknown {date:ID} is the relative dates rule's to report.
  const expand = (text: string, lang: Lang) => {
    try {
      return expandRelativeDates(text, content.meta.value.relativeDates, lang);
    } catch {
      return text;
    }
  };
  /** Checks what an entry cites against its English and, where the site writes its own, its Korean. */
  const checkRenderings = (
    { file, entry }: Located<unknown>,
    cited: readonly string[],
    en: { field: string; text: string },
    ko?: { field: string; text: string },
  ) => {
    for (const { term, spelling } of termsIn(cited, terms)) {
      if (!usesRendering(term, en.text, longer.get(term) ?? [])) {
        problems.push({
          file,
          entry,
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
          file,
          entry,
          field: ko.field,
          message: `The cited Korean has "${spelling}", but ${ko.field} does not use the site's spelling "${term.koDisplay}".`,
          hint: `${where(term)}: the site's own Korean writes "${term.koDisplay}"; the article's spelling stays in verbatim text.`,
        });
      }
    }
  };
  for (const fact of content.facts) {
    const { evidence, statement } = fact.value;
    checkRenderings(
      fact,
      evidence.map((e) => e.text),
      { field: 'statement.en', text: expand(statement.en, 'en') },
      { field: 'statement.ko', text: expand(statement.ko, 'ko') },
    );
  }
  for (const quote of content.quotes) {
    checkRenderings(quote, [quote.value.ko], { field: 'en', text: quote.value.en });
  }
  for (const person of content.people) {
    person.value.roles.forEach((role, i) =>
      checkRenderings(person, [role.ko], { field: `roles[${i}].en`, text: role.en }),
    );
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
