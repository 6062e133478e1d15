/** A quote's citation files, per language: `/quotes/<id>.bib`, `.ris` and `.json` (CSL-JSON). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { CITATION_FILES, quoteCitation, type CitationFile } from '@/lib/citation';
import { pagePaths } from '@/lib/collections';
import { langParam, pageUrl } from '@/lib/page-urls';

export const getStaticPaths = (() =>
  pagePaths((page, lang) =>
    (Object.keys(CITATION_FILES) as CitationFile[]).flatMap((format) =>
      page.quote
        ? [{ params: { lang: langParam(lang), quote: page.quote.id, format }, props: { format } }]
        : [],
    ),
  )) satisfies GetStaticPaths;

export const GET: APIRoute<{ format: CitationFile }> = ({ props, params, locals }) => {
  const { model, lang } = locals;
  const quote = model.quote(params.quote ?? '');
  const file = CITATION_FILES[props.format];
  const citation = quoteCitation(quote, model, lang, pageUrl(lang, quote.pageSlug));
  return new Response(file.write(citation), { headers: { 'Content-Type': file.type } });
};
