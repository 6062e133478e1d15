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

/** `now` dates the check of correction dates. */
export function verifyContent(raw: RawContent, now = new Date()): ContentProblem[] {
  const { content, problems } = validateContent(raw);
  const found = content ? RULES.flatMap((rule) => rule(content, now)) : problems;
  return found.map((problem) => withLine(raw, problem));
}

/** The content under `root`, verified: what the collections hold. Throws when a rule fails. */
export function verifiedContent(root: string): ModelContent {
  const raw = readContent(root);
  const problems = verifyContent(raw);
  if (problems.length > 0) throw contentError(problems, root);
  return modelContent(raw, root);
}
