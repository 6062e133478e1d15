/**
 * Finds broken internal links in a built site: every `href` that stays on the site must name a file
 * that exists, and every `#fragment` an element id on the target page.
 */
import { readFileSync, readdirSync, existsSync, statSync } from 'node:fs';
import path from 'node:path';

export interface BrokenLink {
  /** The page the link is on, site-relative. */
  page: string;
  href: string;
  reason: string;
}

const HREF = /<a\b[^>]*?\shref="([^"]*)"/g;
const ID = /\sid="([^"]*)"/g;

function decodeHtml(text: string): string {
  return text
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'");
}

/** Resolves a site path to the file a static host would serve, or undefined. */
function fileFor(dist: string, pathname: string): string | undefined {
  const candidate = path.join(dist, decodeURIComponent(pathname));
  if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  const index = path.join(candidate, 'index.html');
  return existsSync(index) ? index : undefined;
}

/** Checks every HTML page in `dist` (built with `base`); returns the broken links. */
export function findBrokenLinks(dist: string, base = '/'): BrokenLink[] {
  const pages = readdirSync(dist, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => path.join(entry.parentPath, entry.name));
  const ids = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    let set = ids.get(file);
    if (!set) {
      set = new Set([...readFileSync(file, 'utf8').matchAll(ID)].map((m) => decodeHtml(m[1] ?? '')));
      ids.set(file, set);
    }
    return set;
  };
  const broken: BrokenLink[] = [];
  for (const file of pages) {
    const page = `/${path.relative(dist, file).split(path.sep).join('/')}`;
    const pageUrl = new URL(
      `${base.replace(/\/?$/, '/')}${page.slice(1).replace(/index\.html$/, '')}`,
      'http://site.invalid',
    );
    for (const match of readFileSync(file, 'utf8').matchAll(HREF)) {
      const href = decodeHtml(match[1] ?? '');
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
      if (fragment && targetFile.endsWith('.html') && !idsOf(targetFile).has(fragment)) {
        broken.push({ page, href, reason: `no element with id "${fragment}"` });
      }
    }
  }
  return broken;
}
