import { readFileSync } from 'node:fs';
import { ELEMENT_NODE, type Node } from 'ultrahtml';
import { querySelectorAll } from 'ultrahtml/selector';
import { expect, it } from 'vitest';
import type { FilterGroup, SearchControls } from '../../src/search/shared/index-format.ts';
import { LANGS } from '../../src/site.config.ts';
import { facts, people } from '../support/content.ts';
import {
  address,
  builtFile,
  builtPage,
  builtPages,
  langAndSlug,
  readPage,
  SITE,
  textOf,
  theOne,
} from '../support/builds.ts';

const valuesOf = (groups: FilterGroup[], name: string) =>
  groups.find((group) => group.name === name)?.options.map((option) => option.value) ?? [];

it.for(LANGS)(
  'the %s pages’ search dialog carries no filter control; it fetches them from a file listing every theme',
  (lang) => {
    const pages = builtPages().filter(
      (page) => page.path !== '404.html' && langAndSlug(page.path)[0] === lang,
    );
    const sources = new Set<string>();
    const panels = pages.map((page) => {
      const panel = theOne(readPage(page), 'search-dialog search-panel');
      const groups = theOne(panel, '[data-filter-groups]').children as Node[];
      expect(
        groups.filter((child) => child.type === ELEMENT_NODE),
        page.path,
      ).toEqual([]);
      // One blank control to clone, whatever the number of themes and speakers.
      expect(querySelectorAll(panel, 'template input[data-filter]'), page.path).toHaveLength(1);
      sources.add(String(panel.attributes['data-filters-src']));
      return { path: page.path, text: textOf(panel) };
    });
    expect(sources.size).toBe(1);
    const [src = ''] = sources;
    const { groups } = JSON.parse(
      readFileSync(builtFile(SITE, src.slice(SITE.base.length)), 'utf8'),
    ) as SearchControls;
    expect(valuesOf(groups, 'theme').toSorted()).toEqual(
      [...new Set(facts.map((fact) => fact.theme))].sort(),
    );
    expect(valuesOf(groups, 'speaker').every((id) => people.has(id))).toBe(true);
    // No speaker or theme named in the dialog (the kinds' two labels are words the dialog uses anyway).
    const labels = groups
      .filter((group) => group.name !== 'kind')
      .flatMap((group) => group.options.map((option) => option.label));
    for (const { path, text } of panels) {
      expect(
        labels.filter((label) => text.includes(label)),
        path,
      ).toEqual([]);
    }

    // The search page, which works without JavaScript, offers the same controls in its HTML.
    const searchPanel = theOne(readPage(builtPage(address(lang, 'search'))), 'main search-panel');
    const inline = querySelectorAll(searchPanel, 'input[data-filter]').map(
      (input) => `${String(input.attributes.name)}=${String(input.attributes.value)}`,
    );
    expect(inline).toEqual(
      groups.flatMap((group) => group.options.map((option) => `${group.name}=${option.value}`)),
    );
  },
);
