/**
 * Serves a built site as a static host (Netlify, Cloudflare Pages) would, so `npm start`, the tests and the
 * benchmarks see what a host serves: a page's address without its trailing slash redirected to it, `404.html`
 * (status 404) for anything missing, an optional base path, and the build's `_headers` applied.
 * Usage: node tools/serve.ts [--dir dist] [--port 4321] [--base /]
 */
import { createServer } from 'node:http';
import { once } from 'node:events';
import { existsSync, readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { parseArgs } from 'node:util';
import sirv from 'sirv';
import { basePath } from '../src/site.config.ts';

/** The rules of a `_headers` file: a path pattern, then its indented `Name: value` lines; `#` starts a comment. */
function headerRules(dir: string) {
  const file = path.join(dir, '_headers');
  const rules: { pattern: RegExp; headers: [string, string][] }[] = [];
  for (const line of existsSync(file) ? readFileSync(file, 'utf8').split('\n') : []) {
    const text = line.trim();
    if (!text || text.startsWith('#')) continue;
    const [name = '', value = ''] = text.split(/:(.*)/);
    if (/^\s/.test(line)) rules.at(-1)?.headers.push([name.trim(), value.trim()]);
    else rules.push({ pattern: new RegExp(`^${RegExp.escape(text).replaceAll('\\*', '.*')}$`), headers: [] });
  }
  return rules;
}

/** Starts the server (on a free port unless one is given); resolves with the site's root URL and a way to stop it. */
export async function serveSite({
  dir,
  base = '/',
  port = 0,
}: {
  dir: string;
  base?: string;
  port?: number;
}) {
  const root = path.resolve(dir);
  const mount = basePath({ BASE_PATH: base });
  const rules = headerRules(root);
  const files = sirv(root, { etag: true });
  const notFoundPage = path.join(root, '404.html');
  const server = createServer((req, res) => {
    const { pathname, search } = new URL(req.url ?? '/', 'http://localhost');
    const sitePath = pathname.slice(mount.length);
    const folder =
      pathname.startsWith(mount) &&
      !pathname.endsWith('/') &&
      existsSync(path.join(root, sitePath, 'index.html'));
    if (`${pathname}/` === mount || folder || (pathname === '/' && mount !== '/')) {
      res.writeHead(301, { Location: `${pathname === '/' ? mount : `${pathname}/`}${search}` }).end();
      return;
    }
    for (const rule of rules) {
      if (rule.pattern.test(pathname)) for (const [name, value] of rule.headers) res.setHeader(name, value);
    }
    const notFound = () =>
      void res
        .writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' })
        .end(existsSync(notFoundPage) ? readFileSync(notFoundPage) : 'Not found');
    if (!pathname.startsWith(mount)) return notFound();
    req.url = `/${sitePath}${search}`;
    files(req, res, notFound);
  });
  server.listen(port);
  await once(server, 'listening');
  return {
    url: `http://localhost:${(server.address() as AddressInfo).port}${mount}`,
    /** Stops listening and ends open connections, so no browser keeps being served over one. */
    close: () => {
      server.close();
      server.closeAllConnections();
    },
  };
}

if (import.meta.main) {
  const { values } = parseArgs({
    options: {
      dir: { type: 'string', default: 'dist' },
      port: { type: 'string', default: '4321' },
      base: { type: 'string' },
    },
  });
  const { dir, port, base = basePath() } = values;
  const { url } = await serveSite({ dir, base, port: Number(port) });
  console.log(`Serving ${path.resolve(dir)} on ${url}`);
}
