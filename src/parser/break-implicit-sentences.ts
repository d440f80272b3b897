import type {Paragraph, Sentence} from 'nlcst'
import {childrenOf, textOf, type Node} from './nodes.js'

/**
 * parse-latin's `breakImplicitSentences`: a sentence breaks at white space
 * with two or more line breaks (a blank line) that is neither its first nor
 * its last node. parse-latin splits off the rest and splices it into the
 * paragraph, then splits the rest again: for n blank lines, n copies of the
 * rest and n splices. This finds every break in one scan and slices each
 * sentence once.
 */
export function breakImplicitSentences(paragraph: Paragraph): undefined {
  const input = childrenOf(paragraph)
  let output: Node[] | undefined
  for (let index = 0; index < input.length; index++) {
    const child = input[index]!
    if (child.type === 'SentenceNode') {
      const parts = split(child)
      if (parts) {
        output ??= input.slice(0, index)
        for (const part of parts) output.push(part)
        continue
      }
    }
    output?.push(child)
  }
  if (output) paragraph.children = output as Paragraph['children']
}

/** The sentence, the breaks and the sentences after them; undefined when it does not break. */
function split(sentence: Sentence): Node[] | undefined {
  const children = sentence.children
  let parts: Node[] | undefined
  let current = sentence
  let from = 0
  // As parse-latin's, each part's first node is no break.
  for (let position = 1; position < children.length - 1; position++) {
    const node = children[position]!
    if (node.type !== 'WhiteSpaceNode' || position === from || !hasBlankLine(textOf(node))) continue
    const insertion: Sentence = {type: 'SentenceNode', children: []}
    const tail = children[position - 1]!
    const head = children[position + 1]!
    if (current.position && tail.position && head.position) {
      const end = current.position.end
      current.position.end = tail.position.end
      insertion.position = {start: head.position.start, end}
    }
    current.children = children.slice(from, position)
    parts ??= []
    parts.push(current, node)
    current = insertion
    from = position + 1
  }
  if (!parts) return undefined
  current.children = children.slice(from)
  parts.push(current)
  return parts
}

/** `value.split(/\r\n|\r|\n/).length >= 3`. */
function hasBlankLine(value: string): boolean {
  let breaks = 0
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index)
    if (code === 13) {
      if (value.charCodeAt(index + 1) === 10) index++
    } else if (code !== 10) continue
    if (++breaks === 2) return true
  }
  return false
}
