/** Runs every rule over the content and returns all problems at once (empty when the content is sound). */
import {
  contentError,
  modelContent,
  readContent,
  validateContent,
  withLine,
  type ContentProblem,
  type RawContent,
  type ValidContent,
} from '../../lib/content-files.ts';
import type { ModelContent } from '../../lib/site-model.ts';
import { checkAliases } from './rules/aliases.ts';
import { checkCorrections } from './rules/corrections.ts';
import { checkCoverage } from './rules/coverage.ts';
import { checkEmbeds } from './rules/embeds.ts';
import { checkPublishedWording } from './rules/published-wording.ts';
import { checkReferences } from './rules/references.ts';
import { checkRelativeDates } from './rules/relative-dates.ts';
import { checkTermbase } from './rules/termbase.ts';
import { checkTypography } from './rules/typography.ts';
import { checkThemePages } from './rules/theme-pages.ts';
import { checkVerbatim } from './rules/verbatim.ts';
import { checkVoice } from './rules/voice.ts';

/** The rules that cross-check well-formed content, in the order their problems are listed. */
const RULES: readonly ((content: ValidContent, now: Date) => ContentProblem[])[] = [
  checkVerbatim,
  checkReferences,
  checkThemePages,
  checkEmbeds,
  checkCoverage,
  checkVoice,
  checkRelativeDates,
  checkAliases,
  checkTermbase,
  checkTypography,
  checkCorrections,
  checkPublishedWording,
];

function verify(raw: RawContent, now: Date): { content?: ValidContent; problems: ContentProblem[] } {
  const { content, problems } = validateContent(raw);
  const found = content ? RULES.flatMap((rule) => rule(content, now)) : problems;
  return { ...(content && { content }), problems: found.map((problem) => withLine(raw, problem)) };
}

/** Every problem of the content, located; `now` dates the check of correction dates. */
export function verifyContent(raw: RawContent, now = new Date()): ContentProblem[] {
  return verify(raw, now).problems;
}

/** The content under `root`, verified: what the collections hold. Throws when a rule fails. */
export function verifiedContent(root: string): ModelContent {
  const { content, problems } = verify(readContent(root), new Date());
  if (!content || problems.length > 0) throw contentError(problems, root);
  return modelContent(content);
}
