import type {Sentence} from 'nlcst'
import {childrenOf, endAt, textOf, type Node} from './nodes.js'
import {isNumerical} from './parse-latin-answers.js'

/**
 * parse-latin's `mergeInitialisms` (`U.S.` takes its last full stop; `1.2.`
 * does not), in one pass that compacts the list in place instead of
 * splicing it (a merge only removes: the nodes kept are never ahead of the
 * one read, and a sentence with nothing to merge keeps its own list).
 */
export function mergeInitialisms(sentence: Sentence): undefined {
  const input = childrenOf(sentence)
  // Nothing merges before the first full stop.
  const first = input.findIndex((child) => child.type === 'PunctuationNode' && textOf(child) === '.')
  if (first === -1) return
  let write = first
  for (let index = first; index < input.length; index++) {
    const child = input[index]!
    const previous = write > 0 ? input[write - 1] : undefined
    if (
      previous &&
      child.type === 'PunctuationNode' &&
      previous.type === 'WordNode' &&
      textOf(child) === '.' &&
      takesFullStop(previous.children)
    ) {
      previous.children.push(child)
      endAt(previous, child)
      continue
    }
    input[write++] = child
  }
  input.length = write
}

/** Letters and full stops in turn, ending in a letter, not all digits. */
function takesFullStop(children: Node[]): boolean {
  const length = children.length
  if (length === 1 || length % 2 === 0) return false
  let allDigits = true
  for (let position = length - 1; position >= 0; position--) {
    const value = textOf(children[position]!)
    if (position % 2 === 0) {
      if (value.length > 1) return false
      if (!isNumerical(value)) allDigits = false
    } else if (value !== '.') {
      if (position < length - 2) break
      return false
    }
  }
  return !allDigits
}
