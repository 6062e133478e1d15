/**
 * `robots.txt`, pointing crawlers at the sitemap. Crawlers read it only at the host root, so under a base
 * path it is not built: the host's own must list the sitemap (see the README, "Hosting").
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
