/** The search filters and the panel's words about results, fetched when the search dialog opens, not on pages. */
import type { APIRoute } from 'astro';
import { filterGroups, panelMessages } from '@/search/build/filters';
import type { SearchControls } from '@/search/shared/index-format';
import { langPaths } from '@/lib/page-urls';

export const getStaticPaths = langPaths;

export const GET: APIRoute = ({ locals }) =>
  Response.json({
    groups: filterGroups(locals.model, locals.lang),
    messages: panelMessages(locals.t),
  } satisfies SearchControls);
