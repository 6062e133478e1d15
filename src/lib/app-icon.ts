/** The site's icon as PNG for installed apps, drawn with the bundled Pretendard so the ¶ needs no installed font. */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-js';

/** Icon widths in pixels, what browsers ask of an installable site. */
export const ICON_SIZES = [192, 512] as const;

const require = createRequire(import.meta.url);

/** The icon at `size` pixels wide, drawn from `favicon.svg` in `publicDir` (the build's public folder). */
export async function appIconPng(size: number, publicDir: URL): Promise<Uint8Array> {
  const svg = await readFile(new URL('favicon.svg', publicDir), 'utf8');
  const font = require.resolve('pretendard/dist/public/static/Pretendard-Bold.otf');
  return new Resvg(svg, {
    fitTo: { mode: 'width', value: size },
    font: {
      loadSystemFonts: false,
      fontFiles: [font],
      defaultFontFamily: 'Pretendard',
      serifFamily: 'Pretendard',
    },
  })
    .render()
    .asPng();
}
