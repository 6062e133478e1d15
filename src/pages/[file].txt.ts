/** `robots.txt`, read only at a host's root: under a base path the host's own lists the sitemap (README, "Hosting"). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { assetPath } from '@/lib/asset-path';
import { assetUrl } from '@/lib/page-urls';

export const getStaticPaths = (() =>
  assetPath('') === '/' ? [{ params: { file: 'robots' } }] : []) satisfies GetStaticPaths;

export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${assetUrl('sitemap-index.xml', site)}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
