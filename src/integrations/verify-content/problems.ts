/** What a rule reports, and how problems are shown to an author. */

/** One thing wrong with the content, located for the author. */
export interface ContentProblem {
  file: string;
  /** Entry id (or index when the id is missing). */
  entry?: string;
  /** Field path inside the entry, e.g. `evidence[0].text`. */
  field?: string;
  message: string;
  /** What to do about it. */
  hint?: string;
}

/** One readable line per problem: `file › entry › field: message (hint)`. */
function formatProblem(problem: ContentProblem): string {
  const where = [problem.file, problem.entry, problem.field].filter(Boolean).join(' › ');
  return `${where}: ${problem.message}${problem.hint ? `\n    hint: ${problem.hint}` : ''}`;
}

/** Summary used as the build error's message. */
export function formatProblems(problems: readonly ContentProblem[]): string {
  const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
  return `Content verification found ${count}:\n${problems.map((p) => `  - ${formatProblem(p)}`).join('\n')}`;
}
