/**
 * Astro integration that verifies the content against the source interview and the content rules.
 * `astro build` fails before anything is built, with every problem at once. `astro dev` keeps running:
 * any change under `content/` re-runs verification and shows the problems in the browser's error
 * overlay (and on every page requested meanwhile); fixing the file clears them.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import type { Plugin } from 'vite';
import { CONTENT_FILES } from '../../lib/content-files.ts';
import { setLatestVerification } from './dev-state.ts';

export const VERIFICATION_HINT =
  'Every quote and evidence excerpt must be verbatim in the paragraph it cites, every reference must resolve, every paragraph must be cited, and the site’s own sentences must keep speakers, hedges, display names and relative dates as CONTRIBUTING.md describes. Run `npm run verify` to check again.';

/** Verifies the content under `root`; resolves to the error to show, or undefined when it is sound. */
async function contentError(root: string): Promise<AstroError | undefined> {
  const [{ readContent }, { verifyContent }, { formatProblems }] = await Promise.all([
    import('./read.ts'),
    import('./verify.ts'),
    import('./problems.ts'),
  ]);
  const problems = verifyContent(await readContent(root));
  return problems.length > 0 ? new AstroError(formatProblems(problems), VERIFICATION_HINT) : undefined;
}

/** Throws an `AstroError` describing every problem when the content under `root` does not verify. */
export async function assertContentVerified(root: string): Promise<void> {
  const error = await contentError(root);
  if (error) throw error;
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
            server.ws.send({
              type: 'error',
              err: {
                name: 'ContentVerificationError',
                title: 'Content verification failed',
                message: error.message,
                hint: VERIFICATION_HINT,
                stack: '',
              },
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
      'astro:config:setup': async ({ command, config, updateConfig, addMiddleware }) => {
        const root = fileURLToPath(config.root);
        // Vitest starts a Vite server through Astro's config, which runs this hook as `dev`: no watcher there.
        if (process.env.VITEST) return;
        if (command === 'dev') {
          updateConfig({ vite: { plugins: [devVerifier(root)] } });
          addMiddleware({ entrypoint: new URL('./dev-middleware.ts', import.meta.url), order: 'pre' });
          return;
        }
        await assertContentVerified(root);
      },
    },
  };
}
