/**
 * `npm run verify`: checks the content alone, without building, and exits non-zero naming each file
 * with a problem. Fast enough for a pre-commit hook.
 */
import { formatProblems } from '../src/integrations/verify-content/problems.ts';
import { readContent } from '../src/integrations/verify-content/read.ts';
import { verifyContent } from '../src/integrations/verify-content/verify.ts';

const problems = verifyContent(await readContent(process.cwd()));
if (problems.length > 0) {
  console.error(formatProblems(problems));
  process.exitCode = 1;
} else {
  console.log('Content verified: every quote and excerpt is verbatim, every rule holds.');
}
