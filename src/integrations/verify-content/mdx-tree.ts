/** Reading theme pages' MDX syntax trees: embedded components and the site's own prose. */
import type { MdastNode } from 'satteri';

/** A `<Fact … />` or `<Quote … />` element in a theme page. */
export interface Embed {
  component: string;
  /** The literal `id` attribute, or undefined when it is missing or an expression. */
  id: string | undefined;
  line: number | undefined;
}

interface Node {
  type: string;
  name?: string | null;
  value?: unknown;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: Node[];
  position?: { start: { line: number } };
}

function* walk(node: Node): Generator<Node> {
  yield node;
  for (const child of node.children ?? []) yield* walk(child);
}

/** Every JSX element named `component` in the tree, wherever it sits; comments are not elements. */
export function findEmbeds(tree: MdastNode, components: readonly string[]): Embed[] {
  const embeds: Embed[] = [];
  for (const node of walk(tree as Node)) {
    if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') continue;
    if (!node.name || !components.includes(node.name)) continue;
    const id = node.attributes?.find(
      (attribute) => attribute.type === 'mdxJsxAttribute' && attribute.name === 'id',
    );
    embeds.push({
      component: node.name,
      id: typeof id?.value === 'string' ? id.value : undefined,
      line: node.position?.start.line,
    });
  }
  return embeds;
}

/** The prose of a page: each text run outside JSX, expressions and code, with its line. */
export function proseRuns(tree: MdastNode): { text: string; line: number | undefined }[] {
  const runs = (node: Node): { text: string; line: number | undefined }[] => {
    if (node.type.startsWith('mdx') || ['code', 'inlineCode', 'yaml'].includes(node.type)) return [];
    if (node.type === 'text' && typeof node.value === 'string')
      return [{ text: node.value, line: node.position?.start.line }];
    return (node.children ?? []).flatMap(runs);
  };
  return runs(tree as Node);
}
