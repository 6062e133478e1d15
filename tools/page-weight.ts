/**
 * First-visit weight of each built page, gzip: the HTML, its render-blocking CSS, its module scripts and their
 * static imports, its icon and its images (a script loads the quote card's preview only near the viewport).
 * Shared by the budget test, the browser test that checks this list against a real visit, and `npm run bench`.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { elements, htmlFiles, pagePathOf } from '../src/lib/built-html.ts';

/** The first-visit budget per page, in gzip bytes: the first TCP round trip (an initial congestion window of
 * 10 segments of 1,460 bytes). 14.6 KB, with KB meaning 1,000 bytes here and in the output. */
export const PAGE_BUDGET = 10 * 1460;

const gz = (bytes: Buffer | string) => gzipSync(bytes, { level: 9 }).length;

function scriptClosure(file: string, seen: Set<string>): void {
  if (seen.has(file)) return;
  seen.add(file);
  const code = readFileSync(file, 'utf8');
  // Static imports only: dynamic import() chunks load on demand, not before interaction.
  for (const match of code.matchAll(/(?:^|[;\s}])import\s*(?:[\w${}\s,*]+from\s*)?["']([^"']+)["']/g)) {
    const spec = match[1];
    if (spec?.startsWith('.')) scriptClosure(path.resolve(path.dirname(file), spec), seen);
  }
}

export function pageWeights(dist = 'dist', base = '/') {
  const addressOf = (file: string) => path.relative(dist, file).split(path.sep).join('/');
  const local = (url: string | undefined) =>
    url?.startsWith(base) ? [path.join(dist, url.slice(base.length))] : [];
  const sum = (files: string[]) => files.reduce((total, file) => total + gz(readFileSync(file)), 0);
  return htmlFiles(dist).map((file) => {
    const text = readFileSync(file, 'utf8');
    // What <noscript> holds is not fetched where scripts run, nor a <template>'s content until used.
    const tags = elements(text.replace(/<(noscript|template)\b[\s\S]*?<\/\1>/g, ''));
    const sources = (name: string, attribute: string, rel?: string) =>
      tags
        .filter((el) => el.name === name && (rel === undefined || el.attributes.rel === rel))
        .flatMap((el) => local(el.attributes[attribute]));
    const cssFiles = sources('link', 'href', 'stylesheet');
    const scripts = new Set<string>();
    for (const el of tags.filter((t) => t.name === 'script' && t.attributes.type === 'module')) {
      for (const script of local(el.attributes.src)) scriptClosure(script, scripts);
    }
    const imageFiles = [...sources('link', 'href', 'icon'), ...sources('img', 'src')];
    const page = pagePathOf(dist, file);
    const [html, css, js, images] = [gz(text), sum(cssFiles), sum([...scripts]), sum(imageFiles)];
    // Every file the visit fetches, as an address relative to the site root (the page itself first).
    const files = [page.slice(1), ...[...cssFiles, ...scripts, ...imageFiles].map(addressOf)];
    return { page, html, css, js, images, total: html + css + js + images, files };
  });
}

if (import.meta.main) {
  const col = (n: number | string) => String(n).padStart(7);
  console.log('page'.padEnd(32), ['html', 'css', 'js', 'images', 'total'].map(col).join(''), ' (gzip bytes)');
  const weights = pageWeights();
  for (const w of weights) {
    const over = w.total > PAGE_BUDGET ? `  over by ${w.total - PAGE_BUDGET}` : '';
    console.log(w.page.padEnd(32), [w.html, w.css, w.js, w.images, w.total].map(col).join(''), over);
  }
  const over = weights.filter((w) => w.total > PAGE_BUDGET).length;
  console.log(
    `Budget ${PAGE_BUDGET} bytes (${PAGE_BUDGET / 1000} KB): ${over} of ${weights.length} pages over. ` +
      'Counted: every file a fresh visit fetches without interaction; no service worker is registered.',
  );
}
