import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { parse } from 'ultrahtml';
import { querySelectorAll } from 'ultrahtml/selector';
import { expect, it } from 'vitest';
import Quote from '../../src/components/Quote.astro';
import { textOf } from '../../src/lib/built-html.ts';
import type { Person, Quote as QuoteEntry } from '../../src/lib/content-schemas.ts';
import { routeData } from '../../src/lib/route-data.ts';
import type { Lang } from '../../src/site.config.ts';
import { examplePerson, testModel } from '../support/site-model.ts';

const people: Person[] = [
  examplePerson,
  { ...examplePerson, id: 'park-example', nameEn: 'Park Example', nameKo: '박예시' },
  { ...examplePerson, id: 'choi-example', nameEn: 'Choi Example', nameKo: '최예시' },
];
const joint: QuoteEntry = {
  id: 'joint',
  speakers: people.map((person) => person.id),
  theme: 't',
  paragraph: 1,
  ko: '함께 한 말',
  en: 'Said together',
};

/** The byline of a quote said by three people, and its speaker links. */
async function byline(lang: Lang, quote: QuoteEntry = joint) {
  const model = testModel({ people, quotes: [quote] });
  const html = await (
    await AstroContainer.create()
  ).renderToString(Quote, {
    props: { id: quote.id },
    locals: routeData(model, lang, `/${lang}/`, undefined),
  });
  const links = querySelectorAll(parse(html), 'a[data-speaker]');
  const names = links[0]?.parent;
  if (!names) throw new Error(`No speaker link in:\n${html}`);
  return { text: textOf(names), links: links.map((link) => link.attributes['data-speaker']) };
}

it('names several speakers as a list, each name a link to the person', async () => {
  expect(await byline('en')).toEqual({
    text: 'Kim Example, Park Example, and Choi Example',
    links: ['kim-example', 'park-example', 'choi-example'],
  });
  expect((await byline('ko')).text).toBe('김예시·박예시·최예시');
});

it('marks speakers the article does not name as inferred', async () => {
  const unnamed = { ...joint, attributionNote: { en: 'Inferred.', ko: '추정.' } };
  expect((await byline('en', unnamed)).text).toBe('Kim Example, Park Example, and Choi Example (inferred)');
});
