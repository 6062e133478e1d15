/**
 * Serves a built site as a plain static file host would: files only, `404.html` (with status 404) for
 * anything missing, and the site mounted under an optional base path. Used by `npm start` and the e2e
 * tests, so they exercise exactly what a CDN would serve.
 *
 * Usage: node tools/serve.ts [--dir dist] [--port 4321] [--base /]
 */
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import sirv from 'sirv';
import { basePath } from '../src/site.config.ts';

const { values } = parseArgs({
  options: {
    dir: { type: 'string', default: 'dist' },
    port: { type: 'string', default: '4321' },
    base: { type: 'string' },
  },
});
const dir = path.resolve(values.dir);
const base = basePath(values.base === undefined ? process.env : { BASE_PATH: values.base });
/** Header rules from `_headers` (Netlify/Cloudflare syntax), so local runs send what those hosts send. */
const headerRules: { pattern: RegExp; headers: [string, string][] }[] = [];
try {
  let current: (typeof headerRules)[number] | undefined;
  for (const line of readFileSync(path.join(dir, '_headers'), 'utf8').split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const escaped = line
        .trim()
        .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
        .replace(/\*/g, '.*');
      current = { pattern: new RegExp(`^${escaped}$`), headers: [] };
      headerRules.push(current);
    } else if (current) {
      const [name, ...value] = line.trim().split(':');
      if (name) current.headers.push([name.trim(), value.join(':').trim()]);
    }
  }
} catch {
  // No _headers file: serve without extra headers.
}

const files = sirv(dir, { dev: false, etag: true, dotfiles: false });

async function notFound(res: import('node:http').ServerResponse) {
  res.statusCode = 404;
  res.setHeader('Content-Type', 'text/html; charset=utf-8');
  res.end(await readFile(path.join(dir, '404.html')).catch(() => 'Not found'));
}

const server = createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  if (!url.pathname.startsWith(base)) {
    if (url.pathname === '/' && base !== '/') {
      res.writeHead(302, { Location: base }).end();
      return;
    }
    void notFound(res);
    return;
  }
  req.url = `/${url.pathname.slice(base.length)}${url.search}`;
  const sitePath = new URL(req.url, 'http://localhost').pathname;
  for (const rule of headerRules) {
    if (rule.pattern.test(sitePath)) for (const [name, value] of rule.headers) res.setHeader(name, value);
  }
  files(req, res, () => void notFound(res));
});

server.listen(Number(values.port), () => {
  console.log(`Serving ${dir} on http://localhost:${values.port}${base}`);
});
