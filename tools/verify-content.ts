/** `npm run verify`: the content rules and formatting, without building; fast enough for a pre-commit hook. */
import { formatProblems, readContent } from '../src/lib/content-files.ts';
import { checkFormatting } from '../src/integrations/verify-content/formatting.ts';
import { verifyContent } from '../src/integrations/verify-content/verify.ts';

const root = process.cwd();
const problems = [...verifyContent(readContent(root)), ...(await checkFormatting(root))];
if (problems.length > 0) {
  console.error(formatProblems(problems));
  process.exitCode = 1;
} else {
  console.log(
    'Content verified: every quote and excerpt is verbatim, every rule holds, every file is formatted.',
  );
}
