import { querySelectorAll } from 'ultrahtml/selector';
import { expect, it } from 'vitest';
import type { Node } from 'ultrahtml';
import { LANGS, type Lang } from '../../src/site.config.ts';
import {
  address,
  builtPage,
  builtPages,
  langAndSlug,
  langOf,
  readPage,
  textOf,
  theOne,
} from '../support/builds.ts';
import { facts, people, quotes, siteModel } from '../support/content.ts';

function themePage(lang: string, theme: string) {
  const page = builtPages().find((p) => langAndSlug(p.path).join('/') === `${lang}/${theme}`);
  if (!page) throw new Error(`No ${lang} page for the theme ${theme}`);
  return readPage(page);
}

it.for(LANGS)(
  'in %s, every quote is on its theme page, Korean marked as such, naming its speakers',
  (lang) => {
    for (const quote of quotes) {
      const figure = theOne(themePage(lang, quote.theme), `figure[data-quote="${quote.id}"]`);
      expect(figure.attributes.id).toBe(quote.anchor);
      const korean = querySelectorAll(figure, '[data-verbatim-ko]');
      expect(korean.length, quote.id).toBeGreaterThan(0);
      expect(korean.map(langOf), quote.id).toEqual(korean.map(() => 'ko'));
      const speakers = querySelectorAll(figure, '[data-speaker]');
      expect(
        speakers.map((s) => s.attributes['data-speaker']),
        quote.id,
      ).toEqual(quote.speakers);
      expect(speakers.map((s) => textOf(s).trim())).toEqual(
        quote.speakers.map((id) => (lang === 'ko' ? people.get(id)?.nameKo : people.get(id)?.nameEn)),
      );
      expect(
        querySelectorAll(figure, `a[data-paragraph="${quote.paragraph}"]`).length,
        quote.id,
      ).toBeGreaterThan(0);
    }
  },
);

it.for(LANGS)(
  'in %s, every fact is on its theme page with its evidence and paragraphs; one that restates a quote, right after that quote',
  (lang) => {
    for (const fact of facts) {
      const page = themePage(lang, fact.theme);
      const scope = fact.quote ? theOne(page, `[data-quote-facts="${fact.quote.id}"]`) : page;
      const article = theOne(scope, `#${fact.anchor}`);
      const excerpts = querySelectorAll(article, '[data-verbatim-ko]');
      expect(
        excerpts.map((e) => [e.attributes.lang, e.attributes['data-paragraph'], textOf(e).trim()]),
        fact.id,
      ).toEqual(fact.ownEvidence.map((e) => ['ko', String(e.paragraph), e.text]));
    }
  },
);

it.for(LANGS)('in %s, each quote’s Korean text appears once on its theme page', (lang) => {
  for (const quote of quotes) {
    const shown = querySelectorAll(themePage(lang, quote.theme), '[data-verbatim-ko]').filter((element) =>
      textOf(element).includes(quote.ko),
    );
    expect(shown, quote.id).toHaveLength(1);
  }
});

it.for(LANGS)(
  'in %s, every corrected fact or quote notes each correction, linking to its entry in the log',
  (lang) => {
    for (const entry of [...facts, ...quotes].filter((entry) => entry.corrections.length > 0)) {
      const card = theOne(themePage(lang, entry.theme), `[id="${entry.anchor}"]`);
      const notes = querySelectorAll(card, '[data-correction] a');
      expect(
        notes.map((note) => note.attributes.href),
        entry.anchor,
      ).toEqual(entry.corrections.map((correction) => correction.href(lang)));
    }
  },
);

/**
 * The longest run of characters two texts share, compared as readers read them: NFC, without spaces and
 * punctuation (so a restatement that only re-spaces or re-punctuates the quote still counts).
 */
function longestSharedRun(a: string, b: string): string {
  const plain = (text: string) => text.normalize('NFC').replace(/[\s\p{P}]+/gu, '');
  const [x, y] = [plain(a), plain(b)];
  let best = { length: 0, end: 0 };
  let previous = new Array<number>(y.length + 1).fill(0);
  for (let i = 1; i <= x.length; i++) {
    const row = new Array<number>(y.length + 1).fill(0);
    for (let j = 1; j <= y.length; j++) {
      if (x[i - 1] !== y[j - 1]) continue;
      row[j] = (previous[j - 1] ?? 0) + 1;
      if ((row[j] ?? 0) > best.length) best = { length: row[j] ?? 0, end: i };
    }
    previous = row;
  }
  return x.slice(best.end - best.length, best.end);
}

/**
 * A run this long is a quote said again, not a shared phrase (about six words; Hangul is denser). A
 * heading, the page's summary, a citation or a link naming the theme may echo a quote: they are not read.
 */
const SAID_AGAIN: Record<Lang, number> = { en: 40, ko: 15 };
const notSaying = (element: Node) =>
  /^(h[1-6]|header|nav)$/.test(element.name) ||
  element.attributes['aria-labelledby'] === 'cite-heading' ||
  'data-quote-in-context' in element.attributes;

it.for(LANGS)('in %s, no theme page or quote page shows a quote’s text twice', (lang) => {
  const pages = siteModel.pages(lang).filter((page) => page.kind === 'theme' || page.kind === 'quote');
  const said = pages.flatMap((page) => {
    const main = theOne(readPage(builtPage(address(lang, page.slug))), 'main');
    return querySelectorAll(main, 'figure[data-quote]').flatMap((figure) => {
      const quote = siteModel.quote(figure.attributes['data-quote'] ?? '');
      const blockquote = theOne(figure, 'blockquote');
      const rest = textOf(main, (element) => element === blockquote || notSaying(element));
      const run = longestSharedRun(lang === 'ko' ? quote.ko : quote.en, rest);
      return run.length >= SAID_AGAIN[lang] ? [`${page.slug}: ${quote.id}: “${run}”`] : [];
    });
  });
  expect(said).toEqual([]);
});
