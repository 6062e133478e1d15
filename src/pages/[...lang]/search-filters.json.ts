/**
 * The search filters' controls and the panel's words about results as JSON (`/search-filters.json`,
 * `/ko/search-filters.json`): fetched by the header's search dialog when it opens, so plain pages do not
 * carry them.
 */
import type { APIRoute } from 'astro';
import { useTranslations } from '@/i18n';
import { filterGroups, panelMessages } from '@/search/build/filters';
import type { SearchControls } from '@/search/shared/index-format';
import { langPaths } from '@/lib/page-urls';
import type { Lang } from '@/site.config';

export const getStaticPaths = langPaths;

export const GET: APIRoute<{ lang: Lang }> = async ({ props }) =>
  Response.json({
    groups: await filterGroups(props.lang),
    messages: panelMessages(useTranslations(props.lang)),
  } satisfies SearchControls);
