/**
 * Astro integration for the dev server: any change under `content/` re-runs verification and shows the
 * problems in the browser's error overlay (and on every page requested meanwhile); fixing the file clears
 * them. `astro build` verifies as it loads the collections (`src/content.config.ts`), and stops there.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';
import { CONTENT_FILES, type ContentError } from '../../lib/content-files.ts';
import { setLatestVerification } from './dev-state.ts';
import { verifiedContent } from './verify.ts';

/** Verifies the content under `root`; resolves to the error to show, or undefined when it is sound. */
async function contentError(root: string): Promise<ContentError | undefined> {
  try {
    verifiedContent(root);
    return undefined;
  } catch (error) {
    return error as ContentError;
  }
}

/**
 * Re-verifies on every change under `content/` and pushes the result to open pages. Only the latest
 * run's result is shown: an older run that finishes later (a slow failing check overtaken by a fix)
 * must not put a stale error back.
 */
export function devVerifier(root: string, verify = contentError): Plugin {
  const contentDir = path.join(root, CONTENT_FILES.root) + path.sep;
  return {
    name: 'fact-sheet:verify-content',
    apply: 'serve',
    configureServer(server) {
      let latest = verify(root);
      setLatestVerification(latest);
      let failing = false;
      server.watcher.on('all', (_event, file) => {
        if (!file.startsWith(contentDir)) return;
        const next = verify(root);
        latest = next;
        setLatestVerification(next);
        void next.then((error) => {
          if (next !== latest) return;
          if (error) {
            failing = true;
            server.config.logger.error(error.message);
            const { message, hint, loc } = error;
            server.ws.send({
              type: 'error',
              err: { name: 'ContentVerificationError', message, hint, stack: '', ...(loc && { loc }) },
            });
          } else if (failing) {
            failing = false;
            server.ws.send({ type: 'full-reload' });
          }
        });
      });
    },
  };
}

export default function verifyContentIntegration(): AstroIntegration {
  return {
    name: 'fact-sheet:verify-content',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig, addMiddleware }) => {
        // Vitest starts a Vite server through Astro's config, which runs this hook as `dev`: no watcher there.
        if (command !== 'dev' || process.env.VITEST) return;
        updateConfig({ vite: { plugins: [devVerifier(fileURLToPath(config.root))] } });
        addMiddleware({ entrypoint: new URL('./dev-middleware.ts', import.meta.url), order: 'pre' });
      },
    },
  };
}
