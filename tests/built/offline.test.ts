import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { WORKER_FILE } from '../../src/integrations/precache/index.ts';
import { LANGS, sectionSlug } from '../../src/site.config.ts';
import { address, BASE_SITE, builtFile, builtPages, SITE } from '../support/builds.ts';

/** The version and files written into a build's service worker. */
function precacheOf(build: typeof SITE): { version: string; files: string[] } {
  const source = readFileSync(builtFile(build, WORKER_FILE), 'utf8');
  const literal = /const PRECACHE = (\{.*?\});/.exec(source)?.[1];
  if (!literal) throw new Error(`${build.dir}/${WORKER_FILE} has no PRECACHE literal.`);
  return JSON.parse(literal) as { version: string; files: string[] };
}

/** A file of the build for an address relative to its root: a page's address is its folder. */
const fileOf = (build: typeof SITE, file: string) =>
  builtFile(build, file === '' || file.endsWith('/') ? `${file}index.html` : file);

describe.each([SITE, BASE_SITE])('the service worker of $dir', (build) => {
  const { version, files } = precacheOf(build);

  it('keeps every page of both languages, and only files the build has', () => {
    expect(version).toMatch(/^[0-9a-f]{16}$/);
    const pages = builtPages(build)
      .map((page) => page.path)
      .filter((path) => path !== '404.html');
    expect(files).toEqual(expect.arrayContaining(pages));
    // A missing file would fail the whole copy when the worker installs.
    expect(files.filter((file) => !existsSync(fileOf(build, file)))).toEqual([]);
  });

  it('keeps what reading and searching need in both languages: styles, scripts, the search index, the filters', () => {
    const dir = (folder: string) => readdirSync(builtFile(build, folder)).map((name) => `${folder}/${name}`);
    const entry = JSON.parse(readFileSync(builtFile(build, 'pagefind/pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { hash: string; wasm: string | null }>;
    };
    const needed = [
      ...dir('_astro'),
      'pagefind/pagefind.js',
      'pagefind/pagefind-entry.json',
      ...dir('pagefind/index'),
      ...dir('pagefind/fragment'),
      ...dir('pagefind/filter'),
      ...LANGS.flatMap((lang) => {
        const index = entry.languages[lang];
        if (!index) throw new Error(`The search index has no ${lang} language.`);
        return [
          `pagefind/pagefind.${index.hash}.pf_meta`,
          `pagefind/wasm.${index.wasm ?? 'unknown'}.pagefind`,
          `${address(lang, '', build)}search-filters.json`,
          address(lang, sectionSlug('search'), build),
        ];
      }),
    ];
    expect(needed.filter((file) => !files.includes(file))).toEqual([]);
  });
});
