import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { LANGS, DEFAULT_LANG } from '../../src/site.config.ts';
import { attr, builtFile, builtPage, readPage, SITE } from '../support/builds.ts';

it.each(LANGS)(
  'the %s pages advertise an OpenSearch description whose template is the search page',
  (lang) => {
    const prefix = lang === DEFAULT_LANG ? '' : `${lang}/`;
    const href = attr(readPage(builtPage(`${prefix}people/`)), 'link[rel="search"]', 'href');
    expect(href).toBe(`${SITE.base}${prefix}opensearch.xml`);
    const xml = readFileSync(builtFile(SITE, `${prefix}opensearch.xml`), 'utf8');
    expect(xml).toContain(`template="${SITE.root}${prefix}search/?q={searchTerms}"`);
    expect(xml).toContain(`<Language>${lang}</Language>`);
  },
);
