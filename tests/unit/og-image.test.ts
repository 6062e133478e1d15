import { describe, expect, it } from 'vitest';
import { OG_HEIGHT, OG_WIDTH, renderOgImage } from '../../src/lib/og-image.ts';

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
