/** Open Graph images drawn offline: satori lays out with Pretendard (OFL, from npm, all Hangul), resvg renders. */
import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import sharp from 'sharp';
import type { PageCard } from './site-model.ts';
import { truncateText } from './truncate.ts';
import type { Lang } from '../site.config.ts';

export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;
/** Card width minus the accent border and side padding. */
const TEXT_WIDTH = OG_WIDTH - 24 - 2 * 72;

const require = createRequire(import.meta.url);
export const pretendardFile = (style: 'Regular' | 'Bold') =>
  require.resolve(`pretendard/dist/public/static/Pretendard-${style}.otf`);
const readFonts = () =>
  Promise.all(
    ([400, 700] as const).map(async (weight) => ({
      name: 'Pretendard',
      data: await readFile(pretendardFile(weight === 700 ? 'Bold' : 'Regular')),
      weight,
      style: 'normal' as const,
    })),
  );
/** Read on the first card drawn: a build whose cards are all cached reads no font. */
let fonts: ReturnType<typeof readFonts> | undefined;

type Element = { type: string; props: { style: Record<string, string | number>; children?: unknown } };
const h = (type: string, style: Element['props']['style'], children?: unknown): Element => ({
  type,
  props: { style, children },
});

type QuoteCard = Extract<PageCard, { kind: 'quote' }>;

/** A page's card (kicker, title) or a quote's: with speaker, source and address, so a screenshot keeps them. */
export type OgCard = { lang: Lang; /** Site name shown at the bottom of a page card. */ site: string } & (
  | Extract<PageCard, { kind: 'page' }>
  | (QuoteCard & { /** The quote page's absolute address, drawn at the bottom. */ address: string })
);

/** Quote sizes by length, the last `upTo` where a long quote is cut (Korean is about twice as wide). */
const QUOTE_SIZES: Record<Lang, { upTo: number; fontSize: number }[]> = {
  en: [
    { upTo: 100, fontSize: 50 },
    { upTo: 180, fontSize: 42 },
    { upTo: 260, fontSize: 36 },
  ],
  ko: [
    { upTo: 40, fontSize: 56 },
    { upTo: 80, fontSize: 46 },
    { upTo: 140, fontSize: 40 },
  ],
};
/** Characters of the Korean original kept beneath a translation (two lines). */
const ORIGINAL_LENGTH = 80;

/** The quote's text as the card draws it, and its font size. */
export function quoteLayout(text: string, lang: Lang): { text: string; fontSize: number } {
  const sizes = QUOTE_SIZES[lang];
  const length = [...text].length;
  const { upTo = 0, fontSize = 36 } = sizes.find((size) => length <= size.upTo) ?? sizes.at(-1) ?? {};
  return { text: truncateText(text, upTo, lang), fontSize };
}

const frame = (lang: Lang) => ({
  // Satori sizes boxes without their padding and border (content-box).
  width: TEXT_WIDTH,
  height: OG_HEIGHT - 2 * 64,
  display: 'flex',
  flexDirection: 'column',
  padding: '64px 72px',
  background: '#fbf8f2',
  color: '#1f2430',
  fontFamily: 'Pretendard',
  borderLeft: '24px solid #b3262d',
  wordBreak: lang === 'ko' ? 'keep-all' : 'normal',
});

/** A row of the card, as wide as its text may run. */
const line = (style: Element['props']['style'], children: unknown) =>
  h('div', { display: 'flex', width: TEXT_WIDTH, ...style }, children);

function quoteCard(card: QuoteCard & { address: string; lang: Lang }): Element {
  const quote = quoteLayout(card.text, card.lang);
  return h('div', { ...frame(card.lang), padding: '56px 72px', height: OG_HEIGHT - 2 * 56 }, [
    line({ flexDirection: 'column', flexGrow: 1, justifyContent: 'center' }, [
      line({ fontSize: quote.fontSize, fontWeight: 700, lineHeight: 1.3 }, `“${quote.text}”`),
      ...(card.original
        ? [
            line(
              { marginTop: 16, fontSize: 24, lineHeight: 1.4, color: '#4a5060', wordBreak: 'keep-all' },
              truncateText(card.original, ORIGINAL_LENGTH, 'ko'),
            ),
          ]
        : []),
    ]),
    line({ marginTop: 20, fontSize: 32, fontWeight: 700, color: '#b3262d' }, `— ${card.speaker}`),
    line({ marginTop: 6, fontSize: 28 }, card.source),
    line({ marginTop: 6, fontSize: 24, color: '#4a5060' }, card.address.replace(/^https?:\/\//, '')),
  ]);
}

export async function renderOgImage(card: OgCard): Promise<Uint8Array> {
  const svg = await satori(
    (card.kind === 'quote'
      ? quoteCard(card)
      : h('div', frame(card.lang), [
          line({ fontSize: 30, fontWeight: 700, color: '#b3262d' }, card.kicker),
          line(
            {
              flexGrow: 1,
              alignItems: 'center',
              fontSize: card.title.length > 30 ? 58 : 72,
              fontWeight: 700,
              lineHeight: 1.25,
            },
            card.title,
          ),
          line({ fontSize: 28, color: '#4a5060' }, card.site),
        ])) as never,
    { width: OG_WIDTH, height: OG_HEIGHT, fonts: await (fonts ??= readFonts()) },
  );
  return new Resvg(svg, { font: { loadSystemFonts: false } }).render().asPng();
}

/** Bumped when the card's layout changes, so old renders are not reused. */
const LAYOUT_VERSION = 2;

/** The cache key: everything that decides the pixels (the card, the layout and the font package). */
export function ogCacheKey(card: OgCard): string {
  const fontVersion = (require('pretendard/package.json') as { version: string }).version;
  return createHash('sha256')
    .update(JSON.stringify({ card, layout: LAYOUT_VERSION, fontVersion, width: OG_WIDTH, height: OG_HEIGHT }))
    .digest('hex');
}

/** Renders a card, or reuses the PNG an earlier build rendered for exactly the same card into `cacheDir`. */
export async function cachedOgImage(card: OgCard, cacheDir: string): Promise<Uint8Array> {
  const file = path.join(cacheDir, `${ogCacheKey(card)}.png`);
  try {
    return await readFile(file);
  } catch {
    const png = await renderOgImage(card);
    await mkdir(cacheDir, { recursive: true });
    await writeFile(file, png);
    return png;
  }
}

/** A quote card's preview width: the widest the quote page's column shows it, so none is larger than shown. */
export const PREVIEW_WIDTH = 720;
export const PREVIEW_HEIGHT = Math.round((PREVIEW_WIDTH * OG_HEIGHT) / OG_WIDTH);

/** A quote card's preview: the same card as WebP at {@link PREVIEW_WIDTH}; the PNG stays for `og:image`. */
export async function cardPreview(card: OgCard, cacheDir: string): Promise<Uint8Array> {
  const png = await cachedOgImage(card, cacheDir);
  return new Uint8Array(await sharp(png).resize({ width: PREVIEW_WIDTH }).webp({ quality: 80 }).toBuffer());
}
