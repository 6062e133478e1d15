/**
 * Serves a built site as a static host (Netlify, Cloudflare Pages) would: files only, a page's address
 * without its trailing slash sent to the address with it, `404.html` (with status 404) for anything
 * missing, the site mounted under an optional base path, and the headers of the build's `_headers`
 * applied. Used by `npm start`, the tests and the benchmarks, so they see what a host serves.
 *
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

/** The rules of a `_headers` file: a path pattern, then indented `Name: value` lines. */
function headerRules(dir: string) {
  const file = path.join(dir, '_headers');
  const text = existsSync(file) ? readFileSync(file, 'utf8') : '';
  return [...text.matchAll(/^(\S+)\n((?:[ \t]+.+\n?)+)/gm)].map(([, pattern = '', lines = '']) => ({
    pattern: new RegExp(`^${RegExp.escape(pattern).replaceAll('\\*', '.*')}$`),
    headers: lines
      .trim()
      .split('\n')
      .map((line) => line.split(/:(.*)/).map((part) => part.trim()) as [string, string]),
  }));
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
    for (const rule of rules)
      if (rule.pattern.test(pathname)) for (const [name, value] of rule.headers) res.setHeader(name, value);
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
  const { url } = await serveSite({
    dir: values.dir,
    base: values.base ?? basePath(),
    port: Number(values.port),
  });
  console.log(`Serving ${path.resolve(values.dir)} on ${url}`);
}
