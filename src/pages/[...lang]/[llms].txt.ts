/** `/llms.txt` and `/llms-full.txt` in each language (llmstxt.org). No page links or loads them. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { LLMS_FILES, llmsFull, llmsIndex } from '@/lib/llms-txt';
import { langParam, pageUrl } from '@/lib/page-urls';
import { LANGS } from '@/site.config';

export const getStaticPaths = (() =>
  LANGS.flatMap((lang) =>
    Object.values(LLMS_FILES).map((file) => ({
      params: { lang: langParam(lang), llms: file.replace(/\.txt$/, '') },
    })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, locals: { model, lang } }) => {
  const write = `${params.llms}.txt` === LLMS_FILES.full ? llmsFull : llmsIndex;
  return new Response(
    write(model, lang, (href) => new URL(href, pageUrl(lang)).href),
    { headers: { 'Content-Type': 'text/markdown; charset=utf-8' } },
  );
};
