/** Rule: each theme page embeds each fact and quote of its theme once (read from the MDX tree), nothing else. */
import { CONTENT_FILES, type ContentProblem, type ValidContent } from '../../../lib/content-files.ts';
import { findEmbeds } from '../mdx-tree.ts';

const FILES: Record<string, string> = { Fact: CONTENT_FILES.facts, Quote: CONTENT_FILES.quotes };

export function checkEmbeds(content: ValidContent): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const owners = new Map<string, string>();
  for (const fact of content.facts) owners.set(`Fact:${fact.entry}`, fact.value.theme);
  for (const quote of content.quotes) owners.set(`Quote:${quote.entry}`, quote.value.theme);
  // Each page looks only at its own theme's entries, so the check grows with the content, not its square.
  const byTheme = Map.groupBy(owners.keys(), (key) => owners.get(key));
  // An entry of an unknown theme is the references rule's to report, once.
  const themes = new Set(content.themes.map((page) => page.id));
  for (const page of content.themes) {
    const counts = new Map<string, number>();
    for (const { component, id, line } of findEmbeds(page.tree, Object.keys(FILES))) {
      const at = { file: page.file, entry: page.id, ...(line !== undefined && { line }) };
      if (id === undefined) {
        problems.push({
          ...at,
          field: `<${component}>`,
          message: `<${component}> needs an id written as text.`,
          hint: `Write <${component} id="…" /> with an id from ${FILES[component]}.`,
        });
        continue;
      }
      const key = `${component}:${id}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
      const owner = owners.get(key);
      if (owner === undefined) {
        problems.push({
          ...at,
          field: `<${component} id="${id}">`,
          message: `Unknown ${component.toLowerCase()} "${id}".`,
          hint: `Use an id from ${FILES[component]}.`,
        });
      } else if (owner !== page.id && themes.has(owner)) {
        problems.push({
          ...at,
          field: `<${component} id="${id}">`,
          message: `${component} "${id}" belongs to theme "${owner}", not "${page.id}".`,
          hint: `Embed it in ${CONTENT_FILES.themes}/${page.lang}/${owner}.mdx, or change its theme.`,
        });
      }
    }
    for (const key of byTheme.get(page.id) ?? []) {
      const [component, id] = key.split(':');
      const count = counts.get(key) ?? 0;
      if (count === 1) continue;
      problems.push({
        file: page.file,
        entry: page.id,
        field: `<${component} id="${id}">`,
        message:
          count === 0
            ? `${component} "${id}" of this theme is not embedded on the page (a commented-out embed does not count).`
            : `${component} "${id}" is embedded ${count} times; anchors must be unique.`,
        hint: `Embed it exactly once: <${component} id="${id}" />.`,
      });
    }
  }
  return problems;
}
