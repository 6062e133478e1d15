import { querySelectorAll } from 'ultrahtml/selector';
import { expect, it } from 'vitest';
import { LANGS } from '../../src/site.config.ts';
import { builtPages, langAndSlug, langOf, readPage, textOf, theOne } from '../support/builds.ts';
import { facts, people, quotes } from '../support/content.ts';

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
