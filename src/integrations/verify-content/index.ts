/** The `site` collection's loader: the content, verified. A build stops on a problem; the dev server reloads on
 * changes under `content/` and holds the problems instead, which every page shows in Astro's error overlay. */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { CONTENT_FILES, type ContentError, type SiteEntry } from '../../lib/content-files.ts';
import { verifiedContent } from './verify.ts';

export function verifiedContentLoader(): Loader {
  return {
    name: 'fact-sheet:verified-content',
    load: async ({ store, config, watcher }) => {
      const root = fileURLToPath(config.root);
      const contentDir = path.join(root, CONTENT_FILES.root);
      const load = () => {
        let data: SiteEntry;
        try {
          data = verifiedContent(root);
        } catch (error) {
          if (!watcher) throw error;
          const { message, hint, loc } = error as ContentError;
          data = { problems: { message, hint, loc } };
        }
        store.set({ id: 'content', data: { ...data } });
      };
      load();
      watcher?.add(contentDir);
      watcher?.on('all', (_event, file) => {
        if (file.startsWith(contentDir + path.sep)) load();
      });
    },
  };
}
