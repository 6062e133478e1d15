/**
 * Content collections: `site` holds the whole content as the site model takes it, verified by every content
 * rule; `themes` holds the theme pages, for Astro to render their MDX.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { verifiedContentLoader } from '@/integrations/verify-content';
import { themeSchema } from '@/lib/content-schemas';
import { CONTENT_FILES, type SiteEntry } from '@/lib/content-files';

const site = defineCollection({ loader: verifiedContentLoader(), schema: z.custom<SiteEntry>() });

/** Theme pages; entry ids are `<lang>/<theme-id>`. */
const themes = defineCollection({
  loader: glob({ pattern: '*/*.mdx', base: `./${CONTENT_FILES.themes}` }),
  schema: themeSchema,
});

export const collections = { site, themes };
