/**
 * `/llms.txt` and `/ko/llms.txt` (llmstxt.org): the site summarised for AI assistants, from the site
 * model (see `src/lib/llms-txt.ts`). No page links or loads it.
 */
import type { APIRoute } from 'astro';
import { getSiteModel } from '@/lib/collections';
import { llmsIndex } from '@/lib/llms-txt';
import { langPaths, pageUrl } from '@/lib/page-urls';
import type { Lang } from '@/site.config';

export const getStaticPaths = langPaths;

export const GET: APIRoute<{ lang: Lang }> = async ({ props }) =>
  new Response(
    llmsIndex(await getSiteModel(), props.lang, (href) => new URL(href, pageUrl(props.lang)).href),
    {
      headers: { 'Content-Type': 'text/markdown; charset=utf-8' },
    },
  );
