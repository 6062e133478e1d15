/**
 * Serves a built site as a plain static file host would: files only, `404.html` (with status 404) for
 * anything missing, and the site mounted under an optional base path. Used by `npm start` and the e2e
 * tests, so they exercise exactly what a CDN would serve.
 *
 * Usage: node scripts/serve.ts [--dir dist] [--port 4321] [--base /]
 */
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import sirv from 'sirv';

const { values } = parseArgs({
  options: {
    dir: { type: 'string', default: 'dist' },
    port: { type: 'string', default: '4321' },
    base: { type: 'string', default: process.env.BASE_PATH ?? '/' },
  },
});
const dir = path.resolve(values.dir);
const base = `/${values.base.replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
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
  files(req, res, () => void notFound(res));
});

server.listen(Number(values.port), () => {
  console.log(`Serving ${dir} on http://localhost:${values.port}${base}`);
});
