import type {Paragraph, Sentence} from 'nlcst'
import {endAt, startAt} from './nodes.js'

/**
 * Same as parse-latin's `mergeNonWordSentences`, in one pass: parse-latin
 * merges each sentence without words into its neighbour with an
 * `Array#splice` on the paragraph, once per such sentence, and a run of
 * punctuation (`?!.,;:` × 170,000, a megabyte) took minutes.
 */
export function mergeNonWordSentences(paragraph: Paragraph): undefined {
  const input = paragraph.children
  const output: Paragraph['children'] = []
  for (let index = 0; index < input.length; index++) {
    const child = input[index]!
    if (!('children' in child) || child.children.some((node) => node.type === 'WordNode')) {
      output.push(child)
      continue
    }
    const previous = output.at(-1)
    if (previous && 'children' in previous) {
      for (const node of child.children) previous.children.push(node)
      endAt(previous, child)
      continue
    }
    const next = input[index + 1]
    if (next && 'children' in next) {
      next.children = [...child.children, ...next.children] as Sentence['children']
      startAt(next, child)
      // parse-latin moves on past the sentence it merged into.
      output.push(next)
      index++
      continue
    }
    output.push(child)
  }
  paragraph.children = output
}
