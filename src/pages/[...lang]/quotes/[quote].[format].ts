/** A quote's citation files, per language: `/quotes/<id>.bib`, `.ris` and `.json` (CSL-JSON). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { CITATION_FILES, quoteCitation, type CitationFile } from '@/lib/citation';
import { getSiteModel } from '@/lib/collections';
import { langParam, pageUrl } from '@/lib/page-urls';
import { LANGS, type Lang } from '@/site.config';

export const getStaticPaths = (async () => {
  const model = await getSiteModel();
  return LANGS.flatMap((lang) =>
    model.quotes.flatMap((quote) =>
      (Object.keys(CITATION_FILES) as CitationFile[]).map((format) => ({
        params: { lang: langParam(lang), quote: quote.id, format },
        props: { lang, id: quote.id, format },
      })),
    ),
  );
}) satisfies GetStaticPaths;

type Props = { lang: Lang; id: string; format: CitationFile };

export const GET: APIRoute<Props> = async ({ props }) => {
  const model = await getSiteModel();
  const quote = model.quote(props.id);
  const file = CITATION_FILES[props.format];
  const citation = quoteCitation(quote, model, props.lang, pageUrl(props.lang, quote.pageSlug));
  return new Response(file.write(citation), { headers: { 'Content-Type': file.type } });
};
