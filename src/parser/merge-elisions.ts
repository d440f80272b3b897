import type {Sentence} from 'nlcst'
import {apostrophe, elisionAffix, elisionPrefix} from './expressions.js'
import {childrenOf, endAt, isMark, startAt, textOf, type Node} from './nodes.js'

/**
 * parse-english's `mergeEnglishElisionExceptions` (`w/`, `o'`, `'tis`,
 * `'n'`), in one pass that builds the list instead of splicing it. Its
 * driver (visit-children) moves on by index after a splice, so the node
 * after a merged mark is passed over unvisited: so it is here.
 */
export function mergeElisions(sentence: Sentence): undefined {
  const input = childrenOf(sentence)
  // Nothing merges (or is passed over) before the first slash or apostrophe: the list is copied from there on.
  let index = input.findIndex((child) => isMark(child) && (textOf(child) === '/' || apostrophe.test(textOf(child))))
  if (index === -1) return
  const output = input.slice(0, index)
  while (index < input.length) {
    const child = input[index]!
    if (isMark(child)) {
      const at = output.length
      const length = at + input.length - index
      const value = textOf(child)
      if (value === '/') {
        const sibling = output[at - 1]
        if (sibling && sibling.type === 'WordNode' && textOf(sibling).toLowerCase() === 'w') {
          sibling.children.push(child as never)
          endAt(sibling, child)
          index = passOver(input, index + 1, output)
          continue
        }
      } else if (apostrophe.test(value)) {
        const sibling = output[at - 1]!
        if (
          at > 2 &&
          at < length - 1 &&
          sibling.type === 'WordNode' &&
          output[at - 2]!.type === 'WhiteSpaceNode' &&
          input[index + 1]!.type === 'WhiteSpaceNode' &&
          elisionPrefix.test(textOf(sibling).toLowerCase())
        ) {
          sibling.children.push(child as never)
          endAt(sibling, child)
          index = passOver(input, index + 1, output)
          continue
        }
        const next = input[index + 1]
        if (at !== length - 1 && next!.type === 'WordNode' && (at === 0 || output[at - 1]!.type !== 'WordNode')) {
          const word = next as Extract<Node, {type: 'WordNode'}>
          const lower = textOf(word).toLowerCase()
          const other = input[index + 2]
          if (elisionAffix.test(lower)) {
            word.children.unshift(child as never)
            startAt(word, child)
            index = passOver(input, index + 1, output)
            continue
          }
          if (lower === 'n' && other && other.type === 'PunctuationNode' && apostrophe.test(textOf(other))) {
            word.children.unshift(child as never)
            word.children.push(other)
            if (word.position) {
              if (child.position) word.position.start = child.position.start
              if (other.position) word.position.end = other.position.end
            }
            output.push(word)
            index += 3
            continue
          }
        }
      }
    }
    output.push(child)
    index++
  }
  sentence.children = output as Sentence['children']
}

/** The node at `index` goes out unvisited; returns where the visit goes on. */
function passOver(input: Node[], index: number, output: Node[]): number {
  if (index < input.length) output.push(input[index]!)
  return index + 1
}
