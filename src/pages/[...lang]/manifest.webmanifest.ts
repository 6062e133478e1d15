/** A web app manifest per language; both share the site's scope, where the service worker keeps both languages. */
import type { APIRoute } from 'astro';
import { assetPath } from '@/lib/asset-path';
import { langPaths, pagePath } from '@/lib/page-urls';
import { ICON_SIZES } from '@/lib/app-icon';
import { LOCALES } from '@/site.config';

export const getStaticPaths = langPaths;

export const GET: APIRoute = ({ locals: { lang, t } }) => {
  const manifest = {
    id: pagePath(lang),
    name: t.siteName,
    short_name: t.siteShortName,
    description: t.footerNote,
    lang,
    dir: LOCALES[lang].dir,
    start_url: pagePath(lang),
    scope: assetPath(''),
    display: 'standalone',
    // The light scheme's page and accent colours (src/styles/global.css, the favicon).
    background_color: '#ffffff',
    theme_color: '#b3262d',
    icons: [
      { src: assetPath('favicon.svg'), sizes: 'any', type: 'image/svg+xml' },
      ...ICON_SIZES.map((size) => ({
        src: assetPath(`icons/${size}.png`),
        sizes: `${size}x${size}`,
        type: 'image/png',
      })),
    ],
  };
  return new Response(JSON.stringify(manifest, null, 2), {
    headers: { 'Content-Type': 'application/manifest+json' },
  });
};
