/**
 * Serves a built site as a plain static file host would: files only, `404.html` (with status 404) for
 * anything missing, the site mounted under an optional base path, and the headers of `_headers` (the
 * Netlify/Cloudflare file) applied, so local runs send what those hosts send. Used by `npm start`, the
 * tests and the benchmarks, so they exercise exactly what a CDN would serve.
 *
 * Usage: node tools/serve.ts [--dir dist] [--port 4321] [--base /]
 */
import { createServer, type ServerResponse } from 'node:http';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { parseArgs } from 'node:util';
import sirv from 'sirv';
import { basePath } from '../src/site.config.ts';

type HeaderRule = { pattern: RegExp; headers: [string, string][] };

/** Header rules from a `_headers` file; none when the build has no such file. */
function readHeaderRules(dir: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  let text: string;
  try {
    text = readFileSync(path.join(dir, '_headers'), 'utf8');
  } catch {
    return rules;
  }
  let current: HeaderRule | undefined;
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const escaped = line
        .trim()
        .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
        .replace(/\*/g, '.*');
      current = { pattern: new RegExp(`^${escaped}$`), headers: [] };
      rules.push(current);
    } else if (current) {
      const [name, ...value] = line.trim().split(':');
      if (name) current.headers.push([name.trim(), value.join(':').trim()]);
    }
  }
  return rules;
}

export interface ServeOptions {
  /** The build output folder. */
  dir: string;
  /** Base path the site was built with ('/' or e.g. '/factsheet/'). */
  base?: string;
  /** Port to listen on; 0 (the default) lets the system pick a free one. */
  port?: number;
}

/** Starts the server; resolves once it listens, with the site's root URL and a way to stop it. */
export async function serveSite({ dir, base = '/', port = 0 }: ServeOptions) {
  const root = path.resolve(dir);
  const mount = basePath({ BASE_PATH: base });
  const headerRules = readHeaderRules(root);
  const files = sirv(root, { dev: false, etag: true, dotfiles: false });
  const notFound = async (res: ServerResponse) => {
    res.statusCode = 404;
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.end(await readFile(path.join(root, '404.html')).catch(() => 'Not found'));
  };
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (!url.pathname.startsWith(mount)) {
      if (url.pathname === '/' && mount !== '/') {
        res.writeHead(302, { Location: mount }).end();
        return;
      }
      void notFound(res);
      return;
    }
    req.url = `/${url.pathname.slice(mount.length)}${url.search}`;
    const sitePath = new URL(req.url, 'http://localhost').pathname;
    for (const rule of headerRules) {
      if (rule.pattern.test(sitePath)) for (const [name, value] of rule.headers) res.setHeader(name, value);
    }
    files(req, res, () => void notFound(res));
  });
  server.listen(port);
  await once(server, 'listening');
  const { port: actual } = server.address() as AddressInfo;
  return {
    url: `http://localhost:${actual}${mount}`,
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
