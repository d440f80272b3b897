import type {Paragraph} from 'nlcst'
import {digitStart} from './expressions.js'
import {childrenOf, endAt, isMark, textOf, type Node} from './nodes.js'
import {startsLowerCase} from './parse-latin-answers.js'

// parse-latin's `mergeInitialLowerCaseLetterSentences` and
// `mergeInitialDigitSentences`: a "sentence" whose first word starts in lower
// case or with a digit continues the one before ("e.g. this", "No. 4"). Each
// one pass that builds the paragraph's list, where parse-latin splices it per
// merge.

/** parse-latin's `mergeInitialLowerCaseLetterSentences`. */
export function mergeLowerCaseStarts(paragraph: Paragraph): undefined {
  mergeStarts(paragraph, (children) => {
    for (let index = 0; index < children.length; index++) {
      const node = children[index]!
      if (node.type === 'WordNode') return startsLowerCase(textOf(node))
      if (isMark(node)) return false
    }
    return false
  })
}

/** parse-latin's `mergeInitialDigitSentences`. */
export function mergeDigitStarts(paragraph: Paragraph): undefined {
  mergeStarts(paragraph, (children) => {
    const head = children[0]
    return head !== undefined && head.type === 'WordNode' && digitStart.test(textOf(head))
  })
}

function mergeStarts(paragraph: Paragraph, continues: (children: Node[]) => boolean): void {
  const input = childrenOf(paragraph)
  const output: Node[] = []
  for (let index = 0; index < input.length; index++) {
    const child = input[index]!
    const previous = output[output.length - 1]
    if (previous?.type === 'SentenceNode' && child.type === 'SentenceNode' && continues(child.children)) {
      for (const node of child.children) previous.children.push(node)
      endAt(previous, child)
      continue
    }
    output.push(child)
  }
  paragraph.children = output as Paragraph['children']
}
