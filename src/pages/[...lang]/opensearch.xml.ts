/** An OpenSearch description per language, so browsers can add the site's search; its URLs must be absolute. */
import type { APIRoute } from 'astro';
import { encodeXML } from 'entities';
import { langPaths, pageUrl } from '@/lib/page-urls';

export const getStaticPaths = langPaths;

export const GET: APIRoute = ({ locals: { lang, t } }) => {
  const searchUrl = pageUrl(lang, 'search');
  return new Response(
    `<?xml version="1.0" encoding="UTF-8"?>
<OpenSearchDescription xmlns="http://a9.com/-/spec/opensearch/1.1/" xmlns:moz="http://www.mozilla.org/2006/browser/search/">
  <ShortName>${encodeXML(t.siteShortName)}</ShortName>
  <Description>${encodeXML(t.searchLabel)}</Description>
  <InputEncoding>UTF-8</InputEncoding>
  <Language>${lang}</Language>
  <Url type="text/html" method="get" template="${encodeXML(searchUrl)}?q={searchTerms}"/>
  <moz:SearchForm>${encodeXML(searchUrl)}</moz:SearchForm>
  <Url type="application/opensearchdescription+xml" rel="self" template="${encodeXML(new URL('opensearch.xml', pageUrl(lang)).href)}"/>
</OpenSearchDescription>
`,
    { headers: { 'Content-Type': 'application/opensearchdescription+xml; charset=utf-8' } },
  );
};
