import type {Paragraph} from 'nlcst'
import {terminalMarker} from './expressions.js'
import {endAt, hasChildren, isMark, startAt, textOf, type Node} from './nodes.js'

/**
 * parse-latin's `mergeRemainingFullStops`: in each sentence, read from its
 * end, a full stop that does not end it joins the word before or after
 * ("Inc.", ".NET"). parse-latin splices the sentence once per merge ("a. b.
 * c. …" in one sentence: n² steps); this compacts it in place from the end,
 * the nodes kept so far at the back of the same array.
 */
export function mergeRemainingFullStops(paragraph: Paragraph): undefined {
  const children = paragraph.children
  for (let index = 0; index < children.length; index++) {
    const child = children[index]!
    if (hasChildren(child)) mergeInSentence(child.children)
  }
}

function mergeInSentence(children: Node[]): void {
  const end = children.length
  // children[write + 1 …] are the nodes kept right of the one read.
  let write = end - 1
  let position = end
  let hasFoundDelimiter = false
  while (--position >= 0) {
    const node = children[position]!
    if (!isMark(node)) {
      if (node.type === 'WordNode') hasFoundDelimiter = true
      children[write--] = node
      continue
    }
    const value = textOf(node)
    const terminal = terminalMarker.test(value)
    if (!terminal || !hasFoundDelimiter || value !== '.') {
      // The sentence's own last terminal mark, or a mark that stays.
      if (terminal) hasFoundDelimiter = true
      children[write--] = node
      continue
    }
    const previous = position > 0 ? children[position - 1] : undefined
    const next = write + 1 < end ? children[write + 1] : undefined
    if (previous && previous.type === 'WordNode') {
      const nextNext = write + 2 < end ? children[write + 2] : undefined
      if (next && nextNext && next.type === 'WhiteSpaceNode' && textOf(nextNext) === '.') {
        children[write--] = node
        continue
      }
      previous.children.push(node as never)
      endAt(previous, node)
      // parse-latin steps over the word it merged into.
      children[write--] = previous
      position--
    } else if (next && next.type === 'WordNode') {
      next.children.unshift(node as never)
      startAt(next, node)
    } else children[write--] = node
  }
  // Everything was read: the kept nodes are children[write + 1 …].
  if (write >= 0) children.splice(0, write + 1)
}
