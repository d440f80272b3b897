import type {Sentence} from 'nlcst'
import {wordSymbolInner} from './expressions.js'
import {childrenOf, endAt, isMark, textOf, type Node} from './nodes.js'

/**
 * parse-latin's `mergeInnerWordSymbol` (`e.g`, `don't`, `a-b-c`, `x_y`): a
 * word, then marks and words in turn, become one word. One pass that
 * compacts the list in place, where parse-latin splices it once per merge
 * (a merge only removes: the nodes kept are never ahead of the one read,
 * and a sentence with nothing to merge, "No.", keeps its own list).
 */
export function mergeInnerWordMarks(sentence: Sentence): undefined {
  const input = childrenOf(sentence)
  // Nothing merges before the first mark that may join words.
  let index = input.findIndex((child) => isMark(child) && wordSymbolInner.test(textOf(child)))
  if (index === -1) return
  let write = index
  while (index < input.length) {
    const child = input[index]!
    const previous = write > 0 ? input[write - 1] : undefined
    if (isMark(child) && previous && previous.type === 'WordNode') {
      let tokens: Node[] | undefined
      let queued = 0
      let position = index
      for (; position < input.length; position++) {
        const sibling = input[position]!
        if (sibling.type === 'WordNode') {
          tokens ??= []
          for (let back = position - queued; back < position; back++) tokens.push(input[back]!)
          for (const node of sibling.children) tokens.push(node)
          queued = 0
        } else if (isMark(sibling) && wordSymbolInner.test(textOf(sibling))) queued++
        else break
      }
      if (tokens) {
        // Marks after the last word stay, and are visited next.
        for (const token of tokens) previous.children.push(token as never)
        const last = tokens[tokens.length - 1]!
        endAt(previous, last)
        index = position - queued
        continue
      }
    }
    input[write++] = child
    index++
  }
  input.length = write
}
