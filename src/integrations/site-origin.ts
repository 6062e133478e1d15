/**
 * A build stops when nothing says where the site is published, instead of writing `localhost` into
 * every canonical link, the sitemap and the open data. The dev server needs no origin.
 */
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { LOCAL_ORIGIN, siteOrigin } from '../site.config.ts';

export default function siteOriginRequired(
  env: Record<string, string | undefined> = process.env,
): AstroIntegration {
  return {
    name: 'fact-sheet:site-origin',
    hooks: {
      'astro:config:setup': ({ command }) => {
        if (command !== 'build' || siteOrigin(env)) return;
        throw new AstroError(
          'No public address for this build: canonical and hreflang links, Open Graph, the sitemap and the open data need the origin the site is published at.',
          `Set SITE_URL, e.g. \`SITE_URL=https://factsheet.example.org npm run build\`. Netlify sets URL itself; on Cloudflare Pages add SITE_URL to the project's environment variables (CF_PAGES_URL names each deployment's preview host). For a local build, \`npm run build:local\` and \`npm start\` use ${LOCAL_ORIGIN}.`,
        );
      },
    },
  };
}
