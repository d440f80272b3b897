import type {Paragraph, Root} from 'nlcst'

/** parse-latin's `removeEmptyNodes` (parents without children go), without a splice per node. */
export function removeEmptyNodes(parent: Paragraph | Root): undefined {
  const children = parent.children as Array<Paragraph['children'][number] | Root['children'][number]>
  if (children.some((child) => 'children' in child && child.children.length === 0))
    parent.children = children.filter((child) => !('children' in child && child.children.length === 0))
}
