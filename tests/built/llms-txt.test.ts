import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LLMS_FILES } from '../../src/lib/llms-txt.ts';
import { ANCHORS, LANGS, type Lang } from '../../src/site.config.ts';
import { address, builtFile, pageAt, SITE } from '../support/builds.ts';
import { elements } from '../../src/lib/built-html.ts';
import { facts, quotes } from '../support/content.ts';

const file = (lang: Lang, name: string) =>
  readFileSync(builtFile(SITE, `${address(lang, '')}${name}`), 'utf8');

const idsByFile = new Map<string, Set<string>>();

/** Whether the built page a URL points at holds the element its fragment names. */
function opensAt(url: string): boolean {
  const page = pageAt(url);
  const id = new URL(url).hash.slice(1);
  if (!page || !id) return false;
  let ids = idsByFile.get(page.file);
  if (!ids) {
    ids = new Set(elements(readFileSync(page.file, 'utf8')).map((element) => element.attributes.id ?? ''));
    idsByFile.set(page.file, ids);
  }
  return ids.has(id);
}

describe.for(LANGS)('%s llms-full.txt', (lang) => {
  const text = file(lang, LLMS_FILES.full);
  const links = text.match(/https?:\/\/\S+?(?=[)\s]|$)/gmu) ?? [];

  it('gives every fact and quote with a permalink that opens it', () => {
    const anchors = [
      ...facts.map((fact) => ANCHORS.fact(fact.id)),
      ...quotes.map((quote) => ANCHORS.quote(quote.id)),
    ];
    expect(anchors.length).toBeGreaterThan(20);
    const missing = anchors.filter(
      (anchor) => !links.some((link) => link.endsWith(`#${anchor}`) && opensAt(link)),
    );
    expect(missing).toEqual([]);
  });

  it('cites each quote’s paragraph and gives its words as the page does', () => {
    for (const quote of quotes) {
      const words = lang === 'ko' ? quote.ko : quote.en;
      const at = text.indexOf(`> ${words.replace(/\s+/gu, ' ').trim()}`);
      expect(at, quote.id).toBeGreaterThan(0);
      const heading = text.lastIndexOf('### ', at);
      expect(text.slice(heading, at), quote.id).toContain(`¶${quote.paragraphs[0]}`);
    }
  });
});

describe.for(LANGS)('%s llms.txt', (lang) => {
  it('links every theme page, the full text and the other language, each to a built page or file', () => {
    const text = file(lang, LLMS_FILES.index);
    expect(text).toMatch(/^# .+\n\n> .+/u);
    const links = [...text.matchAll(/\]\((\S+)\)/gu)].map((match) => match[1] ?? '');
    expect(links.length).toBeGreaterThan(10);
    for (const link of links) {
      const path = new URL(link).pathname;
      const target = path.endsWith('.txt') ? readFileSync(builtFile(SITE, path)) : pageAt(link);
      expect(target, link).toBeDefined();
    }
    expect(links.filter((link) => link.endsWith(LLMS_FILES.full))).toHaveLength(1);
  });
});
