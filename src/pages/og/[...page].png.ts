/** One Open Graph image per page and language: `/og/<lang>/<slug or index>.png`, drawn from the site model. */
import { fileURLToPath } from 'node:url';
import type { APIRoute, GetStaticPaths } from 'astro';
import { cacheDir } from 'astro:config/server';
import { pagePaths } from '@/lib/collections';
import { cachedOgImage, type OgCard } from '@/lib/og-image';
import { ogImageRoute, pageUrl } from '@/lib/page-urls';
import { useTranslations } from '@/i18n';

export const getStaticPaths = (() =>
  pagePaths((page, lang) => {
    const common = { site: useTranslations(lang).siteName, lang };
    const props: OgCard =
      page.card.kind === 'quote'
        ? { ...page.card, ...common, address: pageUrl(lang, page.slug) }
        : { ...page.card, ...common };
    return [{ params: { page: ogImageRoute(lang, page.slug) }, props }];
  })) satisfies GetStaticPaths;

/** Where cards rendered by earlier builds are kept: in the project's Astro cache. */
export const OG_CACHE = fileURLToPath(new URL('og-images/', cacheDir));

export const GET: APIRoute<OgCard> = async ({ props }) =>
  new Response(new Uint8Array(await cachedOgImage(props, OG_CACHE)), {
    headers: { 'Content-Type': 'image/png' },
  });
