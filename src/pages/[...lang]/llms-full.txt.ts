/**
 * `/llms-full.txt` and `/ko/llms-full.txt` (llmstxt.org): every fact and quote with who said it, its
 * paragraph citation and its permalink, then the corrections, from the site model (see
 * `src/lib/llms-txt.ts`). No page links or loads it.
 */
import type { APIRoute } from 'astro';
import { getSiteModel } from '@/lib/collections';
import { llmsFull } from '@/lib/llms-txt';
import { langPaths, pageUrl } from '@/lib/page-urls';
import type { Lang } from '@/site.config';

export const getStaticPaths = langPaths;

export const GET: APIRoute<{ lang: Lang }> = async ({ props }) =>
  new Response(
    llmsFull(await getSiteModel(), props.lang, (href) => new URL(href, pageUrl(props.lang)).href),
    {
      headers: { 'Content-Type': 'text/markdown; charset=utf-8' },
    },
  );
