import { readdirSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { expect, it } from 'vitest';
import { LANGS } from '../../src/site.config.ts';
import { builtFile, pathTo, SITE } from '../support/builds.ts';
import { siteModel } from '../support/content.ts';

/** Pagefind's page fragments of a language: gzip'd JSON behind a 12-byte signature. */
function fragments(lang: string): { url: string; content: string }[] {
  const dir = builtFile(SITE, 'pagefind/fragment');
  return readdirSync(dir)
    .filter((file) => file.startsWith(`${lang}_`))
    .map((file) =>
      JSON.parse(
        gunzipSync(readFileSync(`${dir}/${file}`))
          .subarray(12)
          .toString('utf8'),
      ),
    );
}

it.for(LANGS)(
  'the %s glossary is found by its terms, not its definitions, so editing a definition changes no search file',
  (lang) => {
    const glossaryPath = pathTo(lang, 'glossary');
    const [page, ...others] = fragments(lang).filter((fragment) => fragment.url === glossaryPath);
    expect(others).toEqual([]);
    for (const term of siteModel.glossary) {
      expect(page?.content).toContain(term.term[lang]);
      const opening = term.definition[lang].split(' ').slice(0, 4).join(' ');
      expect(page?.content).not.toContain(opening);
    }
  },
);
