import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { attr, BASE_SITE, builtFile, builtPages, readPage, SITE } from '../support/builds.ts';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

it.for([SITE, BASE_SITE])('every page of $dir has its own 1200×630 PNG Open Graph image', (build) => {
  const images = new Set<string>();
  for (const page of builtPages(build).filter((p) => p.path !== '404.html')) {
    const doc = readPage(page);
    const image = attr(doc, 'meta[property="og:image"]', 'content') ?? '';
    expect(image.startsWith(build.root), `${page.path}: ${image}`).toBe(true);
    images.add(image);
    const png = readFileSync(builtFile(build, image.slice(build.root.length)));
    expect(png.subarray(0, 8).equals(PNG_SIGNATURE), image).toBe(true);
    // The IHDR chunk comes first: width and height at bytes 16 and 20.
    const size = [png.readUInt32BE(16), png.readUInt32BE(20)];
    expect(size, image).toEqual([1200, 630]);
    expect([
      attr(doc, 'meta[property="og:image:width"]', 'content'),
      attr(doc, 'meta[property="og:image:height"]', 'content'),
    ]).toEqual(size.map(String));
  }
  expect(images.size, 'one image per page and language').toBe(builtPages(build).length - 1);
});
