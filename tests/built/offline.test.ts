import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MANIFEST_LINE } from '../../src/integrations/offline-copy/index.ts';
import {
  SUMMARY_FILE,
  WORKER_FILE,
  type OfflineManifest,
  type OfflineSummary,
} from '../../src/lib/offline-copy.ts';
import { LANGS } from '../../src/site.config.ts';
import { address, BASE_SITE, builtFile, builtPages, SITE } from '../support/builds.ts';
import { langAndSlug } from '../../src/lib/built-html.ts';

/** The list written ahead of a build's service worker. */
function manifestOf(build: typeof SITE): OfflineManifest {
  const source = readFileSync(builtFile(build, WORKER_FILE), 'utf8');
  const line = source.split('\n')[0] ?? '';
  if (!line.startsWith(MANIFEST_LINE)) {
    throw new Error(`${build.dir}/${WORKER_FILE} does not start with its list.`);
  }
  return JSON.parse(line.slice(MANIFEST_LINE.length, -1)) as OfflineManifest;
}

/** A file of the build for an address relative to its root: a page's address is its folder. */
const fileOf = (build: typeof SITE, file: string) =>
  builtFile(build, file === '' || file.endsWith('/') ? `${file}index.html` : file);

describe.each([SITE, BASE_SITE])('the offline copy of $dir', (build) => {
  const manifest = manifestOf(build);
  const pages = builtPages(build)
    .map((page) => page.path)
    .filter((path) => path !== '404.html');

  it.for(LANGS)(
    'holds every page of %s and none of another language, each file with its revision',
    (lang) => {
      const files = manifest.langs[lang] ?? [];
      const addresses = files.map(([file]) => file);
      expect(addresses).toEqual(
        expect.arrayContaining(pages.filter((page) => langAndSlug(page)[0] === lang)),
      );
      expect(addresses.filter((file) => file.endsWith('/') && langAndSlug(file)[0] !== lang)).toEqual([]);
      expect(addresses).toContain('404.html');
      expect(addresses).toContain(manifest.offlinePage[lang]);
      expect(manifest.offlinePage[lang]).toBe(address(lang, 'offline', build));
      // Each revision is the hash of the file's bytes now, so a new build refetches exactly what changed.
      const stale = files.filter(([file, revision, bytes]) => {
        const content = readFileSync(fileOf(build, file));
        return !/^[0-9a-f]{12}$/.test(revision) || content.length !== bytes;
      });
      expect(stale).toEqual([]);
    },
  );

  it.for(LANGS)('holds what searching %s offline needs, and the previews its quote pages show', (lang) => {
    const addresses = (manifest.langs[lang] ?? []).map(([file]) => file);
    const entry = JSON.parse(readFileSync(builtFile(build, 'pagefind/pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { hash: string; wasm: string | null }>;
    };
    const index = entry.languages[lang];
    expect(addresses).toEqual(
      expect.arrayContaining([
        'pagefind/pagefind.js',
        `pagefind/pagefind.${index?.hash}.pf_meta`,
        `pagefind/wasm.${index?.wasm ?? 'unknown'}.pagefind`,
        `${address(lang, '', build)}search-filters.json`,
      ]),
    );
    const other = LANGS.filter((l) => l !== lang).map((l) => `/${l}_`);
    expect(
      addresses.filter((file) => file.startsWith('pagefind/') && other.some((o) => file.includes(o))),
    ).toEqual([]);
    const previews = builtPages(build)
      .filter((page) => langAndSlug(page.path)[0] === lang)
      .flatMap((page) => [...readFileSync(page.file, 'utf8').matchAll(/src="[^"]*?\/(og\/[^"]+\.webp)"/g)])
      .map((match) => match[1]);
    expect(previews.length).toBeGreaterThan(0);
    expect(addresses).toEqual(expect.arrayContaining(previews));
  });

  it('states each language’s file count and download (less than its bytes, gzip) from its list', () => {
    const summary = JSON.parse(readFileSync(builtFile(build, SUMMARY_FILE), 'utf8')) as OfflineSummary;
    for (const lang of LANGS) {
      const files = (manifest.langs[lang] ?? []).filter(([file]) => file !== SUMMARY_FILE);
      const bytes = files.reduce((sum, [, , size]) => sum + size, 0);
      expect(summary.copies[lang]?.files).toBe(files.length);
      expect(summary.copies[lang]?.download).toBeGreaterThan(bytes / 4);
      expect(summary.copies[lang]?.download).toBeLessThan(bytes);
    }
  });
});
