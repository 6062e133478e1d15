import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cachedOgImage, ogCacheKey, OG_HEIGHT, OG_WIDTH, renderOgImage } from '@/lib/og-image';

describe('renderOgImage', () => {
  it('renders a 1200×630 PNG from Korean text with the bundled font, offline', async () => {
    const png = Buffer.from(
      await renderOgImage({
        kicker: '주제',
        title: '소버린AI',
        site: 'LG AI연구원 인터뷰 팩트시트',
        lang: 'ko',
      }),
    );
    expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([OG_WIDTH, OG_HEIGHT]);
  });

  it('draws the Hangul glyphs (a Korean title differs from an empty one)', async () => {
    const card = { kicker: '', site: '', lang: 'ko' as const };
    const withTitle = await renderOgImage({ ...card, title: '엑사원' });
    const empty = await renderOgImage({ ...card, title: '' });
    expect(withTitle.length).toBeGreaterThan(empty.length + 500);
  });
});

describe('cachedOgImage', () => {
  const dirs: string[] = [];
  afterAll(() => Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true }))));
  const card = { kicker: 'Themes', title: 'Sovereign AI', site: 'Fact sheet', lang: 'en' as const };

  it('renders a card once and reuses the stored PNG while nothing it draws changes', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'og-cache-'));
    dirs.push(dir);
    const first = await cachedOgImage(card, dir);
    expect(await readdir(dir)).toEqual([`${ogCacheKey(card)}.png`]);
    // A stored render is served as is: replace it with a marker and the marker comes back.
    await writeFile(path.join(dir, `${ogCacheKey(card)}.png`), 'cached');
    expect(Buffer.from(await cachedOgImage(card, dir)).toString()).toBe('cached');
    expect(first.length).toBeGreaterThan(1000);
  });

  it('keys the cache on everything the card draws', () => {
    expect(ogCacheKey({ ...card, title: 'Sovereign AI!' })).not.toBe(ogCacheKey(card));
    expect(ogCacheKey({ ...card, lang: 'ko' })).not.toBe(ogCacheKey(card));
    expect(ogCacheKey({ ...card })).toBe(ogCacheKey(card));
  });
});
