import { expect, test } from '@playwright/test';
import { expandRelativeDates } from '../../src/lib/relative-dates.ts';
import { facts, isVerbatimIn, LANGS, pageUrl, paragraphs, people, quotes, relativeDates } from './site.ts';

for (const lang of LANGS) {
  for (const theme of new Set(quotes.map((quote) => quote.theme))) {
    test(`${pageUrl(lang, theme)}: quotes are verbatim and name the right speakers`, async ({ page }) => {
      await page.goto(pageUrl(lang, theme));
      const expected = quotes.filter((quote) => quote.theme === theme);
      await expect(page.locator('figure[data-quote]')).toHaveCount(expected.length);
      for (const quote of expected) {
        const figure = page.locator(`figure#quote-${quote.id}`);
        const korean = figure.locator('[data-verbatim-ko]');
        const text = await korean.textContent();
        expect(text).toBe(quote.ko);
        expect(isVerbatimIn(text ?? '', paragraphs[quote.paragraph - 1] ?? '')).toBe(true);
        await expect(korean.locator('xpath=ancestor-or-self::*[@lang][1]')).toHaveAttribute('lang', 'ko');
        const caption = figure.locator('figcaption');
        await expect(caption.locator('[data-speaker]')).toHaveText(
          quote.speakers.map((id) => (lang === 'ko' ? people.get(id)?.nameKo : people.get(id)?.nameEn) ?? id),
        );
        const speakerIds = await caption
          .locator('[data-speaker]')
          .evaluateAll((links) => links.map((link) => link.getAttribute('data-speaker')));
        expect(speakerIds).toEqual(quote.speakers);
        await expect(caption).toContainText(`¶${quote.paragraph}`);
        if (lang === 'en') await expect(figure.locator('blockquote')).toContainText(quote.en);
      }
    });
  }
}

test('every fact has its anchor, evidence and paragraph on its theme page', async ({ page }) => {
  for (const theme of new Set(facts.map((fact) => fact.theme))) {
    await page.goto(pageUrl('en', theme));
    for (const fact of facts.filter((f) => f.theme === theme)) {
      const article = page.locator(`#fact-${fact.id}`);
      await expect(article).toContainText(expandRelativeDates(fact.statement.en, relativeDates, 'en'));
      const excerpts = article.locator('[data-verbatim-ko]');
      await expect(excerpts).toHaveCount(fact.evidence.length);
      for (const [i, evidence] of fact.evidence.entries()) {
        expect(await excerpts.nth(i).textContent()).toBe(evidence.text);
        await expect(excerpts.nth(i)).toHaveAttribute('lang', 'ko');
        expect(isVerbatimIn(evidence.text, paragraphs[evidence.paragraph - 1] ?? '')).toBe(true);
        await expect(article.locator(`a[data-paragraph="${evidence.paragraph}"]`)).toContainText(
          `¶${evidence.paragraph}`,
        );
      }
    }
  }
});

test('straight quotes inside Korean quotes are not turned into typographic ones', async ({ page }) => {
  await page.goto(pageUrl('ko', 'ai-bubble'));
  const html = await page.content();
  expect(html).toContain("'산업 난제 해결'");
  expect(html).not.toContain('’산업 난제 해결’');
});
