import type {Sentence} from 'nlcst'
import {wordSymbolInner} from './expressions.js'
import {childrenOf, endAt, isMark, textOf, type Node} from './nodes.js'

/**
 * parse-latin's `mergeInnerWordSymbol` (`e.g`, `don't`, `a-b-c`, `x_y`): a
 * word, then marks and words in turn, become one word. One pass that builds
 * the list, where parse-latin splices it once per merge.
 */
export function mergeInnerWordMarks(sentence: Sentence): undefined {
  const input = childrenOf(sentence)
  // Nothing merges before the first mark that may join words: the list is copied from there on.
  let index = input.findIndex((child) => isMark(child) && wordSymbolInner.test(textOf(child)))
  if (index === -1) return
  const output = input.slice(0, index)
  while (index < input.length) {
    const child = input[index]!
    const previous = output[output.length - 1]
    if (output.length > 0 && isMark(child) && previous && previous.type === 'WordNode') {
      const tokens: Node[] = []
      let queued = 0
      let position = index
      for (; position < input.length; position++) {
        const sibling = input[position]!
        if (sibling.type === 'WordNode') {
          for (let back = position - queued; back < position; back++) tokens.push(input[back]!)
          for (const node of sibling.children) tokens.push(node)
          queued = 0
        } else if (isMark(sibling) && wordSymbolInner.test(textOf(sibling))) queued++
        else break
      }
      if (tokens.length > 0) {
        // Marks after the last word stay, and are visited next.
        for (const token of tokens) previous.children.push(token as never)
        const last = tokens[tokens.length - 1]!
        endAt(previous, last)
        index = position - queued
        continue
      }
    }
    output.push(child)
    index++
  }
  sentence.children = output as Sentence['children']
}
