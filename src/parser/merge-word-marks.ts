import type {Sentence} from 'nlcst'
import {childrenOf, endAt, isMark, startAt, textOf} from './nodes.js'

// parse-latin's `mergeInitialWordSymbol`, `mergeFinalWordSymbol` and
// `mergeInnerWordSlash`, each one pass that builds the sentence's list: its
// driver (modify-children) splices the list once per merge, and the sentence
// stage runs on the whole text at once. Where parse-latin's modifier returns
// `index - 1` (look at the node before again), the node before is taken back
// from the output and visited again. A merge needs its mark: the list is
// copied from the first one on, and left as it is in a text without any
// (most texts, for most of these).

/** `&` opening a word (`&c`, `&amp`) joins it. */
export function mergeInitialAmpersands(sentence: Sentence): undefined {
  const input = childrenOf(sentence)
  let index = input.findIndex((child) => isMark(child) && textOf(child) === '&')
  if (index === -1) return
  const output = input.slice(0, index)
  while (index < input.length) {
    const child = input[index]!
    if (isMark(child) && textOf(child) === '&') {
      const next = input[index + 1]
      const at = output.length
      if (!((at > 0 && output[at - 1]!.type === 'WordNode') || !(next && next.type === 'WordNode'))) {
        next.children.unshift(child as never)
        startAt(next, child)
        // The mark's slot is free: the node before goes back into it.
        if (at > 0) input[index] = output.pop()!
        else index++
        continue
      }
    }
    output.push(child)
    index++
  }
  sentence.children = output as Sentence['children']
}

/** A hyphen closing a word (`pre-` in "pre- and post-war") joins it. */
export function mergeFinalHyphens(sentence: Sentence): undefined {
  const input = childrenOf(sentence)
  const first = input.findIndex((child) => isMark(child) && textOf(child) === '-')
  if (first === -1) return
  const output = input.slice(0, first)
  for (let index = first; index < input.length; index++) {
    const child = input[index]!
    const at = output.length
    if (at > 0 && isMark(child) && textOf(child) === '-') {
      const previous = output[at - 1]
      const next = input[index + 1]
      if ((!next || next.type !== 'WordNode') && previous && previous.type === 'WordNode') {
        previous.children.push(child as never)
        endAt(previous, child)
        continue
      }
    }
    output.push(child)
  }
  sentence.children = output as Sentence['children']
}

/** A slash between short words (`w/o`, `and/or` is not: too long) joins them. */
export function mergeInnerSlashes(sentence: Sentence): undefined {
  const input = childrenOf(sentence)
  let index = input.findIndex((child) => isMark(child) && textOf(child) === '/')
  if (index === -1) return
  const output = input.slice(0, index)
  while (index < input.length) {
    const child = input[index]!
    const previous = output[output.length - 1]
    if (previous && previous.type === 'WordNode' && isMark(child) && textOf(child) === '/') {
      const previousValue = textOf(previous)
      const next = input[index + 1]
      const word = next && next.type === 'WordNode' ? next : undefined
      const nextValue = word ? textOf(word) : ''
      if (previousValue.length < 3 && (!nextValue || nextValue.length < 3)) {
        previous.children.push(child as never)
        if (word) for (const node of word.children) previous.children.push(node)
        const tail = word ?? child
        endAt(previous, tail)
        index += word ? 2 : 1
        continue
      }
    }
    output.push(child)
    index++
  }
  sentence.children = output as Sentence['children']
}
