import { describe, expect, it } from 'vitest';
import en from '../../src/i18n/en.json' with { type: 'json' };
import { routeData } from '../../src/lib/route-data.ts';
import { LANGS } from '../../src/site.config.ts';
import { testModel } from '../support/site-model.ts';

const model = testModel({
  themes: LANGS.flatMap((lang) =>
    ['first', 'second', 'third'].map((id, order) => ({
      id,
      lang,
      data: { title: `${id} (${lang})`, description: `About the ${id} theme.`, order },
    })),
  ),
});
const site = new URL('https://example.org/');

describe('routeData', () => {
  it('gives a theme page its neighbours in navigation order, and the first theme none before it', () => {
    const middle = routeData(model, 'en', '/en/second/', site);
    expect([middle.previous?.slug, middle.page.slug, middle.next?.slug]).toEqual([
      'first',
      'second',
      'third',
    ]);
    const first = routeData(model, 'ko', '/ko/first/', site);
    expect([first.previous, first.next?.title]).toEqual([undefined, 'second (ko)']);
  });

  it('offers the same page in the other language, and names the site once in the overview title', () => {
    const overview = routeData(model, 'ko', '/ko/', site);
    expect(overview.other).toEqual({ lang: 'en', name: 'English', href: '/en/' });
    expect(overview.head.title).toBe(overview.t.siteName);
    expect(routeData(model, 'en', '/en/people/', site).head.title).toBe(`${en.people} · ${en.siteName}`);
  });

  it('says which address has no page when a file route reads one', () => {
    expect(() => routeData(model, 'en', '/data/facts.json', site).page).toThrowErrorMatchingInlineSnapshot(
      `[Error: The site model has no page at /data/facts.json.]`,
    );
  });
});
