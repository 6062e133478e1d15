/** What the host needs. A build without a public origin stops rather than write `localhost` into canonical links,
 * the sitemap and open data; `_headers` and `_redirects` (Netlify, Cloudflare Pages) get the base path. */
import { writeFileSync } from 'node:fs';
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { LOCAL_ORIGIN, siteOrigin } from '../site.config.ts';

/** `_headers`: each page carries its full CSP (with its hashes) in a `<meta>` tag; this adds what a meta tag
 * cannot express. Both policies are enforced, so this one must not restrict script-src or style-src. */
const headers = (base: string) => `${base}*
  Content-Security-Policy: frame-ancestors 'none'; object-src 'none'; base-uri 'self'; form-action 'self'
  Strict-Transport-Security: max-age=63072000; includeSubDomains
  X-Content-Type-Options: nosniff
  X-Frame-Options: DENY
  Referrer-Policy: strict-origin-when-cross-origin
  Permissions-Policy: accelerometer=(), camera=(), geolocation=(), gyroscope=(), microphone=(), payment=(), usb=()
  Cross-Origin-Opener-Policy: same-origin

# Content-hashed build assets never change.
${base}_astro/*
  Cache-Control: public, max-age=31536000, immutable

# Pagefind's entry file keeps its name between builds.
${base}pagefind/*
  Cache-Control: public, max-age=0, must-revalidate
`;

/** `_redirects`: English lives at the base path; guessed `/en/` addresses go there. */
const redirects = (base: string) => `${base}en/*  ${base}:splat  301
${base}en    ${base}        301
`;

export default function hosting(env: Record<string, string | undefined> = process.env): AstroIntegration {
  let base = '/';
  return {
    name: 'fact-sheet:hosting',
    hooks: {
      'astro:config:setup': ({ command }) => {
        if (command !== 'build' || siteOrigin(env)) return;
        throw new AstroError(
          'No public address for this build: canonical and hreflang links, Open Graph, the sitemap and the open data need the origin the site is published at.',
          `Set SITE_URL, e.g. \`SITE_URL=https://factsheet.example.org npm run build\`. Netlify sets URL itself; on Cloudflare Pages add SITE_URL to the project's environment variables (CF_PAGES_URL names each deployment's preview host). For a local build, \`npm run build:local\` and \`npm start\` use ${LOCAL_ORIGIN}.`,
        );
      },
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': ({ dir }) => {
        writeFileSync(new URL('_headers', dir), headers(base));
        writeFileSync(new URL('_redirects', dir), redirects(base));
      },
    },
  };
}
