/**
 * `/llms.txt` and `/llms-full.txt` in each language (llmstxt.org): the site summarised for AI assistants,
 * and every fact and quote with who said it, its paragraph and its permalink, then the corrections, from
 * the site model (see `src/lib/llms-txt.ts`). No page links or loads them.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { LLMS_FILES, llmsFull, llmsIndex } from '@/lib/llms-txt';
import { langParam, pageUrl } from '@/lib/page-urls';
import { LANGS } from '@/site.config';

const WRITERS = { index: llmsIndex, full: llmsFull };

export const getStaticPaths = (() =>
  LANGS.flatMap((lang) =>
    (Object.keys(LLMS_FILES) as (keyof typeof LLMS_FILES)[]).map((file) => ({
      params: { lang: langParam(lang), llms: LLMS_FILES[file].replace(/\.txt$/, '') },
      props: { file },
    })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute<{ file: keyof typeof LLMS_FILES }> = ({ props, locals }) =>
  new Response(
    WRITERS[props.file](locals.model, locals.lang, (href) => new URL(href, pageUrl(locals.lang)).href),
    { headers: { 'Content-Type': 'text/markdown; charset=utf-8' } },
  );
