import { globSync } from 'node:fs';
import path from 'node:path';
import type { Node } from 'ultrahtml';
import { querySelectorAll } from 'ultrahtml/selector';
import { expect, it } from 'vitest';
import { LANGS, SECTIONS, type Lang } from '../../src/site.config.ts';
import { address, builtPages, langAndSlug, pathTo, readPage } from '../support/builds.ts';

const themePaths = Object.fromEntries(
  LANGS.map((lang) => [
    lang,
    globSync('*.mdx', { cwd: `content/themes/${lang}` }).map((file) =>
      pathTo(lang, path.basename(file, '.mdx')),
    ),
  ]),
) as Record<Lang, string[]>;

it('every page carries one navigation list: no link repeated in it, and each theme linked once in the header', () => {
  const problems: string[] = [];
  for (const page of builtPages().filter((p) => p.path !== '404.html')) {
    const doc = readPage(page);
    const [lang] = langAndSlug(page.path);
    const hrefs = (selector: string) =>
      querySelectorAll(doc, selector).map((a: Node) => a.attributes.href as string);
    const nav = hrefs('header nav a');
    const repeated = nav.filter((href, i) => nav.indexOf(href) !== i);
    if (repeated.length > 0) {
      problems.push(`/${page.path}: repeated in the navigation: ${repeated.join(' ')}`);
    }
    const header = hrefs('header a');
    for (const theme of themePaths[lang]) {
      const count = header.filter((href) => href === theme).length;
      if (count !== 1) problems.push(`/${page.path}: ${theme} linked ${count} times in the header`);
    }
  }
  expect(problems).toEqual([]);
});

it('the footer links each section once, by its own address, and no older page of the corrections log', () => {
  for (const lang of LANGS) {
    const page = builtPages().find((candidate) => candidate.path === address(lang, ''));
    if (!page) throw new Error(`No ${lang} overview in the build.`);
    const links = querySelectorAll(readPage(page), 'footer a').map((a: Node) => a.attributes.href as string);
    expect(links, lang).toEqual(SECTIONS.map((section) => pathTo(lang, section.slug)));
  }
});
