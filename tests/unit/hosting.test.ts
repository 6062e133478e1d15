import { describe, expect, it } from 'vitest';
import hosting from '../../src/integrations/hosting.ts';
import { siteOrigin } from '../../src/site.config.ts';

/** Runs the integration's config hook for a command, with an environment. */
function setUp(command: 'build' | 'dev', env: Record<string, string | undefined>) {
  const hook = hosting(env).hooks['astro:config:setup'] as (options: { command: string }) => void;
  return () => hook({ command });
}

describe('siteOrigin', () => {
  it('takes SITE_URL, then Netlify’s production URL, and never Cloudflare’s per-deployment preview host', () => {
    expect(siteOrigin({ SITE_URL: 'https://a.example', URL: 'https://b.example' })).toBe('https://a.example');
    expect(siteOrigin({ URL: 'https://b.example' })).toBe('https://b.example');
    expect(siteOrigin({ CF_PAGES: '1', CF_PAGES_URL: 'https://3f2a1b.factsheet.pages.dev' })).toBeUndefined();
  });
});

describe('a build with no configured origin', () => {
  it('stops with a message that says how to set it, on Cloudflare Pages too', () => {
    const build = setUp('build', { CF_PAGES: '1', CF_PAGES_URL: 'https://3f2a1b.factsheet.pages.dev' });
    const error = (() => {
      try {
        build();
      } catch (caught) {
        return caught as { message: string; hint: string };
      }
      return undefined;
    })();
    expect(error?.message).toMatch(/^No public address for this build/);
    expect(error?.hint).toMatch(/^Set SITE_URL, e\.g\. `SITE_URL=https:\/\/.+ npm run build`/);
    expect(error?.hint).toContain('on Cloudflare Pages add SITE_URL');
  });

  it('goes ahead with SITE_URL set, and the dev server needs none', () => {
    expect(setUp('build', { SITE_URL: 'https://factsheet.example.org' })).not.toThrow();
    expect(setUp('dev', {})).not.toThrow();
  });
});
