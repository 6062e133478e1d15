/**
 * First-visit weight of each built page: the HTML, the render-blocking CSS it links and the JavaScript
 * fetched before interaction (module scripts and their static imports), gzip-compressed. Shared by the
 * budget test and `npm run bench`.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { elements, htmlFiles, pagePathOf } from '../src/lib/built-html.ts';

export interface PageWeight {
  page: string;
  html: number;
  css: number;
  js: number;
  total: number;
}

/** The first-visit budget per page (gzip bytes), and the first TCP round trip theme pages aim for. */
export const PAGE_BUDGET = 24 * 1024;
const FIRST_ROUND_TRIP = 14 * 1024;

const gz = (bytes: Buffer | string) => gzipSync(bytes, { level: 9 }).length;

function localAsset(dist: string, base: string, url: string): string | undefined {
  if (!url.startsWith(base)) return undefined;
  return path.join(dist, url.slice(base.length));
}

function scriptClosure(dist: string, file: string, seen: Set<string>): void {
  if (seen.has(file)) return;
  seen.add(file);
  const code = readFileSync(file, 'utf8');
  // Static imports only: dynamic import() chunks load on demand, not before interaction.
  for (const match of code.matchAll(/(?:^|[;\s}])import\s*(?:[\w${}\s,*]+from\s*)?["']([^"']+)["']/g)) {
    const spec = match[1];
    if (spec?.startsWith('.')) scriptClosure(dist, path.resolve(path.dirname(file), spec), seen);
  }
}

export function pageWeights(dist = 'dist', base = '/'): PageWeight[] {
  return htmlFiles(dist).map((file) => {
    const html = readFileSync(file, 'utf8');
    const tags = elements(html);
    const asset = (url: string | undefined) => (url ? localAsset(dist, base, url) : undefined);
    const cssFiles = tags
      .filter((el) => el.name === 'link' && el.attributes.rel === 'stylesheet')
      .map((el) => asset(el.attributes.href))
      .filter((f): f is string => Boolean(f));
    const scripts = new Set<string>();
    for (const el of tags.filter((t) => t.name === 'script' && t.attributes.type === 'module')) {
      const file = asset(el.attributes.src);
      if (file) scriptClosure(dist, file, scripts);
    }
    const css = cssFiles.reduce((sum, f) => sum + gz(readFileSync(f)), 0);
    const js = [...scripts].reduce((sum, f) => sum + gz(readFileSync(f)), 0);
    const htmlBytes = gz(html);
    return { page: pagePathOf(dist, file), html: htmlBytes, css, js, total: htmlBytes + css + js };
  });
}

if (import.meta.main) {
  const kb = (n: number) => (n / 1024).toFixed(1).padStart(6);
  console.log('page'.padEnd(42), '  html    css     js  total (KB gzip)');
  for (const w of pageWeights()) {
    const flag =
      w.total > PAGE_BUDGET
        ? '  OVER BUDGET'
        : w.html + w.css <= FIRST_ROUND_TRIP
          ? '  (HTML+CSS in first 14 KB)'
          : '';
    console.log(w.page.padEnd(42), kb(w.html), kb(w.css), kb(w.js), kb(w.total), flag);
  }
}
