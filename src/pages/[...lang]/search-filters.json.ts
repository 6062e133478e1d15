/**
 * The search filters' controls as JSON (`/search-filters.json`, `/ko/search-filters.json`): fetched by the
 * header's search dialog when it opens, so plain pages do not carry them.
 */
import type { APIRoute } from 'astro';
import { filterGroups } from '@/lib/search-filters';
import { langPaths } from '@/lib/page-urls';
import type { Lang } from '@/site.config';

export const getStaticPaths = langPaths;

export const GET: APIRoute<{ lang: Lang }> = async ({ props }) =>
  Response.json(await filterGroups(props.lang));
