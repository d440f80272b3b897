import type {Paragraph, Root, Sentence} from 'nlcst'
import {endAt, startAt} from './nodes.js'

type Parent = Paragraph | Root

// parse-latin moves white space at the start or end of each sentence (and
// paragraph) out into its parent with one `Array#splice` per move: a
// paragraph of n short sentences ("No. " × 250,000) took n² steps, 15 s a
// megabyte. These are the same moves, building the parent's list once.
// Index loops, not for…of: run once over a paragraph of 250,000 sentences,
// the iterator's results were a tenth of what a parse threw away.

/** Same as parse-latin's `makeInitialWhiteSpaceSiblings`, in linear time. */
export function makeInitialWhiteSpaceSiblings(parent: Parent): undefined {
  const output: Array<Parent['children'][number]> = []
  const input = parent.children
  for (let index = 0; index < input.length; index++) {
    const child = input[index]!
    if ('children' in child) {
      const children = child.children as Array<Sentence['children'][number]>
      while (children[0]?.type === 'WhiteSpaceNode') {
        output.push(children.shift() as never)
        const next = children[0]
        startAt(child, next)
      }
    }
    output.push(child)
  }
  parent.children = output
}

/** Same as parse-latin's `makeFinalWhiteSpaceSiblings`, in linear time. */
export function makeFinalWhiteSpaceSiblings(parent: Parent): undefined {
  const output: Array<Parent['children'][number]> = []
  const input = parent.children
  for (let index = 0; index < input.length; index++) {
    const child = input[index]!
    output.push(child)
    if (!('children' in child)) continue
    const children = child.children as Array<Sentence['children'][number]>
    let from = children.length
    while (from > 0 && children[from - 1]!.type === 'WhiteSpaceNode') {
      from--
      const previous = children[from - 1]
      endAt(child, previous)
    }
    for (let index = from; index < children.length; index++) output.push(children[index] as never)
    children.length = from
  }
  parent.children = output
}
