/** One Open Graph image per page and language: `/og/<lang>/<slug or index>.png`. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSource, getThemes, themeSlug } from '@/lib/collections';
import { renderOgImage, type OgCard } from '@/lib/og-image';
import { LANGS, useTranslations } from '@/i18n';

export const getStaticPaths = (async () => {
  const source = await getSource();
  const paths = [];
  for (const lang of LANGS) {
    const t = useTranslations(lang);
    const card = (slug: string, kicker: string, title: string) => ({
      params: { page: `${lang}/${slug || 'index'}` },
      props: { kicker, title, site: t.siteName, lang } satisfies OgCard,
    });
    paths.push(card('', `${t.interviewAt} · ${source.publication[lang]}`, t.siteName));
    for (const theme of await getThemes(lang))
      paths.push(card(themeSlug(theme), t.themeNavHeading, theme.data.title));
    for (const [slug, title] of [
      ['people', t.people],
      ['timeline', t.timeline],
      ['glossary', t.glossary],
      ['source', t.source],
      ['search', t.search],
    ] as const) {
      paths.push(card(slug, t.siteShortName, title));
    }
  }
  return paths;
}) satisfies GetStaticPaths;

export const GET: APIRoute<OgCard> = async ({ props }) =>
  new Response(new Uint8Array(await renderOgImage(props)), { headers: { 'Content-Type': 'image/png' } });
