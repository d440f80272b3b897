import type {Paragraph} from 'nlcst'
import {childrenOf, endAt, hasChildren, isMark, startAt, textOf, type Node} from './nodes.js'
import {isAffixSymbol} from './parse-latin-answers.js'

// parse-latin's `mergeAffixSymbol` and `mergeAffixExceptions`, each one pass
// that builds the paragraph's list where parse-latin splices it per merge.

/**
 * A closing mark opening a sentence (`"`, `)`, `…`) moves to the end of the
 * sentence before. parse-latin then looks at the sentence before again: it
 * may have been left empty, and so take a mark in turn.
 */
export function mergeAffixSymbols(paragraph: Paragraph): undefined {
  const input = childrenOf(paragraph)
  const output: Node[] = []
  let index = 0
  while (index < input.length) {
    const child = input[index]!
    const previous = output[output.length - 1]
    if (hasChildren(child) && child.children.length > 0 && previous && previous.type === 'SentenceNode') {
      const children = child.children as Node[]
      const first = children[0]!
      if (isMark(first) && isAffixSymbol(textOf(first))) {
        children.shift()
        previous.children.push(first as never)
        endAt(previous, first)
        const second = children[0]
        startAt(child, second)
        input[--index] = output.pop()!
        continue
      }
    }
    output.push(child)
    index++
  }
  paragraph.children = output as Paragraph['children']
}

/** A sentence whose first mark is a comma or semicolon, before any word, joins the one before. */
export function mergeAffixExceptions(paragraph: Paragraph): undefined {
  const input = childrenOf(paragraph)
  const output: Node[] = []
  for (let index = 0; index < input.length; index++) {
    const child = input[index]!
    const previous = output[output.length - 1]
    if (previous && hasChildren(previous) && hasChildren(child) && opensWithClauseMark(child.children)) {
      for (const node of child.children) previous.children.push(node as never)
      endAt(previous, child)
      continue
    }
    output.push(child)
  }
  paragraph.children = output as Paragraph['children']
}

function opensWithClauseMark(children: Node[]): boolean {
  for (let index = 0; index < children.length; index++) {
    const node = children[index]!
    if (node.type === 'WordNode') return false
    if (isMark(node)) {
      const value = textOf(node)
      return value === ',' || value === ';'
    }
  }
  return false
}
