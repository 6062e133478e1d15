import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  cachedOgImage,
  cardPreview,
  ogCacheKey,
  OG_HEIGHT,
  OG_WIDTH,
  quoteLayout,
  renderOgImage,
  type OgCard,
} from '@/lib/og-image';

const quoteCard = (text: string, address = 'https://example.org/ko/quotes/q/'): OgCard => ({
  kind: 'quote',
  text,
  speaker: '이홍락',
  source: '아시아경제 ¶5',
  address,
  site: '',
  lang: 'ko',
});

describe('renderOgImage', () => {
  it('renders a 1200×630 PNG from Korean text with the bundled font, offline', async () => {
    const png = Buffer.from(
      await renderOgImage({
        kind: 'page',
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
    const card = { kind: 'page', kicker: '', site: '', lang: 'ko' } as const;
    const withTitle = await renderOgImage({ ...card, title: '엑사원' });
    const empty = await renderOgImage({ ...card, title: '' });
    expect(withTitle.length).toBeGreaterThan(empty.length + 500);
  });

  it('draws each Hangul syllable as itself on a quote card, not as a missing-glyph box', async () => {
    // Missing glyphs are drawn as one and the same box (or not at all): two quotes of as many different
    // syllables would then give the same image. Real glyphs differ.
    const [first, second, again] = await Promise.all(
      ['가나다라마바사', '아자차카타파하', '가나다라마바사'].map((text) => renderOgImage(quoteCard(text))),
    );
    expect(Buffer.compare(Buffer.from(first ?? []), Buffer.from(second ?? []))).not.toBe(0);
    // …while the same text renders the same, so the difference is the glyphs, not noise.
    expect(Buffer.compare(Buffer.from(first ?? []), Buffer.from(again ?? []))).toBe(0);
  });
});

describe('quoteLayout', () => {
  it('keeps a quote that fits whole, at the largest size for its length', () => {
    expect(quoteLayout('방향에 대한 확신이 있으면 투자할 가치가 충분하다', 'ko')).toEqual({
      text: '방향에 대한 확신이 있으면 투자할 가치가 충분하다',
      fontSize: 56,
    });
  });

  it('cuts a quote too long for the card at a word, marked with an ellipsis', () => {
    const long = `${'The ultimate goal is to build a model. '.repeat(10)}`.trim();
    const { text, fontSize } = quoteLayout(long, 'en');
    expect(text.endsWith('…')).toBe(true);
    expect(long.startsWith(text.slice(0, -1))).toBe(true);
    expect(text.at(-2)).not.toBe(' ');
    expect(fontSize).toBeLessThan(quoteLayout('Short.', 'en').fontSize);
  });
});

describe('cachedOgImage', () => {
  const dirs: string[] = [];
  afterAll(() => Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true }))));
  const card: OgCard = {
    kind: 'page',
    kicker: 'Themes',
    title: 'Sovereign AI',
    site: 'Fact sheet',
    lang: 'en',
  };

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

  it('keeps a quote card’s preview render in the cache folder it is given', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'og-cache-'));
    dirs.push(dir);
    const quote = quoteCard('가나다');
    await cardPreview(quote, dir);
    expect(await readdir(dir)).toEqual([`${ogCacheKey(quote)}.png`]);
  });

  it('keys the cache on everything the card draws', () => {
    expect(ogCacheKey({ ...card, title: 'Sovereign AI!' })).not.toBe(ogCacheKey(card));
    expect(ogCacheKey({ ...card, lang: 'ko' })).not.toBe(ogCacheKey(card));
    expect(ogCacheKey({ ...card })).toBe(ogCacheKey(card));
    expect(ogCacheKey(quoteCard('가', 'https://example.org/x/'))).not.toBe(ogCacheKey(quoteCard('가')));
  });
});
