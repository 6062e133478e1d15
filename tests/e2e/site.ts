/** Page addresses and quotes for the search tests. */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { Quote } from '../../src/lib/content-schemas.ts';

export type Lang = 'en' | 'ko';

export function pageUrl(lang: Lang, slug: string): string {
  return `/${[lang === 'ko' ? 'ko' : '', slug].filter(Boolean).join('/')}${lang === 'ko' || slug ? '/' : ''}`;
}

export const quotes = parse(
  readFileSync(new URL('../../content/quotes.yaml', import.meta.url), 'utf8'),
) as Quote[];
