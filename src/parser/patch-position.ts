import type {Paragraph, Root, Sentence} from 'nlcst'

/**
 * parse-latin's `patchPosition`: a parent without a start or end takes its
 * first child's start and its last child's end. parse-latin visits every
 * child to find those two.
 */
export function patchPosition(node: Root | Paragraph | Sentence): undefined {
  const children = node.children
  if (children.length === 0) return
  const first = children[0]!
  if (first.position && !node.position?.start) {
    node.position ??= {} as never
    node.position.start = first.position.start
  }
  const last = children[children.length - 1]!
  if (last.position && !node.position?.end) {
    node.position ??= {} as never
    node.position.end = last.position.end
  }
}
