/** One Open Graph image per page and language: `/og/<lang>/<slug or index>.png`. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSource, getThemes, themeSlug } from '@/lib/collections';
import { cachedOgImage, type OgCard } from '@/lib/og-image';
import { ogImageRoute } from '@/lib/page-urls';
import { useTranslations } from '@/i18n';
import { LANGS, SECTIONS } from '@/site.config';

export const getStaticPaths = (async () => {
  const source = await getSource();
  const paths = [];
  for (const lang of LANGS) {
    const t = useTranslations(lang);
    const card = (slug: string, kicker: string, title: string) => ({
      params: { page: ogImageRoute(lang, slug) },
      props: { kicker, title, site: t.siteName, lang } satisfies OgCard,
    });
    paths.push(card('', `${t.interviewAt} · ${source.publication[lang]}`, t.siteName));
    for (const theme of await getThemes(lang)) paths.push(card(themeSlug(theme), t.themes, theme.data.title));
    for (const section of SECTIONS) paths.push(card(section.slug, t.siteShortName, t[section.key]));
  }
  return paths;
}) satisfies GetStaticPaths;

export const GET: APIRoute<OgCard> = async ({ props }) =>
  new Response(new Uint8Array(await cachedOgImage(props)), { headers: { 'Content-Type': 'image/png' } });
