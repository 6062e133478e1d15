/**
 * `robots.txt`, pointing crawlers at the sitemap. Crawlers only read it at the host root, so it is built
 * only when the site is served from the root; under a base path (e.g. a GitHub Pages project site) the
 * host's own robots.txt must list the sitemap instead (see the README, "Hosting").
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { assetPath } from '@/lib/asset-path';
import { assetUrl } from '@/lib/page-urls';

export const getStaticPaths = (() =>
  assetPath('') === '/' ? [{ params: { file: 'robots' } }] : []) satisfies GetStaticPaths;

export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${assetUrl('sitemap-index.xml', site)}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
