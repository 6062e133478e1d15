/** One Open Graph image per page and language: `/og/<lang>/<slug or index>.png`, drawn from the site model. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSiteModel } from '@/lib/collections';
import { cachedOgImage, type OgCard } from '@/lib/og-image';
import { ogImageRoute, pageUrl } from '@/lib/page-urls';
import { useTranslations } from '@/i18n';
import { LANGS } from '@/site.config';

export const getStaticPaths = (async () => {
  const model = await getSiteModel();
  return LANGS.flatMap((lang) =>
    model.pages(lang).map((page) => {
      const common = { site: useTranslations(lang).siteName, lang };
      const props: OgCard =
        page.card.kind === 'quote'
          ? { ...page.card, ...common, address: pageUrl(lang, page.slug) }
          : { ...page.card, ...common };
      return { params: { page: ogImageRoute(lang, page.slug) }, props };
    }),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute<OgCard> = async ({ props }) =>
  new Response(new Uint8Array(await cachedOgImage(props)), { headers: { 'Content-Type': 'image/png' } });
