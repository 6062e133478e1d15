/** Fails the build when a built page links to a page or `#fragment` of this site that does not exist. */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { findBrokenLinks } from './find-broken-links.ts';

export default function checkLinksIntegration(): AstroIntegration {
  let base = '/';
  return {
    name: 'fact-sheet:check-links',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base; // from basePath(): always ends in a slash
      },
      'astro:build:done': ({ dir, logger }) => {
        const broken = findBrokenLinks(fileURLToPath(dir), base);
        if (broken.length > 0) {
          throw new AstroError(
            `Found ${broken.length} broken internal link(s):\n${broken.map((b) => `  - ${b.page}: ${b.href} (${b.reason})`).join('\n')}`,
            'Fix the link or create the page or anchor it points to.',
          );
        }
        logger.info('All internal links and fragments resolve.');
      },
    },
  };
}
