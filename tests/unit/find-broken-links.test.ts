import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findBrokenLinks } from '../support/find-broken-links.ts';

const dirs: string[] = [];
afterAll(() => Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true }))));

async function site(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'links-'));
  dirs.push(dir);
  for (const [file, html] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
    await writeFile(path.join(dir, file), html);
  }
  return dir;
}

describe('findBrokenLinks', () => {
  it('accepts links to existing pages, files and ids, and ignores other sites', async () => {
    const dir = await site({
      'index.html': '<a href="/a/#x">a</a><a href="https://example.com/nope">x</a><a href="data.json">d</a>',
      'a/index.html': '<h2 id="x">X</h2><a href="../">home</a>',
      'data.json': '[]',
    });
    expect(findBrokenLinks(dir)).toEqual([]);
  });

  it('reports a missing page and a missing fragment with the page they are on', async () => {
    const dir = await site({
      'index.html': '<a href="/missing/">m</a> <a href="/a/#nope">n</a>',
      'a/index.html': '<h2 id="x">X</h2>',
    });
    expect(findBrokenLinks(dir)).toEqual([
      { page: '/', href: '/missing/', reason: 'no such page' },
      { page: '/', href: '/a/#nope', reason: 'no element with id "nope"' },
    ]);
  });

  it('reports a stylesheet, script or image that is not there', async () => {
    const dir = await site({
      'index.html':
        '<link rel="stylesheet" href="/a.css"><script type="module" src="/b.js"></script><img src="c.png" alt="">',
      'a.css': '',
    });
    expect(findBrokenLinks(dir).map((link) => link.href)).toEqual(['/b.js', 'c.png']);
  });

  it('resolves links under a base path and flags links that escape it', async () => {
    const dir = await site({
      'index.html': '<a href="/factsheet/a/">ok</a> <a href="/a/">escapes</a>',
      'a/index.html': '<p>a</p>',
    });
    expect(findBrokenLinks(dir, '/factsheet/')).toEqual([
      { page: '/', href: '/a/', reason: 'outside the base path /factsheet/' },
    ]);
  });

  it('reads hrefs and ids with their HTML entities decoded', async () => {
    const dir = await site({
      'index.html': '<a href="/a/?q=1&amp;kind=fact#r&amp;d">ok</a> <a href="/a/#&quot;x&quot;">missing</a>',
      'a/index.html': '<h2 id="r&amp;d">R&amp;D</h2>',
    });
    expect(findBrokenLinks(dir)).toEqual([
      { page: '/', href: '/a/#"x"', reason: 'no element with id ""x""' },
    ]);
  });
});
