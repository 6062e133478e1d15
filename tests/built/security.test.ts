import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { ELEMENT_NODE, type Node } from 'ultrahtml';
import { querySelector, querySelectorAll } from 'ultrahtml/selector';
import { expect, it } from 'vitest';
import {
  attr,
  BASE_SITE,
  builtFile,
  builtPage,
  builtPages,
  rawTextOf,
  readPage,
  SITE,
} from '../support/builds.ts';
import { serveSite } from '../../tools/serve.ts';

/** The directives of a Content-Security-Policy, by name. */
function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name = '', ...values]) => [name, values]),
  );
}

it('every page carries a CSP that runs only its own scripts and its hashed inline ones', () => {
  const problems: string[] = [];
  for (const page of builtPages()) {
    const doc = readPage(page);
    const csp = directives(attr(doc, 'meta[http-equiv="content-security-policy"]', 'content') ?? '');
    const scripts = csp.get('script-src') ?? [];
    expect(scripts, `/${page.path}`).toEqual(expect.arrayContaining(["'self'", "'wasm-unsafe-eval'"]));
    expect(csp.get('worker-src'), `/${page.path}`).toEqual(["'self'"]);
    expect(csp.get('connect-src'), `/${page.path}`).toEqual(["'self'"]);
    for (const [name, values] of csp) {
      if (values.includes("'unsafe-inline'") || values.includes("'unsafe-eval'")) {
        problems.push(`/${page.path}: ${name} ${values.join(' ')}`);
      }
    }
    // Inline scripts that run (not JSON-LD data blocks) must be allowed by their hash, or the browser blocks them.
    for (const script of querySelectorAll(doc, 'script:not([src]):not([type="application/ld+json"])')) {
      const hash = `'sha256-${createHash('sha256').update(rawTextOf(script)).digest('base64')}'`;
      if (!scripts.includes(hash)) problems.push(`/${page.path}: inline script not in script-src`);
    }
  }
  expect(problems).toEqual([]);
});

it('every page states its CSP before anything else in its head, so it covers every script', () => {
  for (const page of builtPages()) {
    const head = querySelector(readPage(page), 'head');
    const elements = (head?.children ?? []).filter((node: Node) => node.type === ELEMENT_NODE);
    // The charset must come within the first 1,024 bytes; the policy next.
    expect(
      elements
        .slice(0, 2)
        .map((node: Node) => node.attributes['http-equiv'] ?? Object.keys(node.attributes)[0]),
      `/${page.path}`,
    ).toEqual(['charset', 'content-security-policy']);
  }
});

it.for([SITE, BASE_SITE])('$dir names its host rules under its base path', (build) => {
  // Rule lines only: not comments, not the indented headers of a rule.
  const rules = (file: string) =>
    readFileSync(builtFile(build, file), 'utf8')
      .split('\n')
      .filter((line) => line.trim() && !line.startsWith('#') && !/^\s/.test(line))
      .map((line) => line.trim().split(/\s+/));
  const paths = rules('_headers').map(([path]) => path);
  expect(paths).toContain(`${build.base}_astro/*`);
  expect(paths.filter((path) => !path?.startsWith(build.base))).toEqual([]);
  const redirects = rules('_redirects');
  expect(redirects.length).toBeGreaterThan(0);
  expect(
    redirects.flatMap(([from, to]) => [from, to]).filter((path) => !path?.startsWith(build.base)),
  ).toEqual([]);
});

it.for([SITE, BASE_SITE])(
  '$dir: the host sends the security headers a meta tag cannot, and caches only hashed assets for good',
  async (build) => {
    const server = await serveSite({ dir: build.dir, base: build.base });
    try {
      const page = await fetch(server.url);
      const headers = Object.fromEntries(page.headers);
      expect(directives(headers['content-security-policy'] ?? '').get('frame-ancestors')).toEqual(["'none'"]);
      expect(headers['x-content-type-options']).toBe('nosniff');
      expect(headers['strict-transport-security']).toMatch(/max-age=\d+/);
      expect(headers['referrer-policy']).toBeTruthy();
      expect(headers['permissions-policy']).toBeTruthy();
      expect(headers['cache-control'] ?? '').not.toContain('immutable');
      const stylesheet = attr(readPage(builtPage('', build)), 'link[rel="stylesheet"]', 'href') ?? '';
      const asset = await fetch(new URL(stylesheet, server.url));
      expect(asset.status).toBe(200);
      expect(asset.headers.get('cache-control')).toContain('immutable');
    } finally {
      server.close();
    }
  },
);
