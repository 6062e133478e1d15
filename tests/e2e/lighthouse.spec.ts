import { expect, test } from '@playwright/test';
import { audit, launchForLighthouse, TEMPLATES } from '../../tools/lighthouse.ts';

const DEBUG_PORT = 9336;

// Lighthouse drives its own tab over the DevTools protocol, so this runs in one browser, serially.
test('Lighthouse: accessibility, best practices and SEO score 100 on every page template', async ({
  baseURL,
}) => {
  test.setTimeout(8 * 60_000);
  const browser = await launchForLighthouse(DEBUG_PORT);
  try {
    const report: string[] = [];
    for (const template of TEMPLATES) {
      const scores = await audit(`${baseURL}/${template}`, DEBUG_PORT, [
        'accessibility',
        'best-practices',
        'seo',
      ]);
      // The 404 page is noindex by design, which Lighthouse's SEO score counts against it.
      const seo = template === '404.html' ? 'not asserted (noindex by design)' : scores.seo;
      report.push(`/${template}: a11y ${scores.accessibility}, bp ${scores['best-practices']}, seo ${seo}`);
      expect.soft(scores.accessibility, `/${template} ${scores.failing.join('; ')}`).toBe(100);
      expect.soft(scores['best-practices'], `/${template} ${scores.failing.join('; ')}`).toBe(100);
      if (template !== '404.html')
        expect.soft(scores.seo, `/${template} ${scores.failing.join('; ')}`).toBe(100);
    }
    console.log(report.join('\n'));
  } finally {
    await browser.close();
  }
});
