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

/**
 * The first-visit budget per page, in gzip bytes: what fits in the first TCP round trip (an initial
 * congestion window of 10 segments of 1,460 bytes), so a first visit needs no second round trip. 14.6 KB,
 * with KB meaning 1,000 bytes here and in the output.
 */
export const PAGE_BUDGET = 10 * 1460;

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
  const col = (n: number | string) => String(n).padStart(7);
  console.log('page'.padEnd(32), ['html', 'css', 'js', 'total'].map(col).join(''), ' (gzip bytes)');
  const weights = pageWeights();
  for (const w of weights) {
    const over = w.total > PAGE_BUDGET ? `  over by ${w.total - PAGE_BUDGET}` : '';
    console.log(w.page.padEnd(32), [w.html, w.css, w.js, w.total].map(col).join(''), over);
  }
  const over = weights.filter((w) => w.total > PAGE_BUDGET).length;
  console.log(
    `Budget ${PAGE_BUDGET} bytes (${PAGE_BUDGET / 1000} KB): ${over} of ${weights.length} pages over.`,
  );
}
