import { readFileSync } from 'node:fs';
import { HtmlValidate } from 'html-validate';
import { expect, it } from 'vitest';
import { builtPages } from '../support/builds.ts';

it('every page is valid HTML (html-validate)', async () => {
  const validator = new HtmlValidate({
    extends: ['html-validate:recommended'],
    rules: {
      // Page titles carry the site name and the Korean title; long titles are intended.
      'long-title': 'off',
      // Heading ids are generated from Korean headings (e.g. "1.0에서-4.0까지").
      'valid-id': ['error', { relaxed: true }],
      // Search filters are checkbox groups sharing a name (`?speaker=a&speaker=b`), as HTML intends.
      'form-dup-name': ['error', { shared: ['radio', 'button', 'reset', 'submit', 'checkbox'] }],
    },
  });
  const messages: string[] = [];
  for (const page of builtPages()) {
    const report = await validator.validateString(readFileSync(page.file, 'utf8'), page.file);
    for (const result of report.results) {
      for (const m of result.messages) messages.push(`/${page.path}:${m.line} ${m.ruleId}: ${m.message}`);
    }
  }
  expect(messages).toEqual([]);
});
