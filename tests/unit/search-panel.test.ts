import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { parse } from 'ultrahtml';
import { querySelector } from 'ultrahtml/selector';
import { expect, it } from 'vitest';
import SearchPanel from '../../src/components/search/SearchPanel.astro';
import en from '../../src/i18n/en.json' with { type: 'json' };
import { routeData } from '../../src/lib/route-data.ts';
import { testModel } from '../support/site-model.ts';

it('in `astro dev`, which builds no index, says search exists only in a build, not that it failed', async () => {
  expect(import.meta.env.DEV).toBe(true);
  const container = await AstroContainer.create();
  const html = await container.renderToString(SearchPanel, {
    props: { idPrefix: 'test' },
    locals: routeData(testModel({}), 'en', '/en/search/', undefined),
  });
  const panel = querySelector(parse(html), 'search-panel');
  expect(panel?.attributes['data-msg-error']).toBe(en.searchDevOnly);
});
