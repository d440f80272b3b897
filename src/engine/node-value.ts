import type {SentenceContent} from 'nlcst'
import {toString} from 'nlcst-to-string'

/**
 * The text of a sentence child. Most words are one text node, read directly:
 * the generic walk of nlcst-to-string (and `in` checks across node shapes)
 * were the largest costs in our profile.
 */
export function valueOf(node: SentenceContent): string {
  if (node.type !== 'WordNode') return node.value
  const children = node.children
  const only = children[0]
  return children.length === 1 && only !== undefined && only.type === 'TextNode' ? only.value : toString(node)
}
