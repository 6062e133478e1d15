/**
 * Finds broken internal links in a built site: every link, stylesheet, script or image address that
 * stays on the site must name a file that exists, and every `#fragment` an element id on the target page.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { elements, htmlFiles, pagePathOf } from '../../src/lib/built-html.ts';

export interface BrokenLink {
  /** The page the link is on, site-relative. */
  page: string;
  href: string;
  reason: string;
}

/** The attribute that holds an element's address, for the elements that load or lead somewhere. */
const ADDRESS_ATTRIBUTES: Partial<Record<string, string>> = {
  a: 'href',
  link: 'href',
  script: 'src',
  img: 'src',
};

/** Resolves a site path to the file a static host would serve, or undefined. */
function fileFor(dist: string, pathname: string): string | undefined {
  const candidate = path.join(dist, decodeURIComponent(pathname));
  if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  const index = path.join(candidate, 'index.html');
  return existsSync(index) ? index : undefined;
}

/** Checks every HTML page in `dist` (built with `base`, e.g. '/' or '/factsheet/'); returns the broken links. */
export function findBrokenLinks(dist: string, base = '/'): BrokenLink[] {
  const parsed = new Map<string, ReturnType<typeof elements>>();
  const elementsOf = (file: string) => {
    let found = parsed.get(file);
    if (!found) {
      found = elements(readFileSync(file, 'utf8'));
      parsed.set(file, found);
    }
    return found;
  };
  const broken: BrokenLink[] = [];
  for (const file of htmlFiles(dist)) {
    const page = pagePathOf(dist, file);
    const pageUrl = new URL(`${base}${page.slice(1)}`, 'http://site.invalid');
    for (const link of elementsOf(file)) {
      const attribute = ADDRESS_ATTRIBUTES[link.name];
      const href = attribute && link.attributes[attribute];
      if (href === undefined) continue;
      const target = new URL(href, pageUrl);
      if (target.origin !== pageUrl.origin) continue;
      if (!target.pathname.startsWith(base)) {
        broken.push({ page, href, reason: `outside the base path ${base}` });
        continue;
      }
      const targetFile = fileFor(dist, target.pathname.slice(base.length - 1));
      if (!targetFile) {
        broken.push({ page, href, reason: 'no such page' });
        continue;
      }
      const fragment = decodeURIComponent(target.hash.slice(1));
      if (fragment && targetFile.endsWith('.html')) {
        const ids = elementsOf(targetFile).map((el) => el.attributes.id);
        if (!ids.includes(fragment)) broken.push({ page, href, reason: `no element with id "${fragment}"` });
      }
    }
  }
  return broken;
}
