/**
 * OpenSearch descriptions (`/opensearch.xml`, `/ko/opensearch.xml`), one per language, so browsers can add the site's
 * search as a search engine. The URL template must be absolute, so it uses the configured `site`.
 */
import type { APIRoute } from 'astro';
import { langPaths, pagePath, useTranslations, type Lang } from '@/i18n';

const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function openSearchXml(lang: Lang, site: URL): string {
  const t = useTranslations(lang);
  const searchUrl = new URL(pagePath(lang, 'search'), site);
  const home = new URL(pagePath(lang), site);
  return `<?xml version="1.0" encoding="UTF-8"?>
<OpenSearchDescription xmlns="http://a9.com/-/spec/opensearch/1.1/" xmlns:moz="http://www.mozilla.org/2006/browser/search/">
  <ShortName>${escapeXml(t.siteShortName)}</ShortName>
  <Description>${escapeXml(t.searchLabel)}</Description>
  <InputEncoding>UTF-8</InputEncoding>
  <Language>${lang}</Language>
  <Url type="text/html" method="get" template="${escapeXml(searchUrl.href)}?q={searchTerms}"/>
  <moz:SearchForm>${escapeXml(searchUrl.href)}</moz:SearchForm>
  <Url type="application/opensearchdescription+xml" rel="self" template="${escapeXml(new URL('opensearch.xml', home).href)}"/>
</OpenSearchDescription>
`;
}

export const getStaticPaths = langPaths;

export const GET: APIRoute<{ lang: Lang }> = ({ props, site }) =>
  new Response(openSearchXml(props.lang, site ?? new URL('http://localhost:4321/')), {
    headers: { 'Content-Type': 'application/opensearchdescription+xml; charset=utf-8' },
  });
