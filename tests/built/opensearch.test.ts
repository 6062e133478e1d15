import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { LANGS } from '../../src/site.config.ts';
import { address, attr, builtFile, builtPage, readPage, SITE } from '../support/builds.ts';

it.each(LANGS)(
  'the %s pages advertise an OpenSearch description whose template is the search page',
  (lang) => {
    const home = address(lang, '');
    const href = attr(readPage(builtPage(address(lang, 'people'))), 'link[rel="search"]', 'href');
    expect(href).toBe(`${SITE.base}${home}opensearch.xml`);
    const xml = readFileSync(builtFile(SITE, `${home}opensearch.xml`), 'utf8');
    expect(xml).toContain(`template="${SITE.root}${address(lang, 'search')}?q={searchTerms}"`);
    expect(xml).toContain(`<Language>${lang}</Language>`);
  },
);
