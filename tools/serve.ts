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

/** The rules of a `_headers` file (a path pattern, then indented `Name: value` lines); none without one. */
function headerRules(dir: string): { pattern: RegExp; headers: [string, string][] }[] {
  const file = path.join(dir, '_headers');
  const rules: ReturnType<typeof headerRules> = [];
  for (const line of existsSync(file) ? readFileSync(file, 'utf8').split('\n') : []) {
    if (!line.trim() || line.startsWith('#')) continue;
    if (/^\s/.test(line)) {
      const [name = '', ...value] = line.trim().split(':');
      rules.at(-1)?.headers.push([name, value.join(':').trim()]);
    } else {
      rules.push({
        pattern: new RegExp(`^${RegExp.escape(line.trim()).replaceAll('\\*', '.*')}$`),
        headers: [],
      });
    }
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
    const notFound = () => {
      res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' });
      res.end(
        existsSync(path.join(root, '404.html')) ? readFileSync(path.join(root, '404.html')) : 'Not found',
      );
    };
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
