/**
 * Astro integration that verifies the content against the source interview before anything is built,
 * so a misquote or an uncited paragraph fails `astro build` / `astro dev` with one readable error.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { CONTENT_FILES, formatProblems, readContent, verifyContent } from '../lib/verify-content.ts';

export const VERIFICATION_HINT =
  'Every quote and evidence excerpt must be copied verbatim from the paragraph it cites in content/source/interview.ko.txt, every reference must resolve, and every paragraph must be cited. See the README section "Content rules".';

/** Throws an `AstroError` describing every problem when the content under `root` does not verify. */
export async function assertContentVerified(root: string): Promise<void> {
  const problems = verifyContent(await readContent(root));
  if (problems.length > 0) throw new AstroError(formatProblems(problems), VERIFICATION_HINT);
}

export default function verifyContentIntegration(): AstroIntegration {
  return {
    name: 'fact-sheet:verify-content',
    hooks: {
      'astro:config:setup': async ({ config, addWatchFile }) => {
        const root = fileURLToPath(config.root);
        for (const file of Object.values(CONTENT_FILES)) addWatchFile(new URL(file, config.root));
        await assertContentVerified(root);
      },
    },
  };
}
