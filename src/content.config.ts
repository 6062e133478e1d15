/**
 * Content collections, fed by the one content reader (`src/lib/content-files.ts`): the `site` collection
 * holds the whole content as the site model takes it, verified by every content rule in a build (which
 * stops there, naming the file and line); `themes` holds the theme pages, for Astro to render their MDX.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { verifiedContent } from '@/integrations/verify-content/verify';
import { themeSchema } from '@/lib/content-schemas';
import { CONTENT_FILES, loadContent } from '@/lib/content-files';
import type { ModelContent } from '@/lib/site-model';

const site = defineCollection({
  loader: {
    name: 'fact-sheet-content',
    load: async ({ store, config, watcher }) => {
      const root = fileURLToPath(config.root);
      const save = (data: ModelContent) => store.set({ id: 'content', data: { ...data } });
      if (!watcher) {
        save(verifiedContent(root));
        return;
      }
      const reload = () => {
        try {
          save(loadContent(root));
        } catch {
          // The dev server: the verifier's overlay shows what is wrong; pages keep the last content that loaded.
        }
      };
      reload();
      const contentDir = path.join(root, CONTENT_FILES.root);
      watcher.add(contentDir);
      watcher.on('all', (_event, file) => {
        if (file.startsWith(contentDir + path.sep)) reload();
      });
    },
  },
  schema: z.custom<ModelContent>(),
});

/** Theme pages; entry ids are `<lang>/<theme-id>`. */
const themes = defineCollection({
  loader: glob({ pattern: '*/*.mdx', base: `./${CONTENT_FILES.themes}` }),
  schema: themeSchema,
});

export const collections = { site, themes };
