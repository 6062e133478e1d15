/** Reading theme pages' MDX syntax trees: embedded components and the site's own prose. */
import type { MdastNode } from 'satteri';

interface Node {
  type: string;
  name?: string | null;
  value?: unknown;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: Node[];
  position?: { start: { line: number } };
}

/** The nodes of a tree in document order, without the subtrees `skip` picks. */
function* walk(node: Node, skip: (node: Node) => boolean = () => false): Generator<Node> {
  if (skip(node)) return;
  yield node;
  for (const child of node.children ?? []) yield* walk(child, skip);
}

/** Every JSX element named in `components` (comments are not elements), with its literal `id` and line. */
export function findEmbeds(tree: MdastNode, components: readonly string[]) {
  return [...walk(tree as Node)].flatMap((node) => {
    if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return [];
    if (!node.name || !components.includes(node.name)) return [];
    const id = node.attributes?.find(
      (attribute) => attribute.type === 'mdxJsxAttribute' && attribute.name === 'id',
    );
    const value = typeof id?.value === 'string' ? id.value : undefined;
    return [{ component: node.name, id: value, line: node.position?.start.line }];
  });
}

/** The prose of a page: each text run outside JSX, expressions and code, with its line. */
export function proseRuns(tree: MdastNode) {
  const outside = (node: Node) =>
    node.type.startsWith('mdx') || ['code', 'inlineCode', 'yaml'].includes(node.type);
  return [...walk(tree as Node, outside)].flatMap((node) =>
    node.type === 'text' && typeof node.value === 'string'
      ? [{ text: node.value, line: node.position?.start.line }]
      : [],
  );
}
