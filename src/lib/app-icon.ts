/** The site's icon as PNG for installed apps, drawn with the bundled Pretendard so the ¶ needs no installed font. */
import { readFile } from 'node:fs/promises';
import { Resvg } from '@resvg/resvg-js';
import { pretendardFile } from './og-image.ts';

/** Icon widths in pixels, what browsers ask of an installable site. */
export const ICON_SIZES = [192, 512] as const;

export async function appIconPng(size: number, publicDir: URL): Promise<Uint8Array> {
  const svg = await readFile(new URL('favicon.svg', publicDir), 'utf8');
  return new Resvg(svg, {
    fitTo: { mode: 'width', value: size },
    font: {
      loadSystemFonts: false,
      fontFiles: [pretendardFile('Bold')],
      defaultFontFamily: 'Pretendard',
      serifFamily: 'Pretendard',
    },
  })
    .render()
    .asPng();
}
