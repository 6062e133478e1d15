/** Runs every rule over the content and returns all problems at once (empty when the content is sound). */
import type { ContentProblem } from './problems.ts';
import type { RawContent } from './read.ts';
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
import { validateContent, type ValidContent } from './validate.ts';

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
  if (!content) return problems;
  return RULES.flatMap((rule) => rule(content, now));
}
